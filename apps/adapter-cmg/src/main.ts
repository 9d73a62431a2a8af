// First of all: OpenTelemetry's instrumentations (when OTLP is configured) must be in place before Nest, Express or pg load.
import '@hub/operations/tracing/register';
import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { cmgAdapter } from './cmg.adapter';

runAdapter(cmgAdapter);
