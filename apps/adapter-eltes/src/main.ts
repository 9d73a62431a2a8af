import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { eltesAdapter } from './eltes.adapter';

runAdapter(eltesAdapter);
