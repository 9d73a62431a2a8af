import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that reached the partner through the front, in the order they reached it. */
export interface PartnerArrival {
  atMs: number;
  method: string;
  path: string;
  /** The hub's webhook-id: the same on every attempt of one delivery. */
  webhookId: string;
}

/** How the partner behaves: answers as it does, answers each request only after `answerAfterMs`, or cannot be reached. */
export type PartnerBehaviour = { kind: 'normal' } | { kind: 'slow'; answerAfterMs: number } | { kind: 'down' };

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'content-length', 'host']);
const endToEnd = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

/**
 * A partner's endpoint as the hub's adapter sees it, in front of the partner simulator on loopback: a test makes the
 * partner slow (it takes the request at once, as a busy back office does, and answers only later) or unreachable
 * (every connection dropped before anything reaches the partner), and reads what reached the partner, in order.
 */
export class PartnerFront {
  readonly arrivals: PartnerArrival[] = [];
  behaviour: PartnerBehaviour = { kind: 'normal' };
  private readonly server = http.createServer((request, response) => void this.handle(request, response));
  private readonly held = new Set<NodeJS.Timeout>();

  constructor(private readonly partnerUrl: string) {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.held.forEach((timer) => clearTimeout(timer));
    this.held.clear();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** The first arrival of each webhook id, in the order the partner got them (retries of a delivery it had are left out). */
  firstArrivals(): PartnerArrival[] {
    const seen = new Set<string>();
    return this.arrivals.filter((a) => !seen.has(a.webhookId) && seen.add(a.webhookId));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const behaviour = this.behaviour;
    if (behaviour.kind === 'down') {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    this.arrivals.push({ atMs: Date.now(), method: request.method ?? 'POST', path: request.url ?? '/', webhookId: String(request.headers['webhook-id'] ?? '') });
    const target = new URL(request.url ?? '/', this.partnerUrl);
    let answer: Response;
    try {
      answer = await fetch(target, { method: request.method, headers: endToEnd(request.headers) as Record<string, string>, body: Buffer.concat(chunks) });
    } catch {
      response.writeHead(502).end();
      return;
    }
    const body = Buffer.from(await answer.arrayBuffer());
    if (behaviour.kind === 'slow') {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.held.delete(timer);
          resolve();
        }, behaviour.answerAfterMs);
        this.held.add(timer);
      });
    }
    // The hub gave up waiting (its own timeout): the partner has the request all the same.
    if (response.destroyed) return;
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(body);
  }
}
