import { postSignedWebhook } from './partner-endpoint.client';
import { demoWebhookSecret } from './webhook-signature';

// A resolver that never answers, as one stuck behind other lookups in libuv's threads would seem to.
jest.mock('node:dns/promises', () => ({ lookup: () => new Promise(() => undefined) }));

describe('one attempt at a partner endpoint', () => {
  it('ends within its timeout even when the address check hangs, so it never outlives the claim of its delivery', async () => {
    const started = Date.now();
    const result = await postSignedWebhook('https://partner.example/hook', [demoWebhookSecret('lac')], 'msg_1', { a: 1 }, { timeoutMs: 200, refusePrivateAddresses: true });
    expect(result).toMatchObject({ outcome: 'unreachable', error: expect.stringContaining('unreachable') });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
