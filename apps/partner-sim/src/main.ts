import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startPartnerSim } from './partner-sim.app';
import { loadPartnerSimSettings } from './partner-sim.config';

startPartnerSim(loadPartnerSimSettings())
  .then(({ url }) => new Logger('partner-sim').log(`partner simulator (LAC) listening on ${url}/lac/v1/engagements`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
