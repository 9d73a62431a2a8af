import { type RunningHub, startHub } from '../support/running-hub';

/**
 * Behind an ingress every request arrives from the ingress's address: with HUB_TRUSTED_PROXIES naming it, the rate limit
 * per address counts each caller by the address the proxy forwarded (X-Forwarded-For), so one noisy caller does not use
 * up everyone's budget. (That X-Forwarded-For is ignored when no proxy is trusted is in edge-limits.security.spec.ts.)
 */
describe('the HTTP edge behind a trusted proxy', () => {
  let hub: RunningHub;
  const base = Number(process.env.TEST_PORT_BASE ?? 3100) + 25;

  beforeAll(async () => {
    hub = await startHub({
      apps: ['core'],
      ports: { core: base, adapter: base + 1, sim: base + 2 },
      env: { RATE_LIMIT_IP_PER_MINUTE: '40', HUB_TRUSTED_PROXIES: '127.0.0.1' },
    });
  });
  afterAll(() => hub?.stop());

  it('counts each forwarded caller on its own', async () => {
    let limitedAt = 0;
    for (let i = 1; i <= 45 && !limitedAt; i++) {
      const response = await hub.as.anonymous.get('/health').set('x-forwarded-for', '203.0.113.7');
      if (response.status === 429) limitedAt = i;
      else expect(response.status).toBe(200);
    }
    expect(limitedAt).toBe(41);
    // Another caller behind the same proxy has its own budget; the first is still refused.
    await hub.as.anonymous.get('/health').set('x-forwarded-for', '203.0.113.8').expect(200);
    const refused = await hub.as.anonymous.get('/health').set('x-forwarded-for', '203.0.113.7').expect(429);
    expect(refused.body).toMatchObject({ error: 'rate_limited' });
  });
});
