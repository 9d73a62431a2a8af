import { defineAdapter } from '@hub/adapter-kit';
import { aosExamplesV1 } from './aos-examples';
import { aosMappingV1 } from './aos-mapping';

/**
 * AOS Legaltech (AOSリーガルテック株式会社), forensic investigation and evidence preservation (根拠保全): everything the kit
 * needs to run its adapter. One native version so far.
 */
export const aosAdapter = defineAdapter({
  partnerId: 'aos',
  displayName: 'AOS Legaltech (AOSリーガルテック株式会社)',
  defaultPort: 3003,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: aosMappingV1, demoEndpointPath: '/aos/v1/matters', examples: aosExamplesV1 }],
  pinnedVersion: 1,
});
