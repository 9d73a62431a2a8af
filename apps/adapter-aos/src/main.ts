import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { aosAdapter } from './aos.adapter';

runAdapter(aosAdapter);
