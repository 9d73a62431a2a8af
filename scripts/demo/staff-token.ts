/**
 * Prints a demo person's access token for the hub's APIs, for curl (README, "A first look with curl"):
 *   TOKEN=$(npx tsx scripts/demo/staff-token.ts sato.coordinator)
 * It signs in at the staff OpenID provider (STAFF_OIDC_ISSUER, default http://127.0.0.1:3010, the one `npm run up`
 * starts) the way a browser would — authorization code + PKCE, the provider's login form, password demo-<username> —
 * as the demo does. Demo people only, so only where the provider runs (HUB_ENV dev, test, test-*).
 */
import { signInDemoStaff } from '@hub/auth';
import { STAFF_ISSUER } from './demo-client';

const username = process.argv[2];
if (!username) {
  console.error('usage: npx tsx scripts/demo/staff-token.ts <username>   (sato.coordinator, tanaka.claims, yamada.senior, ito.finance, kato.operator, watanabe.auditor, …)');
  process.exit(2);
}
signInDemoStaff(STAFF_ISSUER, username).then(
  (token) => console.log(token),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
