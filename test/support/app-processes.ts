import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from '@hub/testing';

const ROOT = join(__dirname, '..', '..');

/** One app of the hub running as an OS process of its own, as `npm run start:<app>` runs it. */
export interface AppProcess {
  /** What the test calls it, e.g. `core-a`. */
  name: string;
  url: string;
  child: ChildProcess;
  logFile: string;
  readonly running: boolean;
}

/**
 * The environment the tests give an app process (as startHub gives the apps it starts in the test process): the test
 * database, broker and staff provider, the given HUB_ENV, partner tokens that outlive a test file, and rate limits a
 * test calling from 127.0.0.1 as a handful of people cannot reach.
 */
export function testAppEnv(hubEnv: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: testEnv.databaseUrl,
    KAFKA_BROKERS: testEnv.brokers,
    HUB_ENV: hubEnv,
    LOG_LEVEL: 'warn',
    STAFF_OIDC_ISSUER: testEnv.staffIssuer,
    PARTNER_TOKEN_TTL_SECONDS: '3600',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKEN_PER_MINUTE: '1000000',
    ...overrides,
  };
}

/** Every process a test file spawned: killed when the test process exits, however it exits. */
const spawned = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnExit(child: ChildProcess): void {
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // afterAll stops them in order; this is the net for a worker that ends without it (a crash, a forced exit).
  process.once('exit', () => spawned.forEach((c) => c.kill('SIGKILL')));
}

/** How an app process is started: as `npm run start:<app>` does, or as its container does, from what `npm run build` built. */
export type AppLauncher = { from: 'ts-node' } | { from: 'dist'; nodeOptions: string };

/**
 * Spawns the app, its output to `<logDir>/<name>.log`; `env` is laid over this process's environment. By default
 * `apps/<app>/src/main.ts` under ts-node (transpile only) with tsconfig paths, exactly like the package's start:*
 * scripts; `{ from: 'dist' }` runs `dist/apps/<app>/src/main.js` with the pods' NODE_OPTIONS, as docker/Dockerfile does —
 * without ts-node and the TypeScript compiler it loads into every process (what the benchmarks measure).
 */
export function spawnApp(name: string, app: string, port: number, env: Record<string, string>, logDir: string, launcher: AppLauncher = { from: 'ts-node' }): AppProcess {
  const built = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
  if (launcher.from === 'dist' && !existsSync(built)) throw new Error(`${built} is missing: npm run build`);
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}.log`);
  const log = openSync(logFile, 'w');
  const args = launcher.from === 'dist' ? [built] : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`];
  const nodeOptions = launcher.from === 'dist' ? { NODE_OPTIONS: launcher.nodeOptions } : {};
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...nodeOptions, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  killOnExit(child);
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    child,
    logFile,
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
  };
}

/** The last lines of an app's log, for a failure message. */
export function tailOfLog(app: AppProcess, lines = 20): string {
  try {
    return readFileSync(app.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Waits until the app answers GET /health/ready with 200 and status ok (database and Kafka up); fails at once if it exits. */
export async function untilReady(app: AppProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!app.running) throw new Error(`${app.name} exited (${app.child.exitCode ?? app.child.signalCode}) before it was ready; the end of ${app.logFile}:\n${tailOfLog(app)}`);
    try {
      const response = await fetch(`${app.url}/health/ready`, { signal: AbortSignal.timeout(3_000) });
      const body = (await response.json()) as { status?: string };
      if (response.status === 200 && body.status === 'ok') return;
      last = `${response.status} ${JSON.stringify(body).slice(0, 300)}`;
    } catch (error) {
      const { message, cause } = error as Error & { cause?: Error };
      last = cause ? `${message}: ${cause.message}` : message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${app.name} was not ready within ${timeoutMs / 1000} s (last: ${last}); the end of ${app.logFile}:\n${tailOfLog(app)}`);
}

/** SIGKILL, and the exit seen: nothing of the process runs after this resolves. */
export function killHard(app: AppProcess): Promise<void> {
  return stopped(app, 'SIGKILL', 10_000);
}

/** SIGTERM (the apps shut down cleanly: consumers leave their groups), then SIGKILL after `graceMs`. */
export async function stopApps(apps: AppProcess[], graceMs = 8_000): Promise<void> {
  await Promise.all(apps.map((app) => stopped(app, 'SIGTERM', graceMs).catch(() => stopped(app, 'SIGKILL', 5_000))));
}

function stopped(app: AppProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (!app.running) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${app.name} did not exit within ${timeoutMs} ms of ${signal}`)), timeoutMs);
    app.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    app.child.kill(signal);
  });
}
