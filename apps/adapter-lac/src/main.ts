import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@hub/config';
import { startAdapterLac } from './adapter-lac.app';
import { AdapterLacConfig } from './adapter-lac.config';

startAdapterLac(loadConfig(AdapterLacConfig))
  .then(({ url }) => new Logger('adapter-lac').log(`adapter-lac listening on ${url} (callbacks at ${url}/lac/v1/callbacks, docs at ${url}/docs)`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
