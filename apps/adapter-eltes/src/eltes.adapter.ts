import { defineAdapter } from '@hub/adapter-kit';
import { eltesExamplesV1 } from './eltes-examples';
import { eltesMappingV1 } from './eltes-mapping';

/**
 * Eltes (株式会社エルテス), social-media and web monitoring for crisis PR (SNS炎上対応, Webモニタリング・緊急告知): all
 * the kit needs to run its adapter. One native version so far.
 */
export const eltesAdapter = defineAdapter({
  partnerId: 'eltes',
  displayName: 'Eltes Co., Ltd. (株式会社エルテス)',
  defaultPort: 3005,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: eltesMappingV1, demoEndpointPath: '/eltes/v1/monitoring-requests', examples: eltesExamplesV1 }],
  pinnedVersion: 1,
});
