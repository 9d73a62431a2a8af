import { defineAdapter } from '@hub/adapter-kit';
import { isrExamplesV1 } from './isr-examples';
import { isrMappingV1 } from './isr-mapping';

/**
 * I.S.Rating (株式会社アイ・エス・レーティング), trust recovery (信頼回復支援): as a neutral rating agency it evaluates and
 * certifies the status of the insured's recurrence-prevention measures and publishes the result. Everything the kit needs
 * to run its adapter; one native version so far.
 */
export const isrAdapter = defineAdapter({
  partnerId: 'isr',
  displayName: 'I.S.Rating Co., Ltd. (株式会社アイ・エス・レーティング)',
  defaultPort: 3007,
  demoPartnerBaseUrl: 'http://127.0.0.1:3002',
  versions: [{ version: 1, mapping: isrMappingV1, demoEndpointPath: '/isr/v1/rating-requests', examples: isrExamplesV1 }],
  pinnedVersion: 1,
});
