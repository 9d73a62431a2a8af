import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { startPartnerSim } from './partner-sim.app';
import { PartnerSimConfig } from './partner-sim.config';

startPartnerSim(loadConfig(PartnerSimConfig))
  .then(({ url }) => new Logger('partner-sim').log(`partner simulator (LAC) listening on ${url}/lac/v1/engagements`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
