// Staff sign-in for dev and tests: reuse an OpenID provider that already answers on the port, otherwise start
// the embedded one (apps/staff-idp, oidc-provider with demo users). It refuses any HUB_ENV but dev/test/test-*.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { startService, waitForHttp } from '../lib/processes.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOG_FILE = join(REPO_ROOT, '.hub', 'logs', 'staff-idp.log');
const START_TIMEOUT_MS = 60_000;

async function discover(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(2_000) });
    return response.ok ? (await response.json()).issuer : undefined;
  } catch {
    return undefined; // nobody listening (or not an OpenID provider)
  }
}

const tail = (file, lines = 20) => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
};

/** Resolves to `{ issuer, stop }`; `stop` ends only a provider started here. */
export async function ensureStaffIdp({
  log = console.log,
  port = Number(process.env.STAFF_IDP_PORT ?? 3010),
  hubEnv = process.env.HUB_ENV ?? 'dev',
} = {}) {
  const running = await discover(port);
  if (running) {
    log(`Reusing the staff OpenID provider at ${running} (not stopped by us)`);
    return { issuer: running, stop: async () => {} };
  }

  log(`Starting the embedded staff OpenID provider (demo users) on 127.0.0.1:${port}; log: ${LOG_FILE}`);
  const service = startService('staff-idp', join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['apps/staff-idp/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, HUB_ENV: hubEnv, STAFF_IDP_PORT: String(port), STAFF_IDP_HOST: '127.0.0.1' },
    logFile: LOG_FILE,
    echo: false,
  });
  const discoveryUrl = `http://127.0.0.1:${port}/.well-known/openid-configuration`;
  try {
    await waitForHttp(discoveryUrl, START_TIMEOUT_MS, () => service.child.exitCode === null && service.child.signalCode === null);
  } catch (error) {
    await service.stop();
    throw new Error(`The staff OpenID provider did not start (${error.message}); ${LOG_FILE}:\n${tail(LOG_FILE)}`);
  }
  return { issuer: (await discover(port)) ?? `http://127.0.0.1:${port}`, stop: service.stop };
}
