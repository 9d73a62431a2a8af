import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { simulatedPartnerSettings, SimulatedPartnerSettings } from '@hub/adapter-kit';
import { InfrastructureConfig, loadConfig } from '@hub/config';
import { partnerPackage, partnerPackages } from './partner-packages';

/** The simulator plays partner systems; it needs no database or Kafka of its own, only HTTP. */
export class PartnerSimConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3002;

  @IsString()
  HOST = '127.0.0.1';

  /** Time between a simulated partner's steps (e.g. LAC: accepted, hearing done, forensics started, preliminary report). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SIM_STEP_DELAY_MS = 1500;

  @Matches(/^(error|warn|log|debug|verbose)$/)
  LOG_LEVEL: InfrastructureConfig['LOG_LEVEL'] = 'log';

  /** Which partners to play, comma-separated ids (`lac,aos`); every partner with a folder when empty. */
  @Matches(/^([a-z0-9-]+(,[a-z0-9-]+)*)?$/, { message: 'must be partner ids separated by commas' })
  SIM_PARTNERS = '';

  /** Host names the simulator answers besides loopback (comma-separated): its Service name when it runs in a cluster (deploy/overlays/dev). */
  @Matches(/^([a-z0-9.-]+(,[a-z0-9.-]+)*)?$/i, { message: 'must be host names separated by commas' })
  HUB_ALLOWED_HOSTS = '';
}

/** The simulator's own settings, and each simulated partner's wiring to its adapter (from the adapter's definition). */
export interface PartnerSimSettings {
  sim: PartnerSimConfig;
  /** By partner id: every partner with a folder. */
  partners: Record<string, SimulatedPartnerSettings>;
}

export function loadPartnerSimSettings(env: NodeJS.ProcessEnv = process.env): PartnerSimSettings {
  const sim = loadConfig(PartnerSimConfig, env);
  const played = sim.SIM_PARTNERS ? sim.SIM_PARTNERS.split(',').map(partnerPackage) : partnerPackages();
  return { sim, partners: Object.fromEntries(played.map(({ adapter }) => [adapter.partnerId, simulatedPartnerSettings(adapter, env)])) };
}
