import { join } from 'node:path';
import { describeAdapterFixtures } from '@hub/testing';
import { bell24Adapter } from './bell24.adapter';

// Bell24's mapping, every native version, from the fixture files under apps/adapter-bell24/test/fixtures/v<N>/.
describeAdapterFixtures(bell24Adapter, join(__dirname, '../test/fixtures'));
