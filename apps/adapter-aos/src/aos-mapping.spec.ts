import { join } from 'node:path';
import { describeAdapterFixtures } from '@hub/testing';
import { aosAdapter } from './aos.adapter';

// AOS's mapping, every native version, from the fixture files under apps/adapter-aos/test/fixtures/v<N>/.
describeAdapterFixtures(aosAdapter, join(__dirname, '../test/fixtures'));
