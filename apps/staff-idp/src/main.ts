// Entry of the embedded staff identity provider for dev and tests:
//   HUB_ENV=dev tsx apps/staff-idp/src/main.ts
// Its users and passwords are demo ones (demo-staff.ts), so it refuses to run anywhere but dev and test.
import { createServer } from 'node:http';
import { buildStaffProvider } from './provider';

// The console of `npm run up` (:3009) and of the tests (TEST_PORT_BASE + 9, default 3109); the last is the tests' own sign-in helper.
const DEFAULT_REDIRECT_URIS = 'http://127.0.0.1:3009/auth/callback,http://127.0.0.1:3109/auth/callback,http://127.0.0.1/callback';

const fail = (message: string): never => {
  console.error(`staff-idp: ${message}`);
  process.exit(1);
};

/** dev, test and test-<anything> (parallel test runs); everything else, unset included, is refused. */
const isDemoEnvironment = (hubEnv: string | undefined) => hubEnv === 'dev' || hubEnv === 'test' || Boolean(hubEnv?.startsWith('test-'));

async function main() {
  const hubEnv = process.env.HUB_ENV;
  if (!isDemoEnvironment(hubEnv)) {
    fail(`refusing to start: HUB_ENV is ${hubEnv === undefined ? 'unset' : `"${hubEnv}"`}, but this identity provider has demo users with published passwords and runs only with HUB_ENV=dev, test or test-*`);
  }
  const port = Number(process.env.STAFF_IDP_PORT ?? 3010);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) fail(`STAFF_IDP_PORT "${process.env.STAFF_IDP_PORT}" is not a port`);
  // Loopback by default: demo passwords must not be reachable from the network.
  const host = process.env.STAFF_IDP_HOST ?? '127.0.0.1';
  // The issuer as callers reach it (in containers, a service name), where that differs from the listen address.
  const issuer = process.env.STAFF_IDP_ISSUER ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const audience = process.env.STAFF_API_AUDIENCE ?? 'urn:hub:api';
  // STAFF_IDP_EXTRA_REDIRECT_URIS adds to the list (a test run's console on another port) instead of replacing it.
  const redirectUris = [process.env.STAFF_IDP_REDIRECT_URIS ?? DEFAULT_REDIRECT_URIS, process.env.STAFF_IDP_EXTRA_REDIRECT_URIS ?? '']
    .join(',')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);

  const provider = await buildStaffProvider({ issuer, audience, redirectUris });
  const server = createServer(provider.callback());
  server.on('error', (error) => fail(`cannot listen on ${host}:${port}: ${error.message}`));
  server.listen(port, host, () => {
    console.log(`staff-idp (demo users, HUB_ENV=${hubEnv}) issuer ${issuer}, audience ${audience}`);
  });

  const close = (signal: string) => {
    console.log(`staff-idp: ${signal}, closing`);
    server.close(() => process.exit(0));
    server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
  };
  process.once('SIGTERM', () => close('SIGTERM'));
  process.once('SIGINT', () => close('SIGINT'));
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
