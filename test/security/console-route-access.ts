import type { Caller } from '@hub/auth';
import { STAFF_ROLES } from '@hub/auth';

const ANY_STAFF: Caller[] = [...STAFF_ROLES];

/**
 * Who may call each of the console's routes (issue 10), written out by hand and checked against what the console
 * declares. The proxy routes are open to any signed-in staff member because the API behind them decides by role: the
 * console spec proves a refusal there comes back unchanged.
 */
export const CONSOLE_ROUTE_ACCESS: Record<string, Caller[]> = {
  'GET /health': ['anyone'],
  'GET /health/live': ['anyone'],
  'GET /health/ready': ['anyone'],
  'GET /metrics': ['anyone'],
  'GET /auth/login': ['anyone'],
  'GET /auth/callback': ['anyone'],
  'POST /auth/logout': ANY_STAFF,
  'GET /api/session': ANY_STAFF,
  'GET /api/live': ANY_STAFF,
  'GET /api/directory': ANY_STAFF,
  'GET /api/core/*path': ANY_STAFF,
  'POST /api/core/*path': ANY_STAFF,
  'GET /api/reconciler/*path': ANY_STAFF,
  'POST /api/reconciler/*path': ANY_STAFF,
  'GET /api/partners/:partnerId/*path': ANY_STAFF,
  'POST /api/partners/:partnerId/*path': ANY_STAFF,
  'GET /api/operations/consumer-lag': ['operator', 'auditor'],
  'GET /api/operations/partners': ['operator', 'auditor', 'coordinator'],
};
