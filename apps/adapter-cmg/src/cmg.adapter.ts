import { defineAdapter } from '@hub/adapter-kit';
import { cmgExamplesV1 } from './cmg-examples';
import { cmgMappingV1 } from './cmg-mapping';

/**
 * CMG Japan (CMGジャパン), crisis communications (危機管理広報): everything the kit needs to run its adapter. One native
 * version, the Crisis Room API v1; mandates go to CMG's /cmg/v1/mandates.
 */
export const cmgAdapter = defineAdapter({
  partnerId: 'cmg',
  displayName: 'CMG Japan (CMGジャパン)',
  defaultPort: 3008,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: cmgMappingV1, demoEndpointPath: '/cmg/v1/mandates', examples: cmgExamplesV1 }],
  pinnedVersion: 1,
});
