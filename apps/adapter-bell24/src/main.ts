import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { bell24Adapter } from './bell24.adapter';

runAdapter(bell24Adapter);
