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
  'http/reconciler/finding-query': { direction: 'accepted', why: 'query of GET /findings on the reconciler' },
  'http/reconciler/run-query': { direction: 'accepted', why: 'query of GET /runs on the reconciler' },
  'http/reconciler/resolve-finding': { direction: 'accepted', why: 'body of POST /findings/{findingId}/resolve on the reconciler' },
  'http/reconciler/run-request': { direction: 'accepted', why: 'body of POST /runs on the reconciler' },
  'http/reconciler/finding': { direction: 'produced', why: 'answer of GET /findings/{findingId} and POST /findings/{findingId}/resolve on the reconciler' },
  'http/reconciler/finding-list': { direction: 'produced', why: 'answer of GET /findings on the reconciler' },
  'http/reconciler/run': { direction: 'produced', why: 'answer of GET /runs/{runId} on the reconciler' },
  'http/reconciler/run-list': { direction: 'produced', why: 'answer of GET /runs on the reconciler' },
  'http/reconciler/run-requested': { direction: 'produced', why: 'answer of POST /runs on the reconciler' },
  'events/invoice-submitted': { direction: 'both', why: 'the body of POST /invoices, and the event adapters publish' },
  'http/console/directory': { direction: 'produced', why: 'answer of GET /api/directory on the console' },
  'http/console/consumer-lag': { direction: 'produced', why: 'answer of GET /api/operations/consumer-lag on the console' },
  'http/console/session': { direction: 'produced', why: 'answer of GET /api/session on the console' },
  'http/adapter/deliverables-receipt': { direction: 'produced', why: 'answer of POST /{partner}/v{N}/{submission route}' },
  'http/adapter/delivery': { direction: 'produced', why: 'answer of GET /deliveries/{orderId}' },
  'http/adapter/delivery-attempts': { direction: 'produced', why: 'answer of GET /deliveries' },
  'http/adapter/delivery-attempt-query': { direction: 'accepted', why: 'query of GET /deliveries' },
  'http/adapter/feed': { direction: 'produced', why: 'answer of GET /{partner}/v{N}/feed' },
  'http/adapter/enable-endpoint': { direction: 'accepted', why: 'body of POST /endpoint/enable' },
  'http/core/amend-victims': { direction: 'accepted', why: 'body of POST /cases/{caseId}/victims' },
  'http/core/approve-invoice': { direction: 'accepted', why: 'body of POST /invoices/{invoiceId}/approve' },
  'http/core/cancel-order': { direction: 'accepted', why: 'body of POST /orders/{orderId}/cancel' },
  'http/core/audit-log': { direction: 'produced', why: 'answer of GET /audit-log' },
  'http/core/audit-log-query': { direction: 'accepted', why: 'query of GET /audit-log' },
  'http/core/case': { direction: 'produced', why: 'answer of GET /cases/{caseId}' },
  'http/core/case-list': { direction: 'produced', why: 'answer of GET /cases' },
  'http/core/case-query': { direction: 'accepted', why: 'query of GET /cases' },
  'http/core/case-timeline': { direction: 'produced', why: 'answer of GET /cases/{caseId}/timeline' },
  'http/core/close-order': { direction: 'accepted', why: 'body of POST /orders/{orderId}/close' },
  'http/core/confirm-payment': { direction: 'accepted', why: 'body of POST /invoices/{invoiceId}/confirm-payment and POST /payouts/{payoutId}/confirm-payment' },
  'http/core/coverage-decision': { direction: 'accepted', why: 'body of POST /cases/{caseId}/coverage-decision' },
  'http/core/deliverable': { direction: 'produced', why: 'answer of POST /orders/{orderId}/deliverables/{deliverableId}/review' },
  'http/core/deliverable-query': { direction: 'accepted', why: 'query of GET /orders/{orderId}/deliverables' },
  'http/core/deliverables': { direction: 'produced', why: 'answer of GET /orders/{orderId}/deliverables' },
  'http/core/credit-note': { direction: 'produced', why: 'answer of POST /credit-notes' },
  'http/core/invoice': { direction: 'produced', why: 'answer of GET /invoices/{invoiceId}' },
  'http/core/invoice-list': { direction: 'produced', why: 'answer of GET /invoices' },
  'http/core/invoice-query': { direction: 'accepted', why: 'query of GET /invoices' },
  'http/core/issue-order': { direction: 'accepted', why: 'body of POST /cases/{caseId}/orders' },
  'http/core/limit-usage': { direction: 'produced', why: 'answer of GET …/limit-usage' },
  'http/core/order': { direction: 'produced', why: 'answer of GET /orders/{orderId}' },
  'http/core/order-list': { direction: 'produced', why: 'answer of GET /orders' },
  'http/core/order-query': { direction: 'accepted', why: 'query of GET /orders' },
  'http/core/payouts': { direction: 'produced', why: 'answer of GET /payouts' },
  'http/core/payout-query': { direction: 'accepted', why: 'query of GET /payouts' },
  'http/core/policy': { direction: 'produced', why: 'answer of POST /policies and GET /policies/{policyNumber}' },
  'http/core/recover-dead-letters': { direction: 'accepted', why: 'body of POST /dead-letters/recover' },
  'http/core/register-policy': { direction: 'accepted', why: 'body of POST /policies' },
  'http/core/review-deliverable': { direction: 'accepted', why: 'body of POST /orders/{orderId}/deliverables/{deliverableId}/review' },
  'http/core/reject-invoice': { direction: 'accepted', why: 'body of POST /invoices/{invoiceId}/reject' },
  'http/core/replay-dead-letter': { direction: 'accepted', why: 'body of POST /dead-letters/{deadLetterId}/replay' },
  'http/core/report-incident': { direction: 'accepted', why: 'body of POST /cases' },
  'http/core/reverse-liability-payment': { direction: 'accepted', why: 'body of POST /liability-payments/{paymentId}/reverse' },
  'http/core/submit-credit-note': { direction: 'accepted', why: 'body of POST /credit-notes' },
  'http/core/timeline-query': { direction: 'accepted', why: 'query of GET /cases/{caseId}/timeline' },
  'http/reconciler/month-end-query': { direction: 'accepted', why: 'query of GET /partners/{partnerId}/month-end/{month} on the reconciler' },
  'http/reconciler/month-end': { direction: 'produced', why: 'answer of GET /partners/{partnerId}/month-end/{month} on the reconciler' },
  'http/reconciler/bank-file-import': { direction: 'produced', why: 'answer of POST /bank-files on the reconciler' },
  'http/reconciler/bank-file-import-query': { direction: 'accepted', why: 'query of POST /bank-files on the reconciler' },
  'http/reconciler/bank-transfer-export-query': { direction: 'accepted', why: 'query of GET /bank-transfer-exports on the reconciler' },
  'http/reconciler/bank-transfer-exports': { direction: 'produced', why: 'answer of GET /bank-transfer-exports on the reconciler' },
  'http/reconciler/payee-account': { direction: 'produced', why: 'answer of PUT /payee-accounts/{payeeKind}/{payeeId} on the reconciler' },
  'http/reconciler/payee-account-query': { direction: 'accepted', why: 'query of GET /payee-accounts on the reconciler' },
  'http/reconciler/payee-account-request': { direction: 'accepted', why: 'body of PUT /payee-accounts/{payeeKind}/{payeeId} on the reconciler' },
  'http/reconciler/payee-accounts': { direction: 'produced', why: 'answer of GET /payee-accounts on the reconciler' },
  'http/partner-sim/lac-engagement': { direction: 'accepted', why: "the LAC simulator plays the partner: what it answers (GET /lac/v{N}/engagements/{engagementId}), the hub's tests read" },
  'http/partner-sim/lac-engagements': { direction: 'accepted', why: "the LAC simulator plays the partner: what it answers (GET /lac/v{N}/engagements), the hub's tests read" },
  'partners/lac/engagement-cancellation': { direction: 'produced', why: 'the hub sends it to LAC' },
  'partners/lac/engagement-request': { direction: 'produced', why: 'the hub sends it to LAC' },
  'partners/lac/status-callback': { direction: 'accepted', why: 'LAC sends it to the hub' },
  // aos: its contracts below this line
  'partners/aos/custody-event-facts': { direction: 'produced', why: 'facts of a custody_event deliverable, published by the hub' },
  'partners/aos/custody-record': { direction: 'accepted', why: 'AOS sends it to the hub (POST /aos/v1/custody-events)' },
  'partners/aos/evidence-item-facts': { direction: 'produced', why: 'facts of an evidence_item deliverable, published by the hub' },
  'partners/aos/evidence-register': { direction: 'accepted', why: 'AOS sends it to the hub (POST /aos/v1/evidence-items)' },
  'partners/aos/forensic-report-facts': { direction: 'produced', why: 'facts of a forensic_report deliverable, published by the hub' },
  'partners/aos/hash-reverification-facts': { direction: 'produced', why: 'facts of a hash_reverification deliverable, published by the hub' },
  'partners/aos/investigation-report': { direction: 'accepted', why: 'AOS sends it to the hub (POST /aos/v1/reports)' },
  'partners/aos/invoice': { direction: 'accepted', why: 'AOS sends it to the hub (POST /aos/v1/invoices)' },
  'partners/aos/matter-request': { direction: 'produced', why: 'the hub sends it to AOS' },
  'partners/aos/matter-status': { direction: 'accepted', why: 'AOS sends it to the hub (POST /aos/v1/callbacks)' },
  'partners/aos/matter-withdrawal': { direction: 'produced', why: 'the hub sends it to AOS' },
  // bell24: its contracts below this line
  'partners/bell24/booth-change': { direction: 'accepted', why: 'Bell24 sends it to the hub (POST /bell24/v1/booth-changes)' },
  'partners/bell24/booth-change-facts': { direction: 'produced', why: 'facts of booth_change deliverables the hub publishes' },
  'partners/bell24/daily-report': { direction: 'accepted', why: 'Bell24 uploads it as CSV (POST /bell24/v1/requests/{requestId}/daily-reports)' },
  'partners/bell24/inquiry-figures-facts': { direction: 'produced', why: 'facts of inquiry_figures deliverables the hub publishes' },
  'partners/bell24/invoice': { direction: 'accepted', why: 'Bell24 sends it to the hub (POST /bell24/v1/invoices)' },
  'partners/bell24/operation-request': { direction: 'produced', why: 'the hub sends it to Bell24' },
  'partners/bell24/request-withdrawal': { direction: 'produced', why: 'the hub sends it to Bell24' },
  'partners/bell24/status-report': { direction: 'accepted', why: 'Bell24 sends it to the hub (POST /bell24/v1/callbacks)' },
  // eltes: its contracts below this line
  'partners/eltes/alert-batch': { direction: 'accepted', why: 'Eltes sends it to the hub (POST /eltes/v{N}/alerts)' },
  'partners/eltes/daily-monitoring-report-facts': { direction: 'produced', why: 'the facts of daily_monitoring_report deliverables the hub publishes' },
  'partners/eltes/daily-report': { direction: 'accepted', why: 'Eltes sends it to the hub (POST /eltes/v{N}/daily-reports)' },
  'partners/eltes/invoice': { direction: 'accepted', why: 'Eltes sends it to the hub (POST /eltes/v{N}/invoices)' },
  'partners/eltes/monitoring-alert-facts': { direction: 'produced', why: 'the facts of monitoring_alert deliverables the hub publishes' },
  'partners/eltes/monitoring-request': { direction: 'produced', why: 'the hub sends it to Eltes' },
  'partners/eltes/monitoring-stop': { direction: 'produced', why: 'the hub sends it to Eltes' },
  'partners/eltes/project-status': { direction: 'accepted', why: 'Eltes sends it to the hub (POST /eltes/v{N}/callbacks)' },
  // isr: its contracts below this line
  'partners/isr/evaluation-notice': { direction: 'accepted', why: 'I.S.Rating sends it to the hub (POST /isr/v{N}/callbacks)' },
  'partners/isr/invoice': { direction: 'accepted', why: 'I.S.Rating sends it to the hub (POST /isr/v{N}/invoices)' },
  'partners/isr/mail-magazine-issue-facts': { direction: 'produced', why: 'the hub publishes it as the facts of a mail_magazine_issue deliverable' },
  'partners/isr/rating-certificate': { direction: 'accepted', why: 'I.S.Rating sends it to the hub (POST /isr/v{N}/certificates)' },
  'partners/isr/rating-certificate-facts': { direction: 'produced', why: 'the hub publishes it as the facts of a rating_certificate deliverable' },
  'partners/isr/rating-request': { direction: 'produced', why: 'the hub sends it to I.S.Rating' },
  'partners/isr/request-withdrawal': { direction: 'produced', why: 'the hub sends it to I.S.Rating' },
  'partners/isr/result-publication': { direction: 'accepted', why: 'I.S.Rating sends it to the hub (POST /isr/v{N}/publications)' },
  'partners/isr/website-posting-facts': { direction: 'produced', why: 'the hub publishes it as the facts of a website_posting deliverable' },
  // prap: its contracts below this line
  'partners/prap/anken-cancellation': { direction: 'produced', why: 'the hub sends it to PRAP' },
  'partners/prap/anken-order': { direction: 'produced', why: 'the hub sends it to PRAP' },
  'partners/prap/anken-status': { direction: 'accepted', why: 'PRAP sends it to the hub' },
  'partners/prap/crisis-document-facts': { direction: 'produced', why: 'facts of PRAP deliverables the hub publishes in its events' },
  'partners/prap/document-drafts': { direction: 'accepted', why: 'PRAP sends it to the hub' },
  'partners/prap/kohyo-report': { direction: 'accepted', why: 'PRAP sends it to the hub' },
  'partners/prap/media-coverage-facts': { direction: 'produced', why: 'facts of PRAP deliverables the hub publishes in its events' },
  'partners/prap/media-coverage-report': { direction: 'accepted', why: 'PRAP sends it to the hub' },
  'partners/prap/publication-facts': { direction: 'produced', why: 'facts of PRAP deliverables the hub publishes in its events' },
  'partners/prap/seikyusho': { direction: 'accepted', why: 'PRAP sends it to the hub' },
  'partners/prap/shonin-kekka': { direction: 'produced', why: 'the hub sends it to PRAP' },
  // cmg: its contracts below this line
  'partners/cmg/fee-note': { direction: 'accepted', why: 'CMG sends it to the hub (POST /cmg/v1/invoices)' },
  'partners/cmg/mandate-brief': { direction: 'produced', why: 'the hub sends it to CMG' },
  'partners/cmg/mandate-log': { direction: 'accepted', why: 'CMG sends it to the hub (POST /cmg/v1/callbacks)' },
  'partners/cmg/mandate-stand-down': { direction: 'produced', why: 'the hub sends it to CMG' },
  'partners/cmg/sign-off': { direction: 'produced', why: 'the hub sends it to CMG' },
  'partners/cmg/statement-draft': { direction: 'accepted', why: 'CMG sends it to the hub (POST /cmg/v1/mandates/{mandateId}/statements)' },
  'partners/cmg/statement-facts': { direction: 'produced', why: 'facts of crisis_statement deliverables the hub publishes in its events' },
};

/** The direction of a contract (`http/core/invoice`), or undefined when nobody has said yet. */
export function directionOf(contract: string): Direction | undefined {
  const entry = BY_CONTRACT[contract] ?? Object.entries(BY_FOLDER).find(([folder]) => contract.startsWith(folder))?.[1];
  return entry?.direction;
}
