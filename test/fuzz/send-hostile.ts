import { request as httpRequest, Agent } from 'node:http';
import { deflateSync, gzipSync } from 'node:zlib';
import type { Caller } from '@hub/auth';
import { demoPartnerClient } from '@hub/auth';
import { signWebhook } from '@hub/adapter-kit';
import type { CallerTokens, DemoPerson } from '../support/callers';
import type { Answer } from './answers-match-openapi';
import type { HostileRequest } from './hostile-requests';

/** The demo person who holds each staff role (test/support/callers.ts). */
const PERSON_OF: Record<string, DemoPerson> = {
  coordinator: 'coordinator', claims_handler: 'claims', approver: 'approver', finance: 'finance', operator: 'operator', auditor: 'auditor',
};

/** Credentials nobody issued: a word without a token, a token signed by nobody (`alg: none`), another scheme. */
const GARBAGE = [
  'Bearer', 'Bearer ', 'Bearer x', `Bearer ${'a'.repeat(5_000)}`, 'Basic Zm9vOmJhcg==', 'bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJsYWMifQ.', 'Token abc',
  'Bearer null', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo', 'Basic', 'Basic ###',
];

/** What a request is sent with, besides what the generator chose: the hub's tokens, LAC's secret, and where it goes. */
export interface Target {
  baseUrl: string;
  tokens: CallerTokens;
  lacSecret: string;
  /** The callers the route takes (route-access.ts). */
  callers: Caller[];
  /** A partner-facing adapter route: signed as LAC signs, per Standard Webhooks. */
  signed: boolean;
  tokenEndpoint: boolean;
}

function tokenOf(tokens: CallerTokens, caller: Caller): string | undefined {
  if (caller === 'anyone') return undefined;
  if (caller === 'partner') return tokens.partner.lac;
  return tokens.staff[PERSON_OF[caller]];
}

/** Someone the route does not take: another partner where partners may call (LAC's objects are not theirs), else a role. */
function outsiderToken(tokens: CallerTokens, callers: Caller[]): string {
  if (callers.includes('partner')) return tokens.partner.prap;
  const role = Object.keys(PERSON_OF).find((r) => !callers.includes(r as Caller));
  return role ? tokens.staff[PERSON_OF[role]] : tokens.partner.lac;
}

function authorization(request: HostileRequest, target: Target): string | undefined {
  const { tokens, callers } = target;
  if (request.auth === 'none') return undefined;
  if (request.auth === 'garbage') {
    // A real token with its signature cut, now and then, beside the fixed garbage.
    const cut = `Bearer ${tokens.partner.lac.slice(0, -6)}`;
    return [...GARBAGE, cut][request.pick % (GARBAGE.length + 1)];
  }
  if (target.tokenEndpoint) {
    // The token endpoint's "other" is HTTP Basic, which clashes with form credentials when the body still has them.
    const client = demoPartnerClient('lac');
    return request.auth === 'other' ? `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}` : undefined;
  }
  if (request.auth === 'other') return `Bearer ${outsiderToken(tokens, callers)}`;
  const token = tokenOf(tokens, callers[request.pick % callers.length]);
  return token ? `Bearer ${token}` : undefined;
}

let sequence = 0;

/** Standard Webhooks headers as LAC signs (over the raw body; an empty one for GET), or wrongly signed on purpose. */
function signature(request: HostileRequest, target: Target, raw: string): Record<string, string> {
  if (!target.signed || request.signature === 'none') return {};
  const id = `msg_fuzz_${process.pid}_${Date.now()}_${sequence++}`;
  const now = Math.floor(Date.now() / 1000);
  const wrongSecret = `whsec_${Buffer.from('not-the-secret-lac-agreed-on').toString('base64')}`;
  if (request.signature === 'wrong-secret') return signWebhook(wrongSecret, id, now, raw);
  if (request.signature === 'stale') return signWebhook(target.lacSecret, id, now - 3_600, raw);
  if (request.signature === 'other-body') return signWebhook(target.lacSecret, id, now, `${raw} `);
  return signWebhook(target.lacSecret, id, now, raw);
}

function encoded(request: HostileRequest, raw: Buffer): { body: Buffer; headers: Record<string, string> } {
  switch (request.encoding) {
    case undefined:
      return { body: raw, headers: {} };
    case 'gzip':
      return { body: gzipSync(raw), headers: { 'content-encoding': 'gzip' } };
    case 'deflate':
      return { body: deflateSync(raw), headers: { 'content-encoding': 'deflate' } };
    case 'corrupt-gzip':
      return { body: Buffer.concat([gzipSync(raw).subarray(0, 10), raw]), headers: { 'content-encoding': 'gzip' } };
    default:
      // Declared but not applied: an encoding the hub does not read, or one that lies about the body.
      return { body: raw, headers: { 'content-encoding': request.encoding } };
  }
}

/** Keep-alive, a few sockets: the fuzz sends one request at a time, but a refused one may cost its socket. */
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

export interface Sent {
  headers: Record<string, string>;
  body?: Buffer;
}

/** Puts credentials, signature and encoding on a generated request and sends it as is (no URL normalisation). */
export function sendHostile(request: HostileRequest, target: Target): { sent: Sent; answer: Promise<Answer> } {
  const raw = request.body ?? '';
  const auth = authorization(request, target);
  const { body, headers: encodingHeaders } = encoded(request, Buffer.from(raw, 'utf8'));
  const headers: Record<string, string> = { ...request.headers, ...encodingHeaders, ...signature(request, target, raw), ...(auth ? { authorization: auth } : {}) };
  const sent = { headers, body: request.body === undefined ? undefined : body };
  const url = new URL(target.baseUrl);
  const answer = new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: request.method, path: request.path, agent, headers: { ...headers, ...(sent.body && !request.chunked ? { 'content-length': String(sent.body.length) } : {}) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('no answer within 30 s')));
    outgoing.on('error', reject);
    if (sent.body && request.chunked) {
      // Two chunks, so the server cannot take the first for the whole body.
      outgoing.write(sent.body.subarray(0, 1));
      outgoing.end(sent.body.subarray(1));
    } else outgoing.end(sent.body);
  });
  return { sent, answer };
}

export function closeSockets(): void {
  agent.destroy();
}
