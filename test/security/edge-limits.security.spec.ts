import { request as httpRequest } from 'node:http';
import { leakReport } from '../support/demo-requests';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * OWASP API4:2023 (unrestricted resource consumption) and API8 (misconfiguration) at the HTTP edge: rates per address and
 * per client, body sizes per route, JSON only (a plain HTML form cannot post), Host checked, oversized headers answered in
 * the error shape. Core runs with small limits of its own here, on ports of its own.
 */
describe('the HTTP edge', () => {
  let hub: RunningHub;
  const base = Number(process.env.TEST_PORT_BASE ?? 3100) + 20;

  beforeAll(async () => {
    hub = await startHub({
      apps: ['core'],
      ports: { core: base, adapter: base + 1, sim: base + 2 },
      // startHub fetches six partner tokens first: the token budget leaves room for this file's own attempts.
      env: { RATE_LIMIT_IP_PER_MINUTE: '120', RATE_LIMIT_CLIENT_PER_MINUTE: '20', RATE_LIMIT_TOKEN_PER_MINUTE: '10' },
    });
  });
  afterAll(() => hub?.stop());

  it('refuses a Host it does not answer for (DNS rebinding), and answers loopback names', async () => {
    const refused = await hub.as.claims.get('/policies/CL-X').set('host', 'attacker.example').expect(421);
    expect(refused.body).toMatchObject({ error: 'host_not_allowed', issues: [{ field: 'host' }] });
    await hub.as.claims.get('/policies/CL-X').set('host', `localhost:${base}`).expect(404);
  });

  it('takes JSON only: a plain form post (what a cross-site page can send) and text are 415, and change nothing', async () => {
    const form = await hub.as.coordinator.post('/cases').type('form').send({ policyNumber: 'CL-1' }).expect(415);
    expect(form.body).toMatchObject({ error: 'unsupported_media_type', issues: [{ field: 'content-type', reason: 'must be application/json' }] });
    await hub.as.coordinator.post('/cases').set('content-type', 'text/plain').send('{}').expect(415);
  });

  it('bounds bodies per route: 64 kB for a case report, 1 MB for an invoice', async () => {
    const report = leakReport('CL-NONE');
    const big = { ...report, incident: { ...report.incident, summary: 'x'.repeat(70 * 1024) } };
    const refused = await hub.as.coordinator.post('/cases').send(big).expect(413);
    expect(refused.body).toMatchObject({ error: 'payload_too_large', issues: [{ field: '(body)', reason: 'must be at most 65536 bytes' }] });
    const invoice = await hub.as.partner.lac.post('/invoices').send({ note: 'x'.repeat(200 * 1024) });
    expect(invoice.status).toBe(400);
  });

  it('asks a body of unannounced length (chunked) for its length, so the size limit holds before anything is read', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: base, path: '/cases', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', authorization: `Bearer ${hub.tokens.staff.coordinator}` } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write('{"policyNumber":');
      req.end('"CL-1"}');
    });
    expect(answer.status).toBe(411);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'length_required', issues: [{ field: 'content-length' }] });
  });

  it('answers headers larger than the server takes with 431 in the error shape', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: base, path: '/health', headers: { 'x-padding': 'x'.repeat(20_000) } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toMatchObject({ statusCode: 431, error: 'headers_too_large' });
  });

  it('limits each client per minute with 429 and Retry-After, while others go on', async () => {
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 25 && !limited; i++) {
      const response = await hub.as.auditor.get('/audit-log').query({ limit: '1' });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(limited?.body).toMatchObject({ statusCode: 429, error: 'rate_limited' });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await hub.as.finance.get('/payouts').query({ state: 'paid', caseId: '00000000-0000-4000-8000-000000000000' }).expect(200);
  });

  it('limits token requests from one address, where secrets would be guessed', async () => {
    let limitedAt = 0;
    for (let attempt = 1; attempt <= 12 && !limitedAt; attempt++) {
      const response = await hub.as.anonymous.post('/oauth/token').type('form').send({ grant_type: 'client_credentials', client_id: 'lac-demo', client_secret: `guess-${attempt}` });
      if (response.status === 429) limitedAt = attempt;
      else expect(response.status).toBe(401);
    }
    expect(limitedAt).toBeGreaterThan(0);
    expect(limitedAt).toBeLessThanOrEqual(10);
  });

  it('limits each address per minute, whoever it signs in as, and believes no X-Forwarded-For unless told to', async () => {
    let limited;
    for (let i = 0; i < 130 && !limited; i++) {
      // A caller naming another address each time is still one address: no proxy is trusted (HUB_TRUSTED_PROXIES unset).
      const response = await hub.as.anonymous.get('/health').set('x-forwarded-for', `198.51.100.${i % 250}`);
      if (response.status === 429) limited = response;
    }
    expect(limited?.body).toMatchObject({ error: 'rate_limited', message: expect.stringContaining('your address') });
    expect(limited?.headers['retry-after']).toEqual(expect.any(String));
  });
});
