import { defineAdapter } from '@hub/adapter-kit';
import { bell24ExamplesV1 } from './bell24-examples';
import { bell24MappingV1 } from './bell24-mapping';

/**
 * Bell System 24 (株式会社ベルシステム24), call centre: everything the kit needs to run its adapter. One native
 * format so far; requests go to its operation-requests endpoint.
 */
export const bell24Adapter = defineAdapter({
  partnerId: 'bell24',
  displayName: 'Bell System 24 (株式会社ベルシステム24)',
  defaultPort: 3006,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: bell24MappingV1, demoEndpointPath: '/bell24/v1/operation-requests', examples: bell24ExamplesV1 }],
  pinnedVersion: 1,
});
