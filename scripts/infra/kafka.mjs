// Local Kafka for development and tests: reuse a broker that already answers, otherwise run a real
// single-node KRaft broker (Kafka 3.9.1) straight from Maven Central jars, because our machines have
// Java and Maven but neither Docker nor a Kafka distribution.
//
//   node scripts/infra/kafka.mjs start|stop|kill|status     (KAFKA_BROKERS overrides 127.0.0.1:9092, KAFKA_WORK_DIR .hub/kafka)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(SCRIPT_DIR, '..', '..');
const TEMPLATE_DIR = join(SCRIPT_DIR, 'kafka');
// KAFKA_WORK_DIR gives a broker a folder of its own (a fault test stops and restarts a broker of its own on its own
// port; the shared one is never touched). The jars are shared.
const SHARED_WORK_DIR = join(REPO_ROOT, '.hub', 'kafka');
const WORK_DIR = process.env.KAFKA_WORK_DIR ? resolve(process.env.KAFKA_WORK_DIR) : SHARED_WORK_DIR;
const LIB_DIR = join(SHARED_WORK_DIR, 'lib');
const DATA_DIR = join(WORK_DIR, 'data');
const LOG_FILE = join(WORK_DIR, 'server.log');
const PID_FILE = join(WORK_DIR, 'broker.pid');
const MARKER_JAR = join(LIB_DIR, 'kafka_2.13-3.9.1.jar');
// Fixed so that a restart finds the data dir formatted for the same cluster and keeps its topics.
const CLUSTER_ID = 'aHViLWxvY2FsLWthZmthIQ'; // base64url of "hub-local-kafka!"
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

const splitBrokers = (brokers) => (Array.isArray(brokers) ? brokers : String(brokers).split(',')).map((b) => b.trim()).filter(Boolean);
// True when `brokers` names the address the local broker advertises ("localhost" is rendered as 127.0.0.1).
const pointsAt = (brokers, address) => splitBrokers(brokers).some((b) => b.replace(/^localhost:/, '127.0.0.1:') === address);

