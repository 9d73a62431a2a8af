import { defineAdapter } from '@hub/adapter-kit';
import { lacExamplesV1, lacExamplesV2 } from './lac-examples';
import { lacMappingV1 } from './lac-mapping';
import { lacMappingV2 } from './lac-mapping-v2';

/**
 * LAC (株式会社ラック), forensics and incident response: everything the kit needs to run its adapter. Orders go
 * out in v2 unless LAC_API_VERSION pins v1; callbacks are taken in both until v1's sunset, v1's answered with
 * Deprecation and Sunset headers.
 */
export const lacAdapter = defineAdapter({
  partnerId: 'lac',
  displayName: 'LAC Co., Ltd. (株式会社ラック)',
  defaultPort: 3001,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [
    {
      version: 1,
      mapping: lacMappingV1,
      demoEndpointPath: '/lac/v1/engagements',
      deprecation: { deprecatedAt: '2026-12-01T00:00:00+09:00', sunsetAt: '2027-06-30T23:59:59+09:00', successor: 2 },
      examples: lacExamplesV1,
    },
    { version: 2, mapping: lacMappingV2, demoEndpointPath: '/lac/v2/engagements', examples: lacExamplesV2 },
  ],
  pinnedVersion: 2,
});
