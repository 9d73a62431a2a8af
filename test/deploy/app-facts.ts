// What the code says about each app, for the deployment checks: its port, the variables it reads, its own boot-time
// checks of them, its probes, and the Secrets it needs. Read from the apps themselves wherever they say it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterSettings, loadAdapterConfig, nativeVersion, type AdapterDefinition } from '@hub/adapter-kit';
import { isDemoEnvironment, loadConfig } from '@hub/config';
import { ConsoleConfig } from '@apps/console/src/console.config';
import { CoreConfig } from '@apps/core/src/core.config';
import { partnerPackages } from '@apps/partner-sim/src/partner-packages';
import { loadPartnerSimSettings, PartnerSimConfig } from '@apps/partner-sim/src/partner-sim.config';
import { ReconcilerConfig } from '@apps/reconciler/src/reconciler.config';
import { REPO_ROOT } from './rendered';

type Env = NodeJS.ProcessEnv;

export interface AppFacts {
  name: string;
  port: number;
  /** Every variable the app asks its environment for (Node's own NODE_OPTIONS included). */
  reads: Set<string>;
  /** `hub`: /health/live and /health/ready of libs/operations, /metrics; `oidc`: the discovery document only (staff-idp). */
  probes: 'hub' | 'oidc';
  /** Needs the schema migrated before it starts. */
  database: boolean;
  /** Runs in the dev overlay only, never in production. */
  devOnly: boolean;
  /** The Secrets (by name in deploy/) it must read. */
  secrets: string[];
  /** The app's own checks of its configuration at boot: throws as the app would refuse to start. */
  validate(env: Env): void;
  adapter?: AdapterDefinition;
}

/** Secret names in deploy/ and the keys each holds (deploy/README.md says the same for people creating them). */
export function secretShapes(): Record<string, string[]> {
  return {
    'hub-database': ['DATABASE_URL'],
    'core-secrets': ['HUB_TOKEN_SIGNING_KEY', 'PARTNER_CLIENTS'],
    'reconciler-bank': ['ZENGIN_PAYER_CODE', 'ZENGIN_PAYER_NAME', 'ZENGIN_BANK_CODE', 'ZENGIN_BRANCH_CODE', 'ZENGIN_ACCOUNT_TYPE', 'ZENGIN_ACCOUNT_NUMBER'],
    ...Object.fromEntries(partnerPackages().map(({ adapter }) => [`${adapter.appName}-secrets`, [`${adapter.envPrefix}_WEBHOOK_SECRET`]])),
  };
}

/**
 * Values of the right shape standing in for production's Secrets, which the prod overlay only names: with them the
 * apps' own config checks run over production's ConfigMaps. They are never written anywhere.
 */
export function standInSecrets(): Record<string, Record<string, string>> {
  const standIn: Record<string, string> = {
    DATABASE_URL: 'postgres://hub:stand-in@postgres.example:5432/hub',
    HUB_TOKEN_SIGNING_KEY: 'stand-in',
    PARTNER_CLIENTS: '[]',
    ZENGIN_PAYER_CODE: '0000054321',
    ZENGIN_PAYER_NAME: 'ﾃｽﾄ',
    ZENGIN_BANK_CODE: '0001',
    ZENGIN_BRANCH_CODE: '002',
    ZENGIN_ACCOUNT_TYPE: '1',
    ZENGIN_ACCOUNT_NUMBER: '7654321',
  };
  const valueOf = (key: string) => standIn[key] ?? `whsec_${Buffer.from(`stand-in for the config checks: ${key}`).toString('base64')}`;
  return Object.fromEntries(Object.entries(secretShapes()).map(([name, keys]) => [name, Object.fromEntries(keys.map((k) => [k, valueOf(k)]))]));
}

/** Names a value must never be written under outside a Secret. */
export function isSecretVariable(name: string): boolean {
  return Object.values(secretShapes()).flat().includes(name) || /_WEBHOOK_(PREVIOUS_)?SECRET$|_CLIENT_SECRET$|PASSWORD/.test(name);
}

