import { INestApplication, Module, OnApplicationShutdown, Inject, Controller, Get } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { logLevelsUpTo, startHttpApp } from '@hub/http';
import { LAC_SYSTEM, LacEngagementsController } from './lac/lac-engagements.controller';
import { LacSystem } from './lac/lac-system';
import { PartnerSimSettings } from './partner-sim.config';

@Controller('health')
class HealthController {
  @Get()
  health() {
    return { status: 'ok', app: 'partner-sim', simulating: ['lac'] };
  }
}

class LacSystemShutdown implements OnApplicationShutdown {
  constructor(@Inject(LAC_SYSTEM) private readonly lac: LacSystem) {}
  onApplicationShutdown(): void {
    this.lac.stop();
  }
}

/** Starts the partner simulator (LAC today; the other partners join as their adapters are built). */
export async function startPartnerSim(settings: PartnerSimSettings): Promise<{ app: INestApplication; url: string; lac: LacSystem }> {
  const config = settings.sim;
  const lac = new LacSystem({
    secret: settings.lac.secret,
    callbackUrl: (version) => settings.lac.callbackUrl(version),
    tokenUrl: settings.lac.tokenUrl,
    clientId: settings.lac.clientId,
    clientSecret: settings.lac.clientSecret,
    stepDelayMs: config.SIM_STEP_DELAY_MS,
  });

  @Module({
    controllers: [LacEngagementsController, HealthController],
    providers: [{ provide: LAC_SYSTEM, useValue: lac }, LacSystemShutdown],
  })
  class PartnerSimModule {}

  const app = await NestFactory.create(PartnerSimModule, { rawBody: true, logger: logLevelsUpTo(config.LOG_LEVEL) });
  // The simulator stands in for partners' own servers on loopback: it takes what the hub sends, no more.
  const edge = { allowedHosts: [], perIpPerMinute: 1_000_000, tokenPerIpPerMinute: 1_000_000, bodyLimits: [], defaultBodyBytes: 1024 * 1024, otherMediaTypes: [] };
  const url = await startHttpApp(app, { openApi: 'partner-sim', port: config.PORT, host: config.HOST, edge });
  return { app, url, lac };
}
