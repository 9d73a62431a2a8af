import { INestApplication, Logger } from '@nestjs/common';
import { json, raw, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { trace } from '@opentelemetry/api';
import { logContext, spanLogContext, traceparentOf } from '@hub/config';
import { loadOpenApiDocument, type OpenApiDocument, serveOpenApiDocs, withOperationsSurface } from '@hub/contracts';
import { serveAppRoot } from './app-root';
import { contentEncodingGuard } from './body-limits';
import { HubExceptionFilter } from './hub-exception.filter';
import { bodyLimitOf, type EdgeSettings, requestEdge } from './request-edge';

export interface HttpAppSettings {
  /** Which contracts/openapi/<name>.v<N>.yaml (the newest N) to serve at /docs, or a document built in code. */
  openApi: string | OpenApiDocument;
  port: number;
  host: string;
  edge: EdgeSettings;
}

/**
 * The JSON parser, with each route's own limit on the body as read — decompressed, so a small gzip cannot carry a
 * large body past the limit its Content-Length satisfied. Named jsonParser so Nest does not add its default one; keeps
 * the exact bytes for the routes whose signatures cover them (Nest's rawBody).
 */
function jsonParserWithRouteLimits(edge: EdgeSettings) {
  const parsers = new Map<number, RequestHandler>();
  const keepRawBody = (request: IncomingMessage, _response: ServerResponse, buffer: Buffer) => {
    if (Buffer.isBuffer(buffer)) (request as IncomingMessage & { rawBody?: Buffer }).rawBody = buffer;
  };
  return function jsonParser(request: Request, response: Response, next: NextFunction) {
    const limit = bodyLimitOf(edge, request);
    if (!parsers.has(limit)) parsers.set(limit, json({ limit, verify: keepRawBody }));
    (parsers.get(limit) as RequestHandler)(request, response, next);
  };
}

/** Form bodies are read by the parser Nest adds (core's token endpoint); every other listed media type is a file. */
const FORM = 'application/x-www-form-urlencoded';

/**
 * Files a route takes besides JSON (a partner's Shift_JIS CSV): read as bytes, never decoded here (the route knows the
 * charset), under the same per-route limit on the decompressed body, and kept as rawBody for the signature.
 */
function fileParserWithRouteLimits(edge: EdgeSettings) {
  const parsers = new Map<number, RequestHandler>();
  const mediaTypeOf = (request: IncomingMessage) => (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const isFile = (request: Request) => {
    const type = mediaTypeOf(request);
    return type !== FORM && (edge.otherMediaTypes.find((o) => o.path.test(request.path))?.types ?? []).includes(type);
  };
  const keepRawBody = (request: IncomingMessage, _response: ServerResponse, buffer: Buffer) => {
    if (Buffer.isBuffer(buffer)) (request as IncomingMessage & { rawBody?: Buffer }).rawBody = buffer;
  };
  return function fileParser(request: Request, response: Response, next: NextFunction) {
    if (!isFile(request)) return next();
    const limit = bodyLimitOf(edge, request);
    if (!parsers.has(limit)) parsers.set(limit, raw({ limit, type: () => true, verify: keepRawBody }));
    (parsers.get(limit) as RequestHandler)(request, response, next);
  };
}


/**
 * Boots an HTTP app of the hub the same way everywhere: the error shape and the docs are in place before
 * any route exists, the app (and its Kafka inbox, if any) is started, then it listens.
 */
export async function startHttpApp(app: INestApplication, settings: HttpAppSettings): Promise<string> {
  app.useGlobalFilters(new HubExceptionFilter());
  const proxies = settings.edge.trustedProxies ?? [];
  if (proxies.length > 0) (app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void }).set('trust proxy', proxies);
  // First of all: every line logged about a request carries its correlation and trace ids.
  app.use(requestLogContext);
  // Registered before init, so before the body parsers Nest adds there: host, rate, media type and size first.
  app.use(requestEdge(settings.edge));
  app.use(contentEncodingGuard);
  app.use(jsonParserWithRouteLimits(settings.edge));
  app.use(fileParserWithRouteLimits(settings.edge));
  answerMalformedRequestsInJson(app.getHttpServer() as Server);
  serveAppRoot(app, settings.openApi);
  serveOpenApiDocs(app, withOperationsSurface(typeof settings.openApi === 'string' ? loadOpenApiDocument(settings.openApi) : settings.openApi));
  app.enableShutdownHooks();
  // Needs the database only: Kafka is connected in the background (MessagingRuntime), so a restarted app answers its
  // callers at once instead of after its consumer group's rebalance, and while a broker is away.
  await app.init();
  await app.listen(settings.port, settings.host);
  const inbox = app.startAllMicroservices().then(() => undefined);
  inbox.catch((error: unknown) => new Logger('startHttpApp').error(`the Kafka inbox did not start: ${(error as Error).message}`));
  inboxesStarting.set(app, inbox);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return `http://${settings.host === '0.0.0.0' ? '127.0.0.1' : settings.host}:${port}`;
}

const inboxesStarting = new WeakMap<INestApplication, Promise<void>>();

/**
 * Resolves once the app's Kafka inbox (if any) has joined its consumer group; rejects when it cannot start at all (a
 * wrong handler catalog). `main.ts` exits on the rejection; tests wait for it before they send the app anything.
 */
export function inboxStarted(app: INestApplication): Promise<void> {
  return inboxesStarting.get(app) ?? Promise.reject(new Error('inboxStarted: the app was not started with startHttpApp'));
}

/**
 * The request's work runs in its log context: the trace its caller's traceparent names (or a new one) and its
 * correlation id, if it sent one. The trace id is answered in traceresponse (W3C Trace Context Level 2), so a caller
 * can quote it. With tracing on (libs/operations/src/tracing), the HTTP instrumentation has already continued the
 * caller's traceparent in the request's server span, active here (the first middleware; middleware layers make no
 * spans of their own): the log context takes that span's ids, so what the request logs and publishes names it.
 */
function requestLogContext(request: Request, response: Response, next: NextFunction): void {
  const correlation = request.headers['x-correlation-id'];
  const correlationId = typeof correlation === 'string' && /^[\x21-\x7e]{1,128}$/.test(correlation) ? correlation : undefined;
  const traceparent = request.headers.traceparent;
  const context = spanLogContext(trace.getActiveSpan(), typeof traceparent === 'string' ? traceparent : undefined, correlationId);
  response.setHeader('traceresponse', traceparentOf(context));
  logContext.run(context, next);
}

/**
 * Requests Node refuses before any handler (headers too large: 431; a request line it cannot parse: 400) get the hub's
 * error shape too, instead of a bare status line.
 */
function answerMalformedRequestsInJson(server: Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      statusCode: status,
      error: tooLarge ? 'headers_too_large' : 'malformed_request',
      message: tooLarge ? 'The request headers are larger than this server accepts' : 'The request could not be read as HTTP',
      issues: [{ field: '(headers)', reason: tooLarge ? 'are larger than this server accepts' : 'are not valid HTTP' }],
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
