import type { AdapterDefinition } from './define-adapter';
import { type BodyExamples, EXAMPLE_ORDER_ID } from './native-examples';

/**
 * What the kit itself adds to an adapter's API document for issue 12 (every example is a request that succeeds): the
 * examples of the bodies and queries every adapter shares, the tags described, and what the examples are. The partner's
 * own bodies come from its definition (NativeVersion.examples).
 */

/** A delivery's webhookId as the feed gives it (partner-endpoint.client newWebhookId): a placeholder, since the hub makes it. */
const EXAMPLE_DELIVERY_WEBHOOK_ID = 'msg_00000000000040008000000000000001';

/** The feed's query as a partner polls it: a page of 20, waiting up to 10 seconds when nothing is queued. */
export const FEED_QUERY_EXAMPLES = { limit: 20, wait: 10 };

/** POST …/feed/ack: the deliveries the feed gave, taken into the partner's system. */
export const feedAckExamples = (feedPath: string): BodyExamples => ({
  engagementTaken: {
    summary: `The engagement requests taken into the partner's system (replace webhookIds with the webhookId of each item GET ${feedPath} gave you)`,
    value: { webhookIds: [EXAMPLE_DELIVERY_WEBHOOK_ID] },
  },
});

/** POST /endpoint/enable: an operator's reason, which the log keeps. */
export const ENABLE_ENDPOINT_EXAMPLES: BodyExamples = {
  partnerBack: {
    summary: "The partner's endpoint is back (it must be disabled first: after 410 Gone, or days of failures)",
    value: { reason: 'パートナーから新しい受信エンドポイントの稼働開始の連絡あり（2026-11-27 10:00 電話にて確認）' },
  },
};

export const adapterTags = (displayName: string) => [
  {
    name: 'partner',
    description: `What ${displayName} sends and reads in its native API: status callbacks, deliverables, invoices, what became of each, and the feed of engagement requests for a partner without an endpoint. Every call carries the partner's access token and a Standard Webhooks signature.`,
  },
  {
    name: 'operations',
    description: "What the people who run the hub read and do: each engagement's delivery record and attempts, the partner's endpoint and enabling it again once the partner is back, and the health check.",
  },
];

/** The paragraph of info.description that says what the examples are and how to send them. */
export function examplesDescription({ displayName, envPrefix, versions }: AdapterDefinition): string[] {
  const engagements = versions.length > 1 ? `one engagement of ${displayName} for each native version (a partner reports in one)` : `one engagement of ${displayName}`;
  return [
    'Examples (issue 12): every request body, and every query parameter a caller can use as it is, has one.',
    `Together they are ${engagements}, in the order the partner sends them:`,
    'the engagement request taken from the feed and acknowledged, where the work stands, deliverables, the invoice; then',
    "the operators' reads. Each succeeds against the hub once the ones before it have run, on an engagement core issued to",
    'this partner on a confirmed case (test/e2e/adapter-openapi-examples.e2e.spec.ts sends every one).',
    `The feed serves a partner without an endpoint (${envPrefix}_DELIVERY_CHANNEL=poll); one with an endpoint receives the`,
    'engagement request there instead. Ids the hub makes cannot be known in advance: the examples name the engagement',
    `${EXAMPLE_ORDER_ID} and a delivery ${EXAMPLE_DELIVERY_WEBHOOK_ID}; each summary says what to replace,`,
    'with the orderId and webhookId of the item the feed gave (or the id in the engagement request the hub sent). Path',
    'parameters that take an id have no example, and the webhook-* headers are computed over the exact body sent. Dates are',
    'fixed in the past (the breach found on 2026-11-20), so the examples do not go stale; an invoice number is the',
    "partner's own and is invoiced once.",
  ];
}
