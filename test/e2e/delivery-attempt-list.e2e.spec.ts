import { randomUUID } from 'node:crypto';
import { attemptPageQuery, type DeliveryOutcome } from '@hub/adapter-kit';
import { contractValidator, type DeliveryAttemptListV4 } from '@hub/contracts';
import type { Callers } from '../support/callers';
import { readAllPages, repeated } from '../support/list-pages';
import { type RecordedAttempt, recordDelivery } from '../support/recorded-attempts';
import { type RunningHub, startHub } from '../support/running-hub';

type Listed = DeliveryAttemptListV4['attempts'][number];
/** A recorded attempt with the order it was written in: ids are drawn in that order, so ties on startedAt sort by it. */
type Written = RecordedAttempt & { seq: number };

const keyOf = (a: { orderId: string; kind: string; attemptNo: number }) => `${a.orderId}|${a.kind}|${a.attemptNo}`;
const listedKey = (a: Listed) => keyOf({ orderId: a.orderId, kind: a.kind, attemptNo: a.attempt.attemptNo });
/** As the list must give them: newest first, ties by id (the order they were written), both descending. */
const newestFirst = (rows: Written[]) => [...rows].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || b.seq - a.seq).map(keyOf);

/**
 * GET /deliveries on a partner's adapter lists the partner's attempts newest first, filtered and a page at a time
 * (issue 10). Attempts are written through the kit's own repository at instants of a past hour no real delivery has,
 * so every read is narrowed to that hour and other files' deliveries never count; LAC's and AOS's share the instants.
 */
