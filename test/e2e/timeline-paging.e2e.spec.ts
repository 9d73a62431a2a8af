import { Client } from 'pg';
import { type CaseTimelineV2, contractValidator } from '@hub/contracts';
import { eventually, testEnv } from '@hub/testing';
import { TimelineRepository } from '@apps/core/src/timeline/timeline.repository';
import { coreClient } from '../support/core-client';
import { repeated } from '../support/list-pages';
import { type RunningHub, startHub } from '../support/running-hub';

type Entry = CaseTimelineV2['entries'][number];

/**
 * A case's timeline a page at a time (a case with 300 orders had a 622 kB timeline), and, for the console's live view,
 * what was recorded after the place an answer gave: never an entry skipped, even one a slower transaction commits late.
 */
describe('the case timeline, paged and followed', () => {
  let hub: RunningHub;
  let caseId: string;
  let writer: Client;

  const read = async (query: Record<string, string>): Promise<CaseTimelineV2> => {
    const body = (await hub.as.coordinator.get(`/cases/${caseId}/timeline`).query(query).expect(200)).body as CaseTimelineV2;
    expect(contractValidator().validate('http/core/case-timeline.v2', body).ok).toBe(true);
    return body;
  };
  /** A partner's report as core records one, written straight to the table: 300 of them in a statement. */
  const insertEntries = (client: { query: (sql: string, params: unknown[]) => Promise<unknown> }, count: number, occurredAt: string, note: string) =>
    client.query(
      `INSERT INTO case_timeline (case_id, kind, note, actor, occurred_at)
       SELECT $1, 'partner_update', $3 || ' ' || n, 'partner:lac', $2::timestamptz + n * interval '1 minute' FROM generate_series(1, $4) AS n`,
      [caseId, occurredAt, note, count],
    );
  const entryIds = (entries: Entry[]) => entries.map((e) => e.entryId);
  const inOccurredOrder = (entries: Entry[]) =>
    entries.every((e, i) => i === 0 || entries[i - 1].occurredAt < e.occurredAt || (entries[i - 1].occurredAt === e.occurredAt && BigInt(entries[i - 1].entryId) < BigInt(e.entryId)));

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    caseId = (await coreClient(hub.as).openCase({ confirm: true })).caseId;
    await insertEntries(hub.dataSource, 300, '2026-11-20T03:00:00Z', '初動調査の進捗');
    writer = new Client({ connectionString: testEnv.databaseUrl });
    await writer.connect();
  });
  afterAll(async () => {
    await writer?.end();
    await hub?.stop();
  });

  it('gives 200 entries a page in the order things happened, every entry once, and one place to follow from on every page', async () => {
    const total = Number((await hub.dataSource.query('SELECT count(*) FROM case_timeline WHERE case_id = $1', [caseId]))[0].count);
    expect(total).toBeGreaterThan(300);
    const first = await read({});
    expect(first.entries).toHaveLength(200);
    expect(first.nextCursor).toEqual(expect.any(String));
    const seen = [...first.entries];
    let cursor = first.nextCursor;
    let added: Entry[] = [];
    while (cursor) {
      const page = await read({ cursor, limit: '40' });
      // Every page of one reading gives the place the first gave, so what is recorded meanwhile is not lost.
      expect(page.nextAfter).toBe(first.nextAfter);
      seen.push(...page.entries);
      cursor = page.nextCursor;
      if (added.length === 0) {
        // One entry at a place the reading has passed (a late report of what happened first), one still ahead of it.
        await insertEntries(hub.dataSource, 1, '2026-11-20T00:00:00Z', '遅れて届いた報告');
        await insertEntries(hub.dataSource, 1, '2026-11-30T00:00:00Z', '最終報告');
        added = (await read({ after: first.nextAfter })).entries;
      }
    }
    expect(repeated(entryIds(seen))).toEqual([]);
    expect(inOccurredOrder(seen)).toBe(true);
    expect(seen).toHaveLength(total + 1);
    expect(added.map((e) => e.note)).toEqual(['遅れて届いた報告 1', '最終報告 1']);
    // The one at a place already passed came only through after; the other through both, under one entryId.
    expect(entryIds(seen)).not.toContain(added[0].entryId);
    expect(entryIds(seen)).toContain(added[1].entryId);
  });

  it('gives what was recorded after a place, in the order recorded, and nothing again once caught up', async () => {
    const start = (await read({ limit: '1' })).nextAfter;
    const issued = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: '追加調査', estimateYen: 500_000 }).expect(201)).body;
    await insertEntries(hub.dataSource, 3, '2026-11-21T00:00:00Z', '追加の報告');
    const since = await eventually(async () => {
      const answer = await read({ after: start });
      return answer.entries.length === 4 && answer;
    }, { what: 'four entries recorded since' });
    expect(since.entries[0]).toMatchObject({ kind: 'order_issued', orderId: issued.orderId });
    expect(since.entries.slice(1).map((e) => e.note)).toEqual(['追加の報告 1', '追加の報告 2', '追加の報告 3']);
    expect(since.nextCursor).toBeNull();
    expect((await read({ after: since.nextAfter })).entries).toEqual([]);
    // A small page: the rest follows its cursor, in the same order.
    const two = await read({ after: start, limit: '2' });
    const rest = await read({ cursor: two.nextCursor as string });
    expect(entryIds([...two.entries, ...rest.entries])).toEqual(entryIds(since.entries));
  });

  it('holds back what a later transaction recorded until an earlier one still writing has committed, and then gives both', async () => {
    const start = (await read({ limit: '1' })).nextAfter;
    await writer.query('BEGIN');
    await insertEntries(writer, 1, '2026-11-22T00:00:00Z', '先に書き始めた報告');
    await insertEntries(hub.dataSource, 1, '2026-11-22T00:05:00Z', '先に確定した報告');
    // The later one is committed and visible, but giving it now would put the place past the earlier one for good.
    const meanwhile = await read({ after: start });
    expect(meanwhile.entries).toEqual([]);
    await writer.query('COMMIT');
    const both = await eventually(async () => {
      const answer = await read({ after: meanwhile.nextAfter });
      return answer.entries.length === 2 && answer;
    }, { what: 'both entries after the commit' });
    expect(both.entries.map((e) => e.note)).toEqual(['先に書き始めた報告 1', '先に確定した報告 1']);
  });

  it('gives a count again when it is brought up to date, under the same entryId', async () => {
    const counts = hub.nest.core!.get(TimelineRepository);
    const count = { caseId, kind: 'deliverables_counted', actor: 'partner:eltes', occurredAt: new Date('2026-11-21T05:00:00Z'), eventId: `count-${caseId}` };
    await counts.upsertCount(hub.dataSource.manager, { ...count, note: 'monitoring_alert 120件' });
    const start = (await read({ limit: '1' })).nextAfter;
    const before = await eventually(async () => (await read({ limit: '1000' })).entries.find((e) => e.kind === 'deliverables_counted'), { what: 'the count' });
    await counts.upsertCount(hub.dataSource.manager, { ...count, note: 'monitoring_alert 480件' });
    const again = await eventually(async () => {
      const answer = await read({ after: start });
      return answer.entries.length === 1 && answer;
    }, { what: 'the count brought up to date' });
    expect(again.entries[0]).toMatchObject({ entryId: before.entryId, note: 'monitoring_alert 480件' });
  });

  it('refuses what it cannot read, naming the parameter', async () => {
    const casesCursor = (await hub.as.coordinator.get('/cases').query({ limit: '1' }).expect(200)).body.nextCursor as string;
    const { nextAfter } = await read({ limit: '1' });
    const refusals: [Record<string, string>, string][] = [
      [{ limit: '0' }, 'limit'],
      [{ limit: '1001' }, 'limit'],
      [{ cursor: casesCursor }, 'cursor'],
      [{ after: '42' }, 'after'],
      [{ after: nextAfter, cursor: nextAfter }, 'after'],
      [{ since: '2026-11-20T00:00:00Z' }, 'since'],
    ];
    for (const [query, field] of refusals) {
      const answer = await hub.as.coordinator.get(`/cases/${caseId}/timeline`).query(query);
      expect({ query, status: answer.status, fields: (answer.body.issues as { field: string }[]).map((i) => i.field) }).toEqual({ query, status: 400, fields: [field] });
    }
    await hub.as.coordinator.get('/cases/00000000-0000-4000-8000-000000000000/timeline').expect(404);
  });
});
