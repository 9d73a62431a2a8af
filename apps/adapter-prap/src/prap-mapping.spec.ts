import { join } from 'node:path';
import { describeAdapterFixtures } from '@hub/testing';
import { prapAdapter } from './prap.adapter';

// PRAP's mapping, from the fixture files under apps/adapter-prap/test/fixtures/v1/.
describeAdapterFixtures(prapAdapter, join(__dirname, '../test/fixtures'));
