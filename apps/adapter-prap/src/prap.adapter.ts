import { defineAdapter } from '@hub/adapter-kit';
import { prapExamplesV1 } from './prap-examples';
import { prapMappingV1 } from './prap-mapping';

/**
 * PRAP Japan (株式会社プラップジャパン), crisis PR: everything the kit needs to run its adapter. One native version, the
 * Crisis Desk API v1; matters go to PRAP's /prap/v1/anken.
 */
export const prapAdapter = defineAdapter({
  partnerId: 'prap',
  displayName: 'PRAP Japan, Inc. (株式会社プラップジャパン)',
  defaultPort: 3004,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: prapMappingV1, demoEndpointPath: '/prap/v1/anken', examples: prapExamplesV1 }],
  pinnedVersion: 1,
});
