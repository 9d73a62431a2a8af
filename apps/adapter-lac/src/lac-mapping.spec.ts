import { join } from 'node:path';
import { describeAdapterFixtures } from '@hub/testing';
import { lacAdapter } from './lac.adapter';

// LAC's mappings, every native version, from the fixture files under apps/adapter-lac/test/fixtures/v<N>/.
describeAdapterFixtures(lacAdapter, join(__dirname, '../test/fixtures'));
