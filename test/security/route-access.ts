import type { Caller } from '@hub/auth';
import { CASE_READERS } from '@hub/auth';

/**
 * Who may call each route, written out by hand from issue 8 — the specification the function-level tests hold the apps
 * to, and checked against what the apps declare, so a new route cannot ship without a line here.
 */
export const CORE_ROUTE_ACCESS: Record<string, Caller[]> = {
  'GET /health': ['anyone'],
  'POST /oauth/token': ['anyone'],
  'GET /.well-known/jwks.json': ['anyone'],
  'GET /.well-known/oauth-authorization-server': ['anyone'],
  'POST /policies': ['claims_handler'],
  'GET /policies/:policyNumber': CASE_READERS,
  'GET /policies/:policyNumber/limit-usage': CASE_READERS,
  'POST /policies/:policyNumber/redecide': ['claims_handler'],
  'POST /cases': ['coordinator', 'claims_handler'],
  'GET /cases/:caseId': CASE_READERS,
  'GET /cases/:caseId/timeline': CASE_READERS,
  'GET /cases/:caseId/limit-usage': CASE_READERS,
  'POST /cases/:caseId/coverage-decision': ['claims_handler'],
  'POST /cases/:caseId/victims': ['claims_handler'],
  'POST /cases/:caseId/orders': ['coordinator'],
  'GET /orders/:orderId': ['partner', ...CASE_READERS],
  'POST /orders/:orderId/cancel': ['coordinator'],
  'POST /orders/:orderId/close': ['coordinator'],
  'POST /invoices': ['partner'],
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

/** The LAC adapter (every adapter has the same kit routes under its partner's prefix). */
export const LAC_ADAPTER_ROUTE_ACCESS: Record<string, Caller[]> = {
  'GET /health': ['anyone'],
  'POST /lac/v1/callbacks': ['partner'],
  'GET /lac/v1/callbacks/:webhookId': ['partner'],
  'POST /lac/v2/callbacks': ['partner'],
  'GET /lac/v2/callbacks/:webhookId': ['partner'],
  'POST /lac/v2/invoices': ['partner'],
  'GET /lac/v2/feed': ['partner'],
  'POST /lac/v2/feed/ack': ['partner'],
  'GET /endpoint': ['partner', 'operator', 'auditor'],
  'POST /endpoint/enable': ['operator'],
  'GET /deliveries': ['operator', 'auditor', 'coordinator'],
  'GET /deliveries/:orderId': ['operator', 'auditor', 'coordinator'],
};
