import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { isrAdapter } from './isr.adapter';

runAdapter(isrAdapter);
