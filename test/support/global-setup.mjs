// Jest's global setup: the staff OpenID provider every test signs people in with (apps/staff-idp, demo users), started
// once for the run when none answers on STAFF_IDP_PORT, and stopped by global-teardown.mjs. Kafka and PostgreSQL are
// started by `npm test` itself (scripts/test.mjs), which also works for one file run with `npx jest`.
import { ensureStaffIdp } from '../../scripts/infra/staff-idp.mjs';

export default async function globalSetup() {
  const port = Number(process.env.STAFF_IDP_PORT ?? 3090);
  // The console the tests start signs people in through this provider, from its own port (running-hub.ts: base + 9).
  process.env.STAFF_IDP_EXTRA_REDIRECT_URIS = `http://127.0.0.1:${Number(process.env.TEST_PORT_BASE ?? 3100) + 9}/auth/callback`;
  const idp = await ensureStaffIdp({ port, hubEnv: process.env.HUB_ENV ?? 'test', log: () => {} });
  process.env.STAFF_OIDC_ISSUER = idp.issuer;
  globalThis.__STAFF_IDP__ = idp;
}
