import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { loadConfig } from '@hub/config';
import { startAdapterLac } from '@apps/adapter-lac/src/adapter-lac.app';
import { AdapterLacConfig } from '@apps/adapter-lac/src/adapter-lac.config';
import { startCore } from '@apps/core/src/core.app';
import { CoreConfig } from '@apps/core/src/core.config';
import { LacSystem } from '@apps/partner-sim/src/lac/lac-system';
import { startPartnerSim } from '@apps/partner-sim/src/partner-sim.app';
import { PartnerSimConfig } from '@apps/partner-sim/src/partner-sim.config';
import { testEnv } from './test-env';

export interface RunningHub {
  coreUrl: string;
  adapterUrl: string;
  simUrl: string;
  lac: LacSystem;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** Test ports, away from the demo's 3000–3002 so `npm run up` and `npm test` can run side by side. */
const PORTS = { core: 3100, adapter: 3101, sim: 3102 };

/**
 * Starts the real apps, in this process, against the real PostgreSQL and Kafka: core, the LAC adapter
 * and the LAC simulator, wired to each other as in the demo. `apps` picks a subset.
 */
export async function startHub(options: { simStepDelayMs?: number; apps?: ('core' | 'adapter-lac' | 'partner-sim')[] } = {}): Promise<RunningHub> {
  const apps = options.apps ?? ['core', 'adapter-lac', 'partner-sim'];
  const base = { DATABASE_URL: testEnv.databaseUrl, KAFKA_BROKERS: testEnv.brokers, HUB_ENV: testEnv.hubEnv, LOG_LEVEL: testEnv.logLevel };
  const urls = {
    core: `http://127.0.0.1:${PORTS.core}`,
    adapter: `http://127.0.0.1:${PORTS.adapter}`,
    sim: `http://127.0.0.1:${PORTS.sim}`,
  };
  const started: INestApplication[] = [];
  let lac: LacSystem | undefined;
  let dataSource: DataSource | undefined;
  try {
    if (apps.includes('partner-sim')) {
      const sim = await startPartnerSim(
        loadConfig(PartnerSimConfig, {
          PORT: String(PORTS.sim),
          LAC_CALLBACK_URL: `${urls.adapter}/lac/v1/callbacks`,
          SIM_STEP_DELAY_MS: String(options.simStepDelayMs ?? 150),
          LOG_LEVEL: testEnv.logLevel,
        }),
      );
      started.push(sim.app);
      lac = sim.lac;
    }
    if (apps.includes('core')) {
      const core = await startCore(loadConfig(CoreConfig, { ...base, PORT: String(PORTS.core) }));
      started.push(core.app);
      dataSource = core.app.get(DataSource);
    }
    if (apps.includes('adapter-lac')) {
      const adapter = await startAdapterLac(
        loadConfig(AdapterLacConfig, { ...base, PORT: String(PORTS.adapter), LAC_ENDPOINT_URL: `${urls.sim}/lac/v1/engagements` }),
      );
      started.push(adapter.app);
      dataSource ??= adapter.app.get(DataSource);
    }
  } catch (error) {
    await Promise.allSettled(started.reverse().map((app) => app.close()));
    throw error;
  }
  return {
    coreUrl: urls.core,
    adapterUrl: urls.adapter,
    simUrl: urls.sim,
    lac: lac as LacSystem,
    dataSource: dataSource as DataSource,
    stop: async () => {
      for (const app of started.reverse()) await app.close();
    },
  };
}
