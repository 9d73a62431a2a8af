import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { prapAdapter } from './prap.adapter';

runAdapter(prapAdapter);