/** One-shot probe: true when a broker at `brokers` answers a metadata request. */
async function answers(brokers, connectionTimeout = 1000) {
  const admin = new Kafka({
    clientId: 'hub-infra-probe',
    brokers: splitBrokers(brokers),
    connectionTimeout,
    requestTimeout: 3000,
    retry: { retries: 0 }, // a probe: the caller decides whether and how long to wait
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/** Resolves once a broker answers at `brokers`; throws after `timeoutMs`. */
export async function waitForKafka(brokers, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(brokers))) {
    if (Date.now() > deadline) throw new Error(`Kafka did not answer at ${splitBrokers(brokers).join(',')} within ${timeoutMs} ms`);
    await sleep(500);
  }
}

/** argv of a live process, or null. A zombie has an empty cmdline, so it counts as gone. */
function processArgv(pid) {
  try {
    if (existsSync('/proc')) {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return argv.length ? argv : null;
    }
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return ps.status === 0 && ps.stdout.trim() ? ps.stdout.trim().split(/\s+/) : null;
  } catch {
    return null;
  }
}

// The pid file may outlive its broker (reboot, SIGKILL) and the pid may be reused: only trust it for a java kafka.Kafka.
const isKafkaBroker = (pid) => {
  const argv = processArgv(pid);
  return Boolean(argv && /(^|\/)java$/.test(argv[0]) && argv.includes('kafka.Kafka'));
};

function readPidFile() {
  const pid = existsSync(PID_FILE) ? Number.parseInt(readFileSync(PID_FILE, 'utf8'), 10) : NaN;
  return pid > 0 ? pid : undefined;
}

// host:port the running local broker advertises, from the server.properties it was started with.
function runningBrokerAddress() {
  const props = join(WORK_DIR, 'server.properties');
  if (!existsSync(props)) return undefined;
  return /^advertised\.listeners=PLAINTEXT:\/\/(.+)$/m.exec(readFileSync(props, 'utf8'))?.[1]?.trim();
}

const logTail = (lines = 40) => (existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no server log)');

// SIGTERM lets the broker flush and close its logs cleanly, so the next start skips log recovery.
async function stopPid(pid) {
  const signal = (sig) => {
    try {
      process.kill(pid, sig);
    } catch {
      // exited in between: nothing left to signal
    }
  };
  if (isKafkaBroker(pid)) signal('SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isKafkaBroker(pid) && Date.now() < deadline) await sleep(200);
  if (isKafkaBroker(pid)) signal('SIGKILL');
  while (isKafkaBroker(pid)) await sleep(100);
  if (readPidFile() === pid) rmSync(PID_FILE, { force: true });
}

function run(cmd, args, what) {
  const res = spawnSync(cmd, args, { cwd: WORK_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error?.code === 'ENOENT') throw new Error(`${what} needs \`${cmd}\` on PATH (Java 17+ and Maven are required to run Kafka locally)`);
  if (res.status !== 0) throw new Error(`${what} failed (exit ${res.status}):\n${res.stdout}${res.stderr}`);
}

function prepareWorkDir({ host, port, log }) {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const f of ['pom.xml', 'log4j.properties']) copyFileSync(join(TEMPLATE_DIR, f), join(WORK_DIR, f));
  const props = readFileSync(join(TEMPLATE_DIR, 'server.properties.template'), 'utf8')
    .replaceAll('@HOST@', host)
    .replaceAll('@PORT@', String(port))
    .replaceAll('@CONTROLLER_PORT@', String(port + 1))
    .replaceAll('@DATA_DIR@', DATA_DIR);
  writeFileSync(join(WORK_DIR, 'server.properties'), props);
  if (!existsSync(MARKER_JAR)) {
    log(`Fetching Kafka 3.9.1 jars from Maven Central into ${LIB_DIR} (first run only)...`);
    // Into a side folder first, so an interrupted fetch never leaves a lib/ that looks complete.
    const partial = `${LIB_DIR}.partial`;
    rmSync(partial, { recursive: true, force: true });
    run('mvn', ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`, '-DincludeScope=runtime'], 'Fetching Kafka jars with Maven');
    rmSync(LIB_DIR, { recursive: true, force: true });
    renameSync(partial, LIB_DIR);
  }
}

const javaOpts = () => [`-Dlog4j.configuration=file:${join(WORK_DIR, 'log4j.properties')}`, '-Djava.awt.headless=true', '-cp', `${LIB_DIR}/*`];

async function startBroker({ brokers, host, port, log }) {
  prepareWorkDir({ host, port, log });
  run('java', [...javaOpts(), 'kafka.tools.StorageTool', 'format', '-t', CLUSTER_ID, '-c', 'server.properties', '--ignore-formatted'], 'Formatting Kafka storage');

  // Keep the previous run's log for post-mortems; a fresh file means "Kafka Server started" is about this run.
  if (existsSync(LOG_FILE)) renameSync(LOG_FILE, `${LOG_FILE}.previous`);
  const out = openSync(LOG_FILE, 'w');
  const child = spawn('java', ['-Xms512m', '-Xmx512m', ...javaOpts(), 'kafka.Kafka', 'server.properties'], {
    cwd: WORK_DIR,
    detached: true, // survives the process that started it (e.g. `start` CLI, an interrupted test run)
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  child.on('error', (err) => (exited = { code: err.message }));
  child.unref();
  writeFileSync(PID_FILE, `${child.pid}\n`);
  log(`Starting Kafka broker (pid ${child.pid}) at ${brokers}; log: ${LOG_FILE}`);

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    await sleep(500);
    if (exited) {
      rmSync(PID_FILE, { force: true });
      throw new Error(`Kafka broker exited early (${exited.code ?? exited.signal}). Last log lines:\n${logTail()}`);
    }
    if (readFileSync(LOG_FILE, 'utf8').includes('Kafka Server started') && (await answers(brokers))) break;
    if (Date.now() > deadline) {
      const tail = logTail();
      log(tail);
      await stopPid(child.pid); // nobody else knows about it; don't leave a half-started broker behind
      throw new Error(`Kafka broker did not become ready within ${START_TIMEOUT_MS / 1000} s (log: ${LOG_FILE})`);
    }
  }
  return { pid: child.pid, stop: () => stopPid(child.pid) };
}

// Serialises starts across processes (parallel test runs, `npm run up`): a second broker would only die on
// the data dir lock, so latecomers wait and then reuse whatever the first one started.
async function withStartLock(fn) {
  const lock = join(WORK_DIR, 'start.lock');
  mkdirSync(WORK_DIR, { recursive: true });
  const deadline = Date.now() + 10 * 60_000; // covers a slow first Maven fetch
  for (;;) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let holder;
    try {
      holder = Number.parseInt(readFileSync(lock, 'utf8'), 10); // NaN for a moment while its owner writes it
    } catch {
      continue; // released meanwhile
    }
    if (holder > 0 && !processArgv(holder)) {
      rmSync(lock, { force: true }); // left behind by a killed process
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Process ${holder} has held ${lock} for over 10 minutes; remove it if that process is stuck`);
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Ensures a Kafka broker answers at `brokers`, starting a local one if needed.
 * @returns {Promise<{ brokers: string, startedByUs: boolean, pid?: number, logFile?: string, stop: () => Promise<void> }>}
 */
export async function ensureKafka({ brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092', log = console.log } = {}) {
  const reused = () => {
    const pid = readPidFile();
    const local = pid !== undefined && isKafkaBroker(pid) && pointsAt(brokers, runningBrokerAddress());
    return { brokers, startedByUs: false, ...(local ? { pid, logFile: LOG_FILE } : {}), stop: async () => {} };
  };
  if (await answers(brokers)) return reused();

  return withStartLock(async () => {
    if (await answers(brokers)) return reused(); // started by whoever held the lock before us
    const knownPid = readPidFile();
    if (knownPid !== undefined && isKafkaBroker(knownPid)) {
      const servedAt = runningBrokerAddress();
      if (servedAt && !pointsAt(brokers, servedAt)) {
        throw new Error(`No Kafka answers at ${brokers}, and the local broker (pid ${knownPid}) serves ${servedAt}; it owns ${DATA_DIR}, so stop it first (node scripts/infra/kafka.mjs stop) or use KAFKA_BROKERS=${servedAt}`);
      }
      // Running but silent: most likely still starting (or recovering its log after a crash), so give it time.
      log(`Kafka broker pid ${knownPid} is running but not answering yet; waiting (log: ${LOG_FILE})`);
      await waitForKafka(brokers, START_TIMEOUT_MS).catch((err) => {
        throw new Error(`${err.message}. Stop it with \`node scripts/infra/kafka.mjs stop\`. Last log lines:\n${logTail()}`);
      });
      return reused();
    }
    if (knownPid !== undefined) rmSync(PID_FILE, { force: true }); // stale: its broker is gone

    const list = splitBrokers(brokers);
    const [, rawHost, rawPort] = /^(.*):(\d+)$/.exec(list[0] ?? '') ?? [];
    if (list.length !== 1 || !rawHost) throw new Error(`No Kafka answers at "${brokers}"; a local broker can only be started for one host:port`);
    if (!/^(localhost|127\.\d+\.\d+\.\d+)$/.test(rawHost)) {
      throw new Error(`No Kafka answers at ${brokers}; refusing to start a local broker for non-loopback host ${rawHost}`);
    }
    // kafkajs connects to the advertised address literally, and "localhost" may resolve to ::1 first.
    const host = rawHost === 'localhost' ? '127.0.0.1' : rawHost;
    const { pid, stop } = await startBroker({ brokers, host, port: Number(rawPort), log });
    return { brokers, startedByUs: true, pid, logFile: LOG_FILE, stop };
  });
}

async function cli(command) {
  const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
  switch (command) {
    case 'start': {
      const started = Date.now();
      const k = await ensureKafka({ brokers });
      const how = k.startedByUs ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running';
      console.log(`Kafka ${how}: brokers=${k.brokers} pid=${k.pid ?? 'unknown (not started from this checkout)'} log=${k.logFile ?? '-'}`);
      return 0;
    }
    case 'stop': {
      const pid = readPidFile();
      if (pid !== undefined && isKafkaBroker(pid)) {
        console.log(`Stopping Kafka broker pid ${pid}...`);
        await stopPid(pid);
        console.log('Stopped.');
      } else {
        rmSync(PID_FILE, { force: true });
        console.log(`Nothing to stop: no Kafka broker started from ${WORK_DIR} is running`);
      }
      return 0;
    }
    case 'kill': {
      // A crash, not a shutdown: fault tests use it on a broker of their own (KAFKA_WORK_DIR).
      const pid = readPidFile();
      if (pid !== undefined && isKafkaBroker(pid)) process.kill(pid, 'SIGKILL');
      while (pid !== undefined && isKafkaBroker(pid)) await sleep(100);
      rmSync(PID_FILE, { force: true });
      console.log(pid !== undefined ? `Killed Kafka broker pid ${pid}` : `Nothing to kill in ${WORK_DIR}`);
      return 0;
    }
    case 'status': {
      const up = await answers(brokers, 2000);
      const pid = readPidFile();
      const local = pid !== undefined && isKafkaBroker(pid) ? ` (local broker pid ${pid} serves ${runningBrokerAddress()}, log ${LOG_FILE})` : '';
      console.log(up ? `Kafka answers at ${brokers}${local}` : `No Kafka broker answers at ${brokers}${local}`);
      return up ? 0 : 1;
    }
    default:
      console.error('usage: node scripts/infra/kafka.mjs start|stop|kill|status');
      return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Explicit exit: a detached broker must not keep this CLI waiting, nor a lingering kafkajs timer.
  cli(process.argv[2]).then(process.exit, (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
