import { join } from 'node:path';
import { describeAdapterFixtures } from '@hub/testing';
import { isrAdapter } from './isr.adapter';

// I.S.Rating's mapping, every native version, from the fixture files under apps/adapter-isr/test/fixtures/v<N>/.
describeAdapterFixtures(isrAdapter, join(__dirname, '../test/fixtures'));
