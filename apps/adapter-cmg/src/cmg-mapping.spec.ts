import { join } from 'node:path';
import { describeAdapterFixtures } from '@hub/testing';
import { cmgAdapter } from './cmg.adapter';

// CMG's mapping, from the fixture files under apps/adapter-cmg/test/fixtures/v1/.
describeAdapterFixtures(cmgAdapter, join(__dirname, '../test/fixtures'));
