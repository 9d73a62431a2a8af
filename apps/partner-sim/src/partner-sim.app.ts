import { INestApplication, Module, OnApplicationShutdown } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HubLogger, startHttpApp } from '@hub/http';
import { ObservabilityModule } from '@hub/operations';
import type { RunningSimulator } from '@hub/simulator-kit';
import type { LacSystem } from './lac/lac-system';
import { partnerPackage } from './partner-packages';
import { PartnerSimSettings } from './partner-sim.config';

/** Starts the partner simulator: every partner with a folder, each serving its own native API under its id. */
export async function startPartnerSim(settings: PartnerSimSettings): Promise<{ app: INestApplication; url: string; lac: LacSystem; systems: Record<string, unknown> }> {
  const config = settings.sim;
  const running: Record<string, RunningSimulator> = {};
  for (const [partnerId, wiring] of Object.entries(settings.partners)) {
    running[partnerId] = partnerPackage(partnerId).simulator.start(wiring, { stepDelayMs: config.SIM_STEP_DELAY_MS });
  }
  const simulating = Object.keys(running);

  class SimulatorsShutdown implements OnApplicationShutdown {
    onApplicationShutdown(): void {
      Object.values(running).forEach((sim) => sim.stop());
    }
  }

  @Module({
    imports: [ObservabilityModule.forApp('partner-sim', { about: () => ({ simulating }) })],
    controllers: [...Object.values(running).flatMap((sim) => sim.controllers)],
    providers: [...Object.values(running).flatMap((sim) => sim.providers), SimulatorsShutdown],
  })
  class PartnerSimModule {}

  const app = await NestFactory.create(PartnerSimModule, { rawBody: true, logger: new HubLogger('partner-sim', config.LOG_LEVEL) });
  // The simulator stands in for partners' own servers on loopback: it takes what the hub sends, no more.
  const edge = { allowedHosts: config.HUB_ALLOWED_HOSTS.split(',').filter(Boolean), perIpPerMinute: 1_000_000, tokenPerIpPerMinute: 1_000_000, bodyLimits: [], defaultBodyBytes: 1024 * 1024, otherMediaTypes: [] };
  const url = await startHttpApp(app, { openApi: 'partner-sim', port: config.PORT, host: config.HOST, edge });
  const systems = Object.fromEntries(Object.entries(running).map(([id, sim]) => [id, sim.system]));
  return { app, url, lac: systems.lac as LacSystem, systems };
}
