import http, { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** One request a relay passed on, and what came of it. */
export interface RelayedExchange {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  startedAtMs: number;
  /** When the answer was written back, or the caller went away; absent while the request is in flight. */
  endedAtMs?: number;
  /** What the relay answered (the upstream's status, or 502 when no upstream answered). */
  status?: number;
  /** The caller's connection closed before its answer was written back: it died (or gave up) mid-call. */
  callerGone: boolean;
}

export interface HttpRelayOptions {
  /** Awaited once the upstream answered and before the answer goes back: a test holds answers with it. */
  beforeAnswer?: (exchange: RelayedExchange) => Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) stay on their own hop; the relay sends bodies whole, with their length. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'content-length']);
const endToEnd = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

/**
 * A small HTTP relay for tests, in front of one or more upstreams: each request goes to the next upstream in turn, and to
 * the one after it when an upstream cannot be reached or drops the connection before answering (a replica killed). It keeps
 * every exchange, so a test can count what callers sent and see which caller went away mid-call. A request the relay
 * passes on twice is what a caller's own retry would be: the hub's callers carry an idempotency key (webhook-id).
 */
export class HttpRelay {
  readonly exchanges: RelayedExchange[] = [];
  private server?: http.Server;
  private next = 0;

  constructor(
    readonly name: string,
    private readonly upstreams: string[],
    private readonly options: HttpRelayOptions = {},
  ) {}

  listen(port: number): Promise<string> {
    // A caller that dies while sending its request leaves nothing to answer.
    const server = http.createServer((request, response) => void this.relay(request, response).catch(() => response.destroy()));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${port}`));
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async relay(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const exchange: RelayedExchange = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers, body: Buffer.concat(chunks), startedAtMs: Date.now(), callerGone: false };
    this.exchanges.push(exchange);
    response.on('finish', () => (exchange.endedAtMs ??= Date.now()));
    response.on('close', () => {
      if (!response.writableFinished) exchange.callerGone = true;
      exchange.endedAtMs ??= Date.now();
    });
    const answer = await this.forward(exchange);
    await this.options.beforeAnswer?.(exchange);
    exchange.status = answer.status;
    if (response.destroyed || exchange.callerGone) return;
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  }

  /** The first upstream, in turn, that answers; a 502 when none does (two tries at least, so one stale connection is not an outage). */
  private async forward(exchange: RelayedExchange): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
    const start = this.next++;
    const errors: string[] = [];
    for (let i = 0; i < Math.max(2, this.upstreams.length); i += 1) {
      const upstream = new URL(this.upstreams[(start + i) % this.upstreams.length]);
      try {
        return await once(upstream, exchange);
      } catch (error) {
        errors.push(`${upstream.host}: ${(error as Error).message}`);
      }
    }
    const body = Buffer.from(JSON.stringify({ code: 'bad_gateway', message: `${this.name}: no upstream answered (${errors.join('; ')})` }));
    return { status: 502, headers: { 'content-type': 'application/json' }, body };
  }
}

function once(upstream: URL, exchange: RelayedExchange): Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: exchange.method,
        path: exchange.path,
        // A fresh connection each time: a kept-alive one to a replica that was killed would fail the next request.
        agent: false,
        headers: { ...endToEnd(exchange.headers), host: upstream.host, 'content-length': String(exchange.body.length) },
        timeout: 30_000,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 502, headers: endToEnd(incoming.headers) as Record<string, string | string[]>, body: Buffer.concat(chunks) }));
        incoming.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 30 s')));
    outgoing.on('error', reject);
    outgoing.end(exchange.body);
  });
}
