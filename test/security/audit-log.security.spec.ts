import { eventually } from '@hub/testing';
import { coreClient } from '../support/core-client';
import { litePolicy } from '../support/demo-requests';
import { type RunningHub, startHub } from '../support/running-hub';

/** Every state-changing request by a person or partner lands in the append-only audit log, readable by auditors. */
describe('the audit log', () => {
  let hub: RunningHub;
  let since: string;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    since = new Date(Date.now() - 1000).toISOString();
  });
  afterAll(() => hub?.stop());

  type Entry = { actor: string; actorKind: string; actorName: string; roles: string[]; action: string; target: string; outcomeStatus: number; outcomeCode: string | null; sourceIp: string; correlationId: string | null };
  const entriesOf = async (actor: string): Promise<Entry[]> =>
    (await hub.as.auditor.get('/audit-log').query({ actor, since }).expect(200)).body.entries as Entry[];

  it('records who did what, from where and how it ended — refused attempts included — and not reads', async () => {
    const core = coreClient(hub.as);
    const policy = litePolicy();
    await hub.as.claims.post('/policies').set('x-correlation-id', 'audit-test-1').send(policy).expect(201);
    await hub.as.claims.get(`/policies/${policy.policyNumber}`).expect(200);
    const { caseId } = await core.openCase({ confirm: false });
    await hub.as.otherCoordinator.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'denied', reason: 'not mine to decide' }).expect(403);

    const claims = await eventually(async () => {
      const entries = await entriesOf('staff:tanaka.claims');
      return entries.some((e) => e.correlationId === 'audit-test-1') ? entries : undefined;
    }, { what: 'the policy registration in the audit log' });
    expect(claims.find((e) => e.correlationId === 'audit-test-1')).toMatchObject({
      actorKind: 'staff',
      actorName: '田中 健一',
      roles: ['claims_handler'],
      action: 'POST /policies',
      target: '/policies',
      outcomeStatus: 201,
      outcomeCode: null,
      sourceIp: expect.stringMatching(/127\.0\.0\.1/),
    });
    expect(claims.some((e) => e.action.startsWith('GET '))).toBe(false);

    const refused = await eventually(async () => (await entriesOf('staff:kimura.coordinator')).find((e) => e.outcomeStatus === 403), { what: 'the refused attempt' });
    expect(refused).toMatchObject({ action: 'POST /cases/:caseId/coverage-decision', target: `/cases/${caseId}/coverage-decision`, outcomeCode: 'forbidden' });
  });

  it('pages with a cursor, and refuses a cursor it did not make', async () => {
    const first = await hub.as.auditor.get('/audit-log').query({ since, limit: '1' }).expect(200);
    expect(first.body.entries).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await hub.as.auditor.get('/audit-log').query({ since, limit: '1', cursor: first.body.nextCursor }).expect(200);
    expect(Number(second.body.entries[0].entryId)).toBeGreaterThan(Number(first.body.entries[0].entryId));
    const forged = await hub.as.auditor.get('/audit-log').query({ cursor: 'bm90LWEtY3Vyc29y' }).expect(400);
    expect(forged.body.issues).toEqual([{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
  });

  it('cannot be changed or emptied, by anyone, through the database itself', async () => {
    await expect(hub.dataSource.query(`UPDATE audit_log SET actor = 'staff:someone-else'`)).rejects.toThrow(/append-only/);
    await expect(hub.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(hub.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });
});