describe("an adapter's delivery attempts, a page at a time", () => {
  let hub: RunningHub;
  let lac: Callers;
  let aos: Callers;
  const base = Date.UTC(2020, 0, 1) + Math.floor(Math.random() * 365) * 86_400_000;
  const at = (seconds: number) => new Date(base + seconds * 1_000);
  const hour = { from: at(0).toISOString(), to: at(3_600).toISOString() };
  const written: Written[] = [];
  const aosWritten: Written[] = [];
  let seq = 0;
  const write = async (into: Written[], ...args: Parameters<typeof recordDelivery>) => {
    for (const attempt of await recordDelivery(...args)) into.push({ ...attempt, seq: seq++ });
  };
  const lacOrders: string[] = [];
  const aosOrders: string[] = [];

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac', 'adapter-aos'] });
    lac = hub.adapterAs;
    aos = hub.adapters.aos.as;
    // Every three attempts share an instant, so pages end inside ties and only the id keeps the order stable.
    let tick = 0;
    const next = () => at(1 + Math.floor(tick++ / 3));
    const pushes: DeliveryOutcome[] = ['unreachable', 'failed', 'overloaded', 'delivered'];
    for (let i = 0; i < 20; i += 1) {
      const orderId = randomUUID();
      lacOrders.push(orderId);
      await write(written, hub.dataSource, 'lac', orderId, 'order', pushes.map((outcome) => ({ startedAt: next(), outcome })));
      if (i < 10) await write(written, hub.dataSource, 'lac', orderId, 'cancellation', [{ startedAt: next(), outcome: 'delivered', channel: i < 5 ? 'poll' : 'push' }]);
      if (i < 5) await write(written, hub.dataSource, 'lac', orderId, 'review', [{ startedAt: next(), outcome: 'refused' }]);
    }
    for (let i = 0; i < 10; i += 1) {
      const orderId = randomUUID();
      aosOrders.push(orderId);
      await write(aosWritten, hub.dataSource, 'aos', orderId, 'order', [1, 2, 3].map((s) => ({ startedAt: at(i + s), outcome: s === 3 ? 'delivered' : 'unreachable' })));
    }
  }, 120_000);
  afterAll(() => hub?.stop());

  const readAll = (agent: Callers[keyof Callers], query: Record<string, string | undefined>, between?: (page: number) => Promise<void>) => {
    const given = Object.fromEntries(Object.entries({ ...hour, ...query }).filter((e): e is [string, string] => e[1] !== undefined));
    return readAllPages<Listed>(agent as Callers['operator'], '/deliveries', 'attempts', given, between);
  };

  it('pages through every attempt once, newest first, also while attempts are recorded between pages', async () => {
    const lateOrders = [randomUUID(), randomUUID()];
    let older: Written[] = [];
    let newer: Written[] = [];
    const { rows, pages } = await readAll(lac.operator, { limit: '7' }, async (page) => {
      if (page !== 2) return;
      // One started before the place the reading has reached (it is still ahead of it), one after (behind it).
      const before = written.length;
      await write(written, hub.dataSource, 'lac', lateOrders[0], 'order', [{ startedAt: at(1), outcome: 'delivered' }]);
      await write(written, hub.dataSource, 'lac', lateOrders[1], 'order', [{ startedAt: at(3_000), outcome: 'delivered' }]);
      [older, newer] = [written.slice(before, before + 1), written.slice(before + 1)];
    });
    expect(pages).toBe(Math.ceil((written.length - 1) / 7));
    const keys = rows.map(listedKey);
    expect(repeated(keys)).toEqual([]);
    expect(repeated(rows.map((r) => r.attemptId))).toEqual([]);
    expect(keys).toEqual(newestFirst(written.filter((w) => !newer.includes(w))));
    expect(keys).toContain(keyOf(older[0]));
    // Read again from the top, the one recorded behind the reading comes first.
    const again = await readAll(lac.auditor, { limit: '200' });
    expect(again.rows.map(listedKey)).toEqual(newestFirst(written));
    expect(again.rows[0].orderId).toBe(lateOrders[1]);
    // The ids the answer gives are the order too, after startedAt.
    const ordered = again.rows.every((r, i) => i === 0 || again.rows[i - 1].attempt.startedAt > r.attempt.startedAt || BigInt(again.rows[i - 1].attemptId) > BigInt(r.attemptId));
    expect(ordered).toBe(true);
  });

  it('answers pages that end where the list does: no empty page after a full one', async () => {
    const { rows, pages } = await readAll(lac.coordinator, { kind: 'order', outcome: 'unreachable', limit: '10' });
    expect(rows).toHaveLength(20);
    expect(pages).toBe(2);
  });

  // Each case's query and what it keeps are functions: this run's orders and hour exist only once beforeAll has run.
  it.each<[string, () => Record<string, string>, (w: Written) => boolean]>([
    ['an order', () => ({ orderId: lacOrders[0] }), (w) => w.orderId === lacOrders[0]],
    ["an order's cancellation", () => ({ orderId: lacOrders[0], kind: 'cancellation' }), (w) => w.orderId === lacOrders[0] && w.kind === 'cancellation'],
    ['a kind', () => ({ kind: 'review' }), (w) => w.kind === 'review'],
    ['an outcome', () => ({ outcome: 'unreachable' }), (w) => w.outcome === 'unreachable'],
    ['a channel', () => ({ channel: 'poll' }), (w) => w.channel === 'poll'],
    ['a kind and an outcome', () => ({ kind: 'order', outcome: 'delivered' }), (w) => w.kind === 'order' && w.outcome === 'delivered'],
    [
      'a range, from inclusive and to exclusive',
      () => ({ from: at(10).toISOString(), to: at(20).toISOString() }),
      (w) => Date.parse(w.startedAt) >= at(10).getTime() && Date.parse(w.startedAt) < at(20).getTime(),
    ],
  ])('narrows to %s', async (_what, query, keeps) => {
    const { rows } = await readAll(lac.operator, { ...query(), limit: '5' });
    const expected = newestFirst(written.filter(keeps));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map(listedKey)).toEqual(expected);
  });

  it("lists only the adapter's own partner's attempts", async () => {
    const lacRows = (await readAll(lac.operator, { limit: '200' })).rows;
    expect(lacRows.filter((r) => aosOrders.includes(r.orderId))).toEqual([]);
    const aosRows = (await readAll(aos.operator, { limit: '4' })).rows;
    expect(aosRows.map(listedKey)).toEqual(newestFirst(aosWritten));
    const answer = (await lac.operator.get('/deliveries').query({ orderId: aosOrders[0] }).expect(200)).body as DeliveryAttemptListV4;
    expect(answer).toEqual({ partnerId: 'lac', attempts: [], nextCursor: null });
    expect((await aos.auditor.get('/deliveries').query({ orderId: lacOrders[0] }).expect(200)).body).toEqual({ partnerId: 'aos', attempts: [], nextCursor: null });
    // A partner reads no one's record, its own included.
    for (const agent of [lac.partner.lac, lac.partner.aos, aos.partner.aos]) expect((await agent.get('/deliveries').expect(403)).body.error).toBe('forbidden');
  });

  it("keeps the console's call working: limit=200, each attempt's outcome and duration where they were", async () => {
    const answer = (await lac.coordinator.get('/deliveries?limit=200').expect(200)).body as DeliveryAttemptListV4;
    expect(contractValidator().validate('http/adapter/delivery-attempts.v4', answer)).toMatchObject({ ok: true });
    expect(answer.attempts.length).toBeGreaterThan(0);
    expect(answer.attempts.length).toBeLessThanOrEqual(200);
    for (const { attempt } of answer.attempts) expect([typeof attempt.outcome, typeof attempt.durationMs]).toEqual(['string', 'number']);
    const page = (await lac.operator.get('/deliveries').expect(200)).body as DeliveryAttemptListV4;
    expect(page.attempts.length).toBeLessThanOrEqual(50);
  });

  const cursorOf = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const NOT_OURS = { field: 'cursor', reason: 'must be a nextCursor this API returned' };
  it.each<[string, Record<string, string | string[]>, { field: string; reason: string }]>([
    ['a misspelt filter', { outcomes: 'failed' }, { field: 'outcomes', reason: 'is not allowed' }],
    ['a filter given twice', { kind: ['order', 'review'] }, { field: 'kind', reason: 'must be a string' }],
    ['an outcome there is not', { outcome: 'timeout' }, { field: 'outcome', reason: 'must be one of: delivered, overloaded, failed, refused, unreachable, gone' }],
    ['a channel there is not', { channel: 'webhook' }, { field: 'channel', reason: 'must be one of: push, poll' }],
    ['an order id that is not a UUID', { orderId: 'LAC-2026-000123' }, { field: 'orderId', reason: 'must be a UUID' }],
    ['a date without a time', { from: '2026-11-27' }, { field: 'from', reason: 'must be a date-time (ISO-8601)' }],
    ['to not after from', { from: '2026-11-27T09:00:00+09:00', to: '2026-11-27T00:00:00Z' }, { field: 'to', reason: 'must be later than from' }],
    ['the old maximum, 500', { limit: '500' }, { field: 'limit', reason: 'must be a whole number from 1 to 200' }],
    ['a limit of 0', { limit: '0' }, { field: 'limit', reason: 'must be a whole number from 1 to 200' }],
    ['a cursor it did not make', { cursor: 'bm9wZQ' }, NOT_OURS],
    ["another list's cursor", { cursor: cursorOf('cases1:2026-11-20T02:00:00.123456Z|7d9f6a1e-4b2c-4f3d-8e5a-0c1b2d3e4f50') }, NOT_OURS],
    ['a cursor with an id beyond any attempt', { cursor: cursorOf('deliveryAttempts1:2026-11-27T01:00:00.123456Z|99999999999999999999') }, NOT_OURS],
  ])('refuses %s with 400 naming the field', async (_what, query, issue) => {
    const answer = await lac.operator.get('/deliveries').query(query).expect(400);
    expect(answer.body).toMatchObject({ statusCode: 400, error: 'validation_failed' });
    // A repeated parameter arrives as a list, which its contract also words as a value it does not take: every issue names it.
    expect(answer.body.issues).toContainEqual(issue);
    expect(answer.body.issues.map((i: { field: string }) => i.field)).toEqual(answer.body.issues.map(() => issue.field));
  });

  it('pages on its index, in its order, without sorting', async () => {
    const { sql, params } = attemptPageQuery('lac', { outcome: 'delivered' }, { limit: 50, after: { startedAt: at(30).toISOString().replace('Z', '000Z'), id: '1' } });
    const plan = await hub.dataSource.transaction(async (tx) => {
      // Few rows make a sequential scan cheapest; the question here is what the index can serve.
      await tx.query('SET LOCAL enable_seqscan = off');
      await tx.query('SET LOCAL enable_sort = off');
      await tx.query('SET LOCAL enable_incremental_sort = off');
      return JSON.stringify(await tx.query(`EXPLAIN (FORMAT JSON) ${sql}`, params));
    });
    expect(plan).toContain('"Index Name":"delivery_attempts_partner_page_idx"');
    expect(plan).not.toMatch(/"Node Type":"(Incremental )?Sort"/);
  });
});