/** The variables a config loader asks for: it reads every one before it validates, so an empty environment shows them all. */
function variablesAskedBy(load: (env: Env) => unknown): Set<string> {
  const asked = new Set<string>(['NODE_OPTIONS']);
  const env = new Proxy({} as Env, {
    get: (_target, key) => {
      if (typeof key === 'string' && /^[A-Z][A-Z0-9_]*$/.test(key)) asked.add(key);
      return undefined;
    },
  });
  try {
    load(env);
  } catch {
    // An empty environment fails (no HUB_ENV): every variable was asked for by then.
  }
  return asked;
}

const hubApp = (name: string, load: (env: Env) => unknown, port: number, secrets: string[], extra: Partial<AppFacts> = {}): AppFacts => ({
  name,
  port,
  reads: variablesAskedBy(load),
  probes: 'hub',
  database: true,
  devOnly: false,
  secrets: ['hub-database', ...secrets],
  validate: (env) => void load(env),
  ...extra,
});

/** staff-idp reads process.env by hand in its main.ts (it has no config class). */
function staffIdp(): AppFacts {
  const source = readFileSync(join(REPO_ROOT, 'apps/staff-idp/src/main.ts'), 'utf8');
  const port = Number(/STAFF_IDP_PORT \?\? (\d+)/.exec(source)?.[1]);
  if (!port) throw new Error('apps/staff-idp/src/main.ts: no default STAFF_IDP_PORT found');
  return {
    name: 'staff-idp',
    port,
    reads: new Set(['NODE_OPTIONS', ...[...source.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1])]),
    probes: 'oidc',
    database: false,
    devOnly: true,
    secrets: [],
    validate: (env) => {
      if (!isDemoEnvironment(env.HUB_ENV ?? '')) throw new Error(`staff-idp refuses HUB_ENV=${env.HUB_ENV}`);
    },
  };
}

/** Every app under apps/ (a folder with src/main.ts); a new one fails here until these checks know how it runs. */
export function appFacts(): AppFacts[] {
  const adapters = new Map(partnerPackages().map(({ adapter }) => [adapter.appName, adapter]));
  const known: Record<string, () => AppFacts> = {
    core: () => hubApp('core', (env) => loadConfig(CoreConfig, env), new CoreConfig().PORT, ['core-secrets']),
    console: () => hubApp('console', (env) => loadConfig(ConsoleConfig, env), new ConsoleConfig().PORT, []),
    reconciler: () => hubApp('reconciler', (env) => loadConfig(ReconcilerConfig, env), new ReconcilerConfig().PORT, ['reconciler-bank']),
    'partner-sim': () => hubApp('partner-sim', loadPartnerSimSettings, new PartnerSimConfig().PORT, [], { database: false, devOnly: true, secrets: [] }),
    'staff-idp': staffIdp,
  };
  return readdirSync(join(REPO_ROOT, 'apps'))
    .filter((dir) => existsSync(join(REPO_ROOT, 'apps', dir, 'src', 'main.ts')))
    .sort()
    .map((dir) => {
      const adapter = adapters.get(dir);
      if (adapter) {
        const load = (env: Env) => adapterSettings(adapter, loadAdapterConfig(adapter, env));
        return hubApp(dir, load, adapter.defaultPort, [`${dir}-secrets`], { adapter });
      }
      if (!known[dir]) throw new Error(`apps/${dir} is an app these checks do not know: say in test/deploy/app-facts.ts how it runs, and deploy it`);
      return known[dir]();
    });
}

/** Where an adapter's partner takes orders in the demo: the pinned version's path, on the simulator. */
export const demoEndpointPath = (adapter: AdapterDefinition): string => nativeVersion(adapter, adapter.pinnedVersion).demoEndpointPath;

/** The Kafka version we run and test against (scripts/infra/kafka.mjs fetches its jars). */
export function localKafkaVersion(): string {
  const script = readFileSync(join(REPO_ROOT, 'scripts/infra/kafka.mjs'), 'utf8');
  const version = /kafka_2\.13-(\d+\.\d+\.\d+)\.jar/.exec(script)?.[1];
  if (!version) throw new Error('scripts/infra/kafka.mjs: no kafka_2.13-<version>.jar found');
  return version;
}
