import type { AdapterDefinition } from '@hub/adapter-kit';
import type { Caller } from '@hub/auth';
import { CASE_READERS } from '@hub/auth';

/**
 * Who may call each route, written out by hand from issue 8 — the specification the function-level tests hold the apps
 * to, and checked against what the apps declare, so a new route cannot ship without a line here.
 */
export const CORE_ROUTE_ACCESS: Record<string, Caller[]> = {
  'GET /health': ['anyone'],
  'GET /health/live': ['anyone'],
  'GET /health/ready': ['anyone'],
  'GET /metrics': ['anyone'],
  'POST /oauth/token': ['anyone'],
  'GET /.well-known/jwks.json': ['anyone'],
  'GET /.well-known/oauth-authorization-server': ['anyone'],
  'POST /policies': ['claims_handler'],
  'GET /policies/:policyNumber': CASE_READERS,
  'GET /policies/:policyNumber/limit-usage': CASE_READERS,
  'POST /policies/:policyNumber/redecide': ['claims_handler'],
  'POST /cases': ['coordinator', 'claims_handler'],
  'GET /cases': CASE_READERS,
  'GET /cases/:caseId': CASE_READERS,
  'GET /cases/:caseId/timeline': CASE_READERS,
  'GET /cases/:caseId/limit-usage': CASE_READERS,
  'POST /cases/:caseId/coverage-decision': ['claims_handler'],
  'POST /cases/:caseId/victims': ['claims_handler'],
  'POST /cases/:caseId/orders': ['coordinator'],
  'GET /orders': ['partner', ...CASE_READERS],
  'GET /orders/:orderId': ['partner', ...CASE_READERS],
  'POST /orders/:orderId/cancel': ['coordinator'],
  'POST /orders/:orderId/close': ['coordinator'],
  'GET /orders/:orderId/deliverables': ['partner', ...CASE_READERS],
  'POST /orders/:orderId/deliverables/:deliverableId/review': ['coordinator'],
  'POST /invoices': ['partner'],
  'GET /invoices': ['partner', ...CASE_READERS],
  'GET /invoices/:invoiceId': ['partner', ...CASE_READERS],
  'POST /invoices/:invoiceId/approve': ['approver'],
  'POST /invoices/:invoiceId/reject': ['approver'],
  'POST /invoices/:invoiceId/confirm-payment': ['finance'],
  'POST /payouts/:payoutId/confirm-payment': ['finance'],
  'POST /credit-notes': ['partner'],
  'GET /payouts': ['partner', 'finance', 'claims_handler', 'auditor'],
  'POST /liability-payments': ['claims_handler'],
  'POST /liability-payments/:paymentId/reverse': ['claims_handler'],
  'GET /dead-letters': ['operator', 'auditor'],
  'GET /dead-letters/:deadLetterId': ['operator', 'auditor'],
  'POST /dead-letters/:deadLetterId/replay': ['operator'],
  'POST /dead-letters/recover': ['operator'],
  'GET /audit-log': ['auditor'],
};

/**
 * The reconciler (issue 11), written out by hand: findings are read by those who act on them — operators (messaging,
 * ledger), finance (money, bank) and coordinators (orders and invoices) — and by auditors, and resolved by the first
 * three; runs are read by operators, finance and auditors, and asked for by operators and finance; a partner's month-end
 * statement is read by the partner (its own only: object level), finance and auditors; where money goes and what the
 * bank is told (payees' accounts, bank files) is finance's to change, and finance's and auditors' to read.
 */
export const RECONCILER_ROUTE_ACCESS: Record<string, Caller[]> = {
  'GET /health': ['anyone'],
  'GET /health/live': ['anyone'],
  'GET /health/ready': ['anyone'],
  'GET /metrics': ['anyone'],
  'GET /findings': ['operator', 'finance', 'coordinator', 'auditor'],
  'GET /findings/:findingId': ['operator', 'finance', 'coordinator', 'auditor'],
  'POST /findings/:findingId/resolve': ['operator', 'finance', 'coordinator'],
  'GET /runs': ['operator', 'finance', 'auditor'],
  'GET /runs/:runId': ['operator', 'finance', 'auditor'],
  'POST /runs': ['operator', 'finance'],
  'GET /partners/:partnerId/month-end/:month': ['partner', 'finance', 'auditor'],
  'GET /payee-accounts': ['finance', 'auditor'],
  'PUT /payee-accounts/:payeeKind/:payeeId': ['finance'],
  'GET /bank-transfer-exports': ['finance', 'auditor'],
  'GET /bank-transfer-exports/:exportId/file': ['finance', 'auditor'],
  'POST /bank-files': ['finance'],
  'GET /bank-files/:bankFileId': ['finance', 'auditor'],
};

/**
 * What every app serves outside its Nest routes, before any guard, to anyone — credentials or none — like the API docs:
 * what the app is (`GET /`, the console's only for a client that prefers JSON), its OpenAPI document and swagger-ui, the
 * Kafka topics' AsyncAPI document and its page (issue 12). Not in the tables above, which hold the routes the apps
 * declare with @Callers; test/e2e/first-contact.e2e.spec.ts calls each on every app as nobody, a partner and a person.
 */
