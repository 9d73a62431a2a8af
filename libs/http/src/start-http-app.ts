import { INestApplication, LogLevel } from '@nestjs/common';
import { serveOpenApiDocs } from '@hub/contracts';
import { HubExceptionFilter } from './hub-exception.filter';

export interface HttpAppSettings {
  /** Which contracts/openapi/<name>.v1.yaml to serve at /docs. */
  openApi: 'core' | 'adapter-lac' | 'partner-sim';
  port: number;
  host: string;
}

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Log levels up to and including `level`, as Nest wants them. */
export function logLevelsUpTo(level: string): LogLevel[] {
  const index = LEVELS.indexOf(level as LogLevel);
  return LEVELS.slice(0, index < 0 ? 3 : index + 1);
}

/** The things every HTTP app of the hub does the same way: error shape, docs, clean shutdown, listening. */
export async function configureAndListen(app: INestApplication, settings: HttpAppSettings): Promise<string> {
  app.useGlobalFilters(new HubExceptionFilter());
  serveOpenApiDocs(app, settings.openApi);
  app.enableShutdownHooks();
  await app.listen(settings.port, settings.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`;
}
