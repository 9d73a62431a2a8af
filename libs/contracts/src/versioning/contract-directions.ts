/**
 * Which way a contract's documents travel, seen from the hub, because that decides what "compatible" means:
 * - `accepted`: the hub reads them (request bodies, what a partner sends). A new version is compatible when
 *   everything valid under the old one is still valid under it: a sender need not change to move to it.
 * - `produced`: the hub writes them (events, response bodies, what it sends a partner). A new version is
 *   compatible when everything valid under it is valid under the old one, properties the old one does not
 *   know aside: a reader written for the old version can read the new one, ignoring what it has not heard of.
 * - `both`: both must hold.
 * The OpenAPI and AsyncAPI documents say where each body is used; the versioning spec checks this table
 * against them.
 */
export type Direction = 'accepted' | 'produced' | 'both';

interface DirectionEntry {
  direction: Direction;
  why: string;
}

/** By folder, where every contract in it goes one way. */
const BY_FOLDER: Record<string, DirectionEntry> = {
  'events/': { direction: 'produced', why: 'the hub publishes its events; other apps and teams read them' },
};

/** By contract (path without version); an entry here wins over its folder. */
const BY_CONTRACT: Record<string, DirectionEntry> = {
  'events/invoice-submitted': { direction: 'both', why: 'the body of POST /invoices, and the event adapters publish' },
  'http/adapter/deliverables-receipt': { direction: 'produced', why: 'answer of POST /{partner}/v{N}/{submission route}' },
  'http/adapter/delivery': { direction: 'produced', why: 'answer of GET /deliveries/{orderId}' },
  'http/adapter/delivery-attempts': { direction: 'produced', why: 'answer of GET /deliveries' },
  'http/adapter/enable-endpoint': { direction: 'accepted', why: 'body of POST /endpoint/enable' },
  'http/core/amend-victims': { direction: 'accepted', why: 'body of POST /cases/{caseId}/victims' },
  'http/core/approve-invoice': { direction: 'accepted', why: 'body of POST /invoices/{invoiceId}/approve' },
  'http/core/cancel-order': { direction: 'accepted', why: 'body of POST /orders/{orderId}/cancel' },
  'http/core/audit-log': { direction: 'produced', why: 'answer of GET /audit-log' },
  'http/core/audit-log-query': { direction: 'accepted', why: 'query of GET /audit-log' },
  'http/core/case': { direction: 'produced', why: 'answer of GET /cases/{caseId}' },
  'http/core/close-order': { direction: 'accepted', why: 'body of POST /orders/{orderId}/close' },
  'http/core/confirm-payment': { direction: 'accepted', why: 'body of POST /invoices/{invoiceId}/confirm-payment and POST /payouts/{payoutId}/confirm-payment' },
  'http/core/coverage-decision': { direction: 'accepted', why: 'body of POST /cases/{caseId}/coverage-decision' },
  'http/core/credit-note': { direction: 'produced', why: 'answer of POST /credit-notes' },
  'http/core/invoice': { direction: 'produced', why: 'answer of GET /invoices/{invoiceId}' },
  'http/core/issue-order': { direction: 'accepted', why: 'body of POST /cases/{caseId}/orders' },
  'http/core/limit-usage': { direction: 'produced', why: 'answer of GET …/limit-usage' },
  'http/core/order': { direction: 'produced', why: 'answer of GET /orders/{orderId}' },
  'http/core/payouts': { direction: 'produced', why: 'answer of GET /payouts' },
  'http/core/policy': { direction: 'produced', why: 'answer of POST /policies and GET /policies/{policyNumber}' },
  'http/core/recover-dead-letters': { direction: 'accepted', why: 'body of POST /dead-letters/recover' },
  'http/core/register-policy': { direction: 'accepted', why: 'body of POST /policies' },
  'http/core/reject-invoice': { direction: 'accepted', why: 'body of POST /invoices/{invoiceId}/reject' },
  'http/core/replay-dead-letter': { direction: 'accepted', why: 'body of POST /dead-letters/{deadLetterId}/replay' },
  'http/core/report-incident': { direction: 'accepted', why: 'body of POST /cases' },
  'http/core/reverse-liability-payment': { direction: 'accepted', why: 'body of POST /liability-payments/{paymentId}/reverse' },
  'http/core/submit-credit-note': { direction: 'accepted', why: 'body of POST /credit-notes' },
  'http/partner-sim/lac-engagement': { direction: 'accepted', why: "the LAC simulator plays the partner: what it answers (GET /lac/v{N}/engagements/{engagementId}), the hub's tests read" },
  'http/partner-sim/lac-engagements': { direction: 'accepted', why: "the LAC simulator plays the partner: what it answers (GET /lac/v{N}/engagements), the hub's tests read" },
  'partners/lac/engagement-cancellation': { direction: 'produced', why: 'the hub sends it to LAC' },
  'partners/lac/engagement-request': { direction: 'produced', why: 'the hub sends it to LAC' },
  'partners/lac/status-callback': { direction: 'accepted', why: 'LAC sends it to the hub' },
  // aos: its contracts below this line
  // bell24: its contracts below this line
  // eltes: its contracts below this line
  // isr: its contracts below this line
  // prap: its contracts below this line
};

/** The direction of a contract (`http/core/invoice`), or undefined when nobody has said yet. */
export function directionOf(contract: string): Direction | undefined {
  const entry = BY_CONTRACT[contract] ?? Object.entries(BY_FOLDER).find(([folder]) => contract.startsWith(folder))?.[1];
  return entry?.direction;
}
