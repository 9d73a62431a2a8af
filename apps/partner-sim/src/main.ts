// First of all: OpenTelemetry's instrumentations (when OTLP is configured) must be in place before Nest, Express or pg load.
import '@hub/operations/tracing/register';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startPartnerSim } from './partner-sim.app';
import { loadPartnerSimSettings } from './partner-sim.config';

startPartnerSim(loadPartnerSimSettings())
  .then(({ url, systems }) => new Logger('partner-sim').log(`partner simulator listening on ${url}, playing ${Object.keys(systems).join(', ')}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