export const OPEN_OUTSIDE_ROUTES = ['GET /', 'GET /docs', 'GET /docs/openapi.json', 'GET /docs/events', 'GET /docs/asyncapi.yaml', 'GET /docs/asyncapi.json'] as const;

/** What every adapter serves besides its partner's own routes: health, its endpoint's state and its delivery record. */
const KIT_OPERATIONS: Record<string, Caller[]> = {
  'GET /health': ['anyone'],
  'GET /health/live': ['anyone'],
  'GET /health/ready': ['anyone'],
  'GET /metrics': ['anyone'],
  'GET /endpoint': ['partner', 'operator', 'auditor'],
  'POST /endpoint/enable': ['operator'],
  'GET /deliveries': ['operator', 'auditor', 'coordinator'],
  'GET /deliveries/:orderId': ['operator', 'auditor', 'coordinator'],
};

/** Every partner route is its partner's alone: the partner's system calls it, nobody else. */
const partnerOnly = (routes: string[]): Record<string, Caller[]> => Object.fromEntries(routes.map((route) => [route, ['partner'] as Caller[]]));

/** The LAC adapter (every adapter has the same kit routes under its partner's prefix). */
export const LAC_ADAPTER_ROUTE_ACCESS: Record<string, Caller[]> = {
  ...KIT_OPERATIONS,
  ...partnerOnly(['POST /lac/v1/callbacks', 'GET /lac/v1/callbacks/:webhookId', 'POST /lac/v2/callbacks', 'GET /lac/v2/callbacks/:webhookId', 'POST /lac/v2/invoices', 'GET /lac/v2/feed', 'POST /lac/v2/feed/ack']),
};

/**
 * Every adapter's routes by partner: the kit's operations and the partner's own, written out from each partner's native
 * API (its callbacks, invoices, feed, and the routes on which it submits deliverables).
 */
export const ADAPTER_ROUTE_ACCESS: Record<string, Record<string, Caller[]>> = {
  lac: LAC_ADAPTER_ROUTE_ACCESS,
  aos: {
    ...KIT_OPERATIONS,
    ...partnerOnly(['POST /aos/v1/callbacks', 'GET /aos/v1/callbacks/:webhookId', 'POST /aos/v1/invoices', 'POST /aos/v1/evidence-items', 'POST /aos/v1/custody-events', 'POST /aos/v1/reports', 'GET /aos/v1/feed', 'POST /aos/v1/feed/ack']),
  },
  prap: {
    ...KIT_OPERATIONS,
    ...partnerOnly(['POST /prap/v1/callbacks', 'GET /prap/v1/callbacks/:webhookId', 'POST /prap/v1/invoices', 'POST /prap/v1/anken/:ankenId/documents', 'POST /prap/v1/anken/:ankenId/kohyo', 'POST /prap/v1/anken/:ankenId/media-coverage', 'GET /prap/v1/feed', 'POST /prap/v1/feed/ack']),
  },
  eltes: {
    ...KIT_OPERATIONS,
    ...partnerOnly(['POST /eltes/v1/callbacks', 'GET /eltes/v1/callbacks/:webhookId', 'POST /eltes/v1/invoices', 'POST /eltes/v1/alerts', 'POST /eltes/v1/daily-reports', 'GET /eltes/v1/feed', 'POST /eltes/v1/feed/ack']),
  },
  bell24: {
    ...KIT_OPERATIONS,
    ...partnerOnly(['POST /bell24/v1/callbacks', 'GET /bell24/v1/callbacks/:webhookId', 'POST /bell24/v1/invoices', 'POST /bell24/v1/requests/:requestId/daily-reports', 'POST /bell24/v1/booth-changes', 'GET /bell24/v1/feed', 'POST /bell24/v1/feed/ack']),
  },
  isr: {
    ...KIT_OPERATIONS,
    ...partnerOnly(['POST /isr/v1/callbacks', 'GET /isr/v1/callbacks/:webhookId', 'POST /isr/v1/invoices', 'POST /isr/v1/certificates', 'POST /isr/v1/publications', 'GET /isr/v1/feed', 'POST /isr/v1/feed/ack']),
  },
};

/**
 * A partner written down above is held to its own table. One added since (a partner is its folder and its contracts, and
 * nothing here names it) is held to the kit's rule, read from its definition: the kit's operations, and every route of
 * the partner's native API — callbacks and their outcomes per version, invoices and submission routes where its mapping
 * takes them, the feed of its pinned version — for the partner alone.
 */
export function adapterRouteAccess(definition: AdapterDefinition): Record<string, Caller[]> {
  const written = ADAPTER_ROUTE_ACCESS[definition.partnerId];
  if (written) return written;
  const id = definition.partnerId;
  const routes = definition.versions.flatMap(({ version, mapping }) => [
    `POST /${id}/v${version}/callbacks`,
    `GET /${id}/v${version}/callbacks/:webhookId`,
    ...(mapping.nativeInvoiceSchema && mapping.toCanonicalInvoice ? [`POST /${id}/v${version}/invoices`] : []),
    ...(mapping.submissions ?? []).map((submission) => `POST /${id}/v${version}/${submission.route}`),
  ]);
  return { ...KIT_OPERATIONS, ...partnerOnly([...routes, `GET /${id}/v${definition.pinnedVersion}/feed`, `POST /${id}/v${definition.pinnedVersion}/feed/ack`]) };
}
