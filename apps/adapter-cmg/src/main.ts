import 'reflect-metadata';
import { runAdapter } from '@hub/adapter-kit';
import { cmgAdapter } from './cmg.adapter';

runAdapter(cmgAdapter);
