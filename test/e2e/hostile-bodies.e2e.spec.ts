import { brotliCompressSync, gzipSync } from 'node:zlib';
import { demoWebhookSecret, signWebhook } from '@hub/adapter-kit';
import { contractValidator } from '@hub/contracts';
import { bearer } from '../support/callers';
import { RunningHub, startHub } from '../support/running-hub';

/**
 * Bodies an attacker would send (issue 8): nested thousands of levels deep, or compressed badly or in an encoding the
 * hub does not take. Each gets a 4xx in the hub's error shape, never a 500, on core and on a partner-facing adapter
 * route alike — sent with valid credentials, so it is the body that is refused and not the caller, and without any.
 */
describe('hostile request bodies', () => {
  let hub: RunningHub;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac'] });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /**
   * Each route with a caller it takes: core's POST /policies as the claims handler, LAC's callbacks with LAC's bearer
   * token, signed as LAC signs (core ignores the signature). So a refusal there is the body's, not the credentials'.
   */
  const routes = () => [
    { url: `${hub.coreUrl}/policies`, credentials: (_body: Buffer | string) => bearer(hub.tokens.staff.claims) },
    {
      url: `${hub.adapterUrl}/lac/v2/callbacks`,
      credentials: (body: Buffer | string) => ({
        ...bearer(hub.tokens.partner.lac),
        ...signWebhook(demoWebhookSecret('lac'), `msg_hostile_${Date.now()}`, Math.floor(Date.now() / 1000), body.toString()),
      }),
    },
  ];
  const post = async (url: string, body: Buffer | string, headers: Record<string, string>) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const hostileBodies = (): { what: string; body: Buffer | string; headers: Record<string, string> }[] => {
    const valid = gzipSync(Buffer.from('{"a":1}'));
    return [
      { what: 'nested 3,000 levels deep', body: `${'['.repeat(3_000)}${']'.repeat(3_000)}`, headers: {} },
      { what: 'corrupt gzip', body: Buffer.concat([valid.subarray(0, 10), Buffer.from('not really gzip at all')]), headers: { 'content-encoding': 'gzip' } },
      { what: 'corrupt deflate', body: Buffer.from('definitely not deflate'), headers: { 'content-encoding': 'deflate' } },
      { what: 'brotli', body: brotliCompressSync(Buffer.from('{}')), headers: { 'content-encoding': 'br' } },
    ];
  };
  const isErrorShape = (body: unknown) => contractValidator().validate('http/common/error.v1', body).ok;

  it('refuses JSON nested thousands of levels deep (6 kB) with 400 naming the body, not a stack overflow', async () => {
    const deep = `${'['.repeat(3_000)}${']'.repeat(3_000)}`;
    for (const { url, credentials } of routes()) {
      const answer = await post(url, deep, credentials(deep));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: 'body_too_deep', issues: [{ field: '(body)', reason: 'nests deeper than 32 levels' }] });
      expect(isErrorShape(answer.body)).toBe(true);
    }
  });

  it('refuses a corrupt gzip or deflate body with 400, and an encoding it does not take (brotli) with 415', async () => {
    const valid = gzipSync(Buffer.from('{"a":1}'));
    const corrupt = Buffer.concat([valid.subarray(0, 10), Buffer.from('not really gzip at all')]);
    for (const { url, credentials } of routes()) {
      const gzip = await post(url, corrupt, { ...credentials(corrupt), 'content-encoding': 'gzip' });
      expect(gzip.status).toBe(400);
      expect(gzip.body).toMatchObject({ error: 'malformed_body' });
      expect(isErrorShape(gzip.body)).toBe(true);
      const notDeflate = Buffer.from('definitely not deflate');
      const deflate = await post(url, notDeflate, { ...credentials(notDeflate), 'content-encoding': 'deflate' });
      expect(deflate.status).toBe(400);
      const compressed = brotliCompressSync(Buffer.from('{}'));
      const brotli = await post(url, compressed, { ...credentials(compressed), 'content-encoding': 'br' });
      expect(brotli.status).toBe(415);
      expect(brotli.body).toMatchObject({ error: 'unsupported_encoding' });
      expect(isErrorShape(brotli.body)).toBe(true);
    }
  });

  it('refuses JSON that does not parse as malformed_body naming the body, without echoing what it could not read', async () => {
    for (const { url, credentials } of routes()) {
      const broken = '{"policyNumber": \u2261\u318a';
      const answer = await post(url, broken, credentials(broken));
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ statusCode: 400, error: 'malformed_body', message: 'The body is not valid JSON', issues: [{ field: '(body)', reason: 'is not valid JSON' }] });
    }
  });

  it('holds the route limit on the body as read: a 1 kB gzip that inflates to 900 kB is 413 on a 64 kB route', async () => {
    const bomb = gzipSync(Buffer.from(JSON.stringify({ policyNumber: 'x'.repeat(900_000) })));
    expect(bomb.length).toBeLessThan(2_000);
    const answer = await post(`${hub.coreUrl}/policies`, bomb, { authorization: `Bearer ${hub.tokens.staff.claims}`, 'content-encoding': 'gzip' });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ error: 'payload_too_large' });
  });

  it('answers each of them with a 4xx, never a 500, when the caller sends no credentials at all', async () => {
    for (const url of routes().map((r) => r.url)) {
      for (const { what, body, headers } of hostileBodies()) {
        const answer = await post(url, body, headers);
        expect({ url, what, status: answer.status >= 400 && answer.status < 500 }).toEqual({ url, what, status: true });
        expect(isErrorShape(answer.body)).toBe(true);
      }
    }
  });
});
