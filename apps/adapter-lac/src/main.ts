import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { lacAdapter } from './lac.adapter';

runAdapter(lacAdapter);
