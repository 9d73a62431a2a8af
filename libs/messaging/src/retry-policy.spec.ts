import { backoffDelayMs, PARTNER_DELIVERY_GIVE_UP_AFTER_MS, PARTNER_DELIVERY_POLICY, RETRY_POLICIES } from './retry-policy';

describe('retry policies', () => {
  it('grows each delay by the multiplier until the cap', () => {
    const policy = { maxAttempts: 6, initialBackoffMs: 100, maxBackoffMs: 1_000, multiplier: 3 };
    expect([1, 2, 3, 4].map((attempt) => backoffDelayMs(policy, attempt))).toEqual([100, 300, 900, 1_000]);
  });

  it('jitter only ever shortens a delay, by at most half', () => {
    expect(backoffDelayMs(PARTNER_DELIVERY_POLICY, 3, 0)).toBe(4_000);
    expect(backoffDelayMs(PARTNER_DELIVERY_POLICY, 3, 0.999)).toBeGreaterThanOrEqual(2_000);
  });

  it('keeps partner delivery patient: retries settle at the 10-minute cap and go on for days', () => {
    expect(backoffDelayMs(PARTNER_DELIVERY_POLICY, 50)).toBe(PARTNER_DELIVERY_POLICY.maxBackoffMs);
    expect(PARTNER_DELIVERY_GIVE_UP_AFTER_MS).toBeGreaterThanOrEqual(72 * 3600_000);
  });

  it('gives every consumed topic a finite policy, so poison messages end in the dead-letter topic', () => {
    for (const policy of Object.values(RETRY_POLICIES)) expect(policy.maxAttempts).toBeGreaterThan(1);
  });
});
