import { INestApplication, LogLevel } from '@nestjs/common';
import { type OpenApiDocument, serveOpenApiDocs } from '@hub/contracts';
import { contentEncodingGuard } from './body-limits';
import { HubExceptionFilter } from './hub-exception.filter';

export interface HttpAppSettings {
  /** Which contracts/openapi/<name>.v<N>.yaml (the newest N) to serve at /docs, or a document built in code. */
  openApi: string | OpenApiDocument;
  port: number;
  host: string;
}

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Log levels up to and including `level`, as Nest wants them. */
export function logLevelsUpTo(level: string): LogLevel[] {
  const index = LEVELS.indexOf(level as LogLevel);
  return LEVELS.slice(0, index < 0 ? 3 : index + 1);
}

/**
 * Boots an HTTP app of the hub the same way everywhere: the error shape and the docs are in place before
 * any route exists, the app (and its Kafka inbox, if any) is started, then it listens.
 */
export async function startHttpApp(app: INestApplication, settings: HttpAppSettings): Promise<string> {
  app.useGlobalFilters(new HubExceptionFilter());
  // Registered before init, so before the body parsers Nest adds there.
  app.use(contentEncodingGuard);
  serveOpenApiDocs(app, settings.openApi);
  app.enableShutdownHooks();
  // Producer, relay and workers run before the inbox hands the app its first message.
  await app.init();
  await app.startAllMicroservices();
  await app.listen(settings.port, settings.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`;
}
