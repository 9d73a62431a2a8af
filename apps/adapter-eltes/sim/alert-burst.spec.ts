import { contractValidator } from '@hub/contracts';
import { normalisePostUrl } from '../src/post-url';
import { alertBurst } from './alert-burst';

const options = { requestId: '5e0c7b1a-2d3f-4a6b-8c9d-0e1f2a3b4c5d', total: 3_000, batchSize: 1_000, repeatShare: 0.3, urgentShare: 0.01, seed: 42, startAt: new Date('2026-11-20T03:00:00Z') };

describe('alertBurst: what Eltes sends when a story breaks', () => {
  const burst = alertBurst(options);
  const alerts = burst.batches.flatMap((b) => b.alerts);

  it('sends the alerts asked for, in batches, with exactly the share of repeats asked for', () => {
    expect(burst.batches.map((b) => b.alerts.length)).toEqual([1_000, 1_000, 1_000]);
    expect(burst.posts).toHaveLength(2_100);
    expect(burst.repeatsWithinBatch + burst.repeatsAcrossBatches).toBe(900);
    expect(burst.repeatsWithinBatch).toBeGreaterThan(0);
    expect(burst.repeatsAcrossBatches).toBeGreaterThan(0);
    expect(burst.repeatsInAnotherForm).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => a.alertId)).size).toBe(3_000);
  });

  it('speaks Eltes\'s contract', () => {
    const validator = contractValidator();
    for (const batch of burst.batches) expect(validator.validate('partners/eltes/alert-batch.v1', batch)).toMatchObject({ ok: true });
  });

  it('links each post in forms that are one post to the hub, and different posts never meet', () => {
    const postOf = new Map(burst.posts.map((p) => [normalisePostUrl(p.url), p]));
    expect(postOf.size).toBe(2_100);
    const seen = alerts.map((a) => postOf.get(normalisePostUrl(a.postUrl)));
    expect(seen.every((p) => p !== undefined)).toBe(true);
    // Repeats keep the post's risk level: the analysts judged the post, not the link.
    expect(alerts.every((a, i) => a.riskLevel === seen[i]?.riskLevel)).toBe(true);
    expect(alerts.filter((a) => !burst.posts.some((p) => p.url === a.postUrl))).toHaveLength(burst.repeatsInAnotherForm);
  });

  it('is the same burst for the same seed, another for another', () => {
    expect(alertBurst(options)).toEqual(burst);
    expect(alertBurst({ ...options, seed: 43 }).batches[0].alerts.map((a) => a.postUrl)).not.toEqual(burst.batches[0].alerts.map((a) => a.postUrl));
  });
});
