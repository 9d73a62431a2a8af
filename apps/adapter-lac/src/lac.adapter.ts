import { defineAdapter } from '@hub/adapter-kit';
import { lacMappingV1 } from './lac-mapping';

/** LAC (株式会社ラック), forensics and incident response: everything the kit needs to run its adapter. */
export const lacAdapter = defineAdapter({
  partnerId: 'lac',
  displayName: 'LAC Co., Ltd. (株式会社ラック)',
  defaultPort: 3001,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: lacMappingV1, demoEndpointPath: '/lac/v1/engagements' }],
  pinnedVersion: 1,
});
