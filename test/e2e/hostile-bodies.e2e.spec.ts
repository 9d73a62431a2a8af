import { brotliCompressSync, gzipSync } from 'node:zlib';
import { demoWebhookSecret, signWebhook } from '@hub/adapter-kit';
import { contractValidator } from '@hub/contracts';
import { RunningHub, startHub } from '../support/running-hub';

/**
 * Bodies an attacker would send before any credentials are asked for (issue 8): nested thousands of levels deep, or
 * compressed badly or in an encoding the hub does not take. Each gets a 4xx in the hub's error shape, never a 500,
 * on core and on a partner-facing adapter route alike.
 */
describe('hostile request bodies', () => {
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac'] });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const routes = () => [`${hub.coreUrl}/policies`, `${hub.adapterUrl}/lac/v2/callbacks`];
  /** Signed as LAC signs, so the adapter reads the body rather than refusing the caller first (core ignores it). */
  const send = async (url: string, body: Buffer | string, headers: Record<string, string> = {}) => {
    const signature = signWebhook(demoWebhookSecret('lac'), `msg_hostile_${Date.now()}`, Math.floor(Date.now() / 1000), body.toString());
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signature, ...headers }, body });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const isErrorShape = (body: unknown) => contractValidator().validate('http/common/error.v1', body).ok;

  it('refuses JSON nested thousands of levels deep (6 kB) with 400 naming the body, not a stack overflow', async () => {
    const deep = `${'['.repeat(3_000)}${']'.repeat(3_000)}`;
    for (const url of routes()) {
      const answer = await send(url, deep);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'body_too_deep', issues: [{ field: '(body)', reason: 'nests deeper than 32 levels' }] });
      expect(isErrorShape(answer.body)).toBe(true);
    }
  });

  it('refuses a corrupt gzip or deflate body with 400, and an encoding it does not take (brotli) with 415', async () => {
    const valid = gzipSync(Buffer.from('{"a":1}'));
    const corrupt = Buffer.concat([valid.subarray(0, 10), Buffer.from('not really gzip at all')]);
    for (const url of routes()) {
      const gzip = await send(url, corrupt, { 'content-encoding': 'gzip' });
      expect(gzip.status).toBe(400);
      expect(gzip.body).toMatchObject({ error: 'malformed_body' });
      expect(isErrorShape(gzip.body)).toBe(true);
      const deflate = await send(url, Buffer.from('definitely not deflate'), { 'content-encoding': 'deflate' });
      expect(deflate.status).toBe(400);
      const brotli = await send(url, brotliCompressSync(Buffer.from('{}')), { 'content-encoding': 'br' });
      expect(brotli.status).toBe(415);
      expect(brotli.body).toMatchObject({ error: 'unsupported_encoding' });
      expect(isErrorShape(brotli.body)).toBe(true);
    }
  });
});
