import { attemptPageQuery } from './delivery-attempt-list.repository';

const ORDER = '0b6f3c1e-5d7a-4c1b-9f4e-2a8d6e9b1c3f';
const NONE = {};

describe('attemptPageQuery', () => {
  it("reads the partner's attempts newest first by (started_at, id), one more than the page", () => {
    const { sql, params } = attemptPageQuery('lac', NONE, { limit: 50 });
    expect(sql).toContain('WHERE a.partner_id = $1 AND d.partner_id = $1 ORDER BY a.started_at DESC, a.id DESC LIMIT $2');
    expect(params).toEqual(['lac', 51]);
  });

  it('adds a condition and a parameter for each filter asked for, and none for the others', () => {
    const from = new Date('2026-11-27T00:00:00Z');
    const to = new Date('2026-11-28T00:00:00Z');
    const { sql, params } = attemptPageQuery('aos', { orderId: ORDER, kind: 'order', outcome: 'failed', channel: 'push', from, to }, { limit: 10 });
    expect(sql).toContain(
      'WHERE a.partner_id = $1 AND d.partner_id = $1 AND d.order_id = $2 AND d.kind = $3 AND a.outcome = $4 AND a.channel = $5 AND a.started_at >= $6 AND a.started_at < $7 ORDER BY',
    );
    expect(params).toEqual(['aos', ORDER, 'order', 'failed', 'push', from, to, 11]);
    expect(attemptPageQuery('aos', { outcome: 'gone' }, { limit: 10 }).params).toEqual(['aos', 'gone', 11]);
  });

  it('continues strictly after the last attempt of the page before, to the microsecond', () => {
    const { sql, params } = attemptPageQuery('lac', { kind: 'review' }, { limit: 200, after: { startedAt: '2026-11-27T01:00:00.123456Z', id: '4182' } });
    expect(sql).toContain('AND (a.started_at, a.id) < (CAST($3 AS timestamptz), CAST($4 AS bigint)) ORDER BY a.started_at DESC, a.id DESC LIMIT $5');
    expect(params).toEqual(['lac', 'review', '2026-11-27T01:00:00.123456Z', '4182', 201]);
  });

  it('gives the sort instant back as text with its microseconds, for the next cursor', () => {
    expect(attemptPageQuery('lac', NONE, { limit: 1 }).sql).toContain(`to_char(a.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS keyset_at`);
  });
});
