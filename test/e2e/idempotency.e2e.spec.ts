import { DataSource } from 'typeorm';
import { RunningHub, startHub } from '../support/running-hub';
import { leakReport, lacOrder } from '../support/demo-requests';
import { coreClient } from '../support/core-client';

/** The same request delivered twice has one effect (design invariant 3), for the commands that create. */
describe('Idempotency-Key on commands that create', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let db: DataSource;
  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].count);

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
    db = hub.dataSource;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('answers a retried order with the first order, and issues it once', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const key = `order-${caseId}`;
    const first = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder()).expect(201);
    const retry = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder()).expect(201);
    expect(retry.body.orderId).toBe(first.body.orderId);
    // The key replays an answer only to someone who may ask: the claims handler is refused, not handed the order.
    await hub.as.claims.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder()).expect(403);
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(1);
    expect(await count(`SELECT count(*) FROM outbox_messages WHERE topic = 'hub.order.issued.v1' AND message_key = $1`, [caseId])).toBe(1);
  });

  it('issues one order when the same request races in five times at once', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', `race-${caseId}`).send(lacOrder())),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.body.orderId)).size).toBe(1);
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(1);
  });

  it('refuses a key reused for a different request (422) and creates nothing', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const key = `reuse-${caseId}`;
    await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder()).expect(201);
    const reused = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder('A different scope')).expect(422);
    expect(reused.body).toMatchObject({ error: 'idempotency_key_reused', issues: [{ field: 'Idempotency-Key' }] });
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(1);
  });

  it('answers a retried incident report with the first case', async () => {
    const { policyNumber } = await core.openCase({ confirm: false });
    const key = `report-${policyNumber}`;
    const first = await hub.as.coordinator.post('/cases').set('Idempotency-Key', key).send(leakReport(policyNumber)).expect(201);
    const retry = await hub.as.coordinator.post('/cases').set('Idempotency-Key', key).send(leakReport(policyNumber)).expect(201);
    expect(retry.body.caseId).toBe(first.body.caseId);
  });

  it("keeps each caller's keys its own: another coordinator's same key is a new request, not the first one's answer", async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const key = `shared-${caseId}`;
    const mine = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder()).expect(201);
    const theirs = await hub.as.otherCoordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder('Their own scope')).expect(201);
    expect(theirs.body.orderId).not.toBe(mine.body.orderId);
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(2);
  });

  it('compares requests as canonical JSON: the same body with its keys in another order is a replay', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const key = `canonical-${caseId}`;
    const order = lacOrder();
    const reordered = Object.fromEntries(Object.entries(order).reverse());
    const first = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(order).expect(201);
    const retry = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(reordered).expect(201);
    expect(retry.body.orderId).toBe(first.body.orderId);
  });

  it('lets a key expire after 24 hours: then it claims anew', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const key = `expiring-${caseId}`;
    const first = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder()).expect(201);
    const [{ lifetime }] = await db.query(`SELECT (expires_at - created_at)::text AS lifetime FROM idempotency_keys WHERE key = $1`, [key]);
    expect(lifetime).toBe('1 day');
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' WHERE key = $1`, [key]);
    const later = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', key).send(lacOrder('A new request under an old key')).expect(201);
    expect(later.body.orderId).not.toBe(first.body.orderId);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const response = await hub.as.coordinator.post(`/cases/${caseId}/orders`).set('Idempotency-Key', 'has spaces in it').send(lacOrder()).expect(400);
    expect(response.body.issues).toEqual([{ field: 'Idempotency-Key', reason: expect.stringContaining('printable ASCII') }]);
    expect(await count('SELECT count(*) FROM orders WHERE case_id = $1', [caseId])).toBe(0);
  });
});

describe('values the database cannot take are bad input, not a 500', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
    core = coreClient(hub.as);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('answers 400 for a record count beyond what is stored, and for a NUL character', async () => {
    const { policyNumber } = await core.openCase({ confirm: false });
    const huge = leakReport(policyNumber);
    huge.incident.estimatedRecords = 3_000_000_000;
    const tooMany = await hub.as.coordinator.post('/cases').send(huge).expect(400);
    expect(tooMany.body).toMatchObject({ error: 'invalid_value' });

    const withNul = leakReport(policyNumber);
    withNul.incident.summary = 'leak\u0000';
    expect((await hub.as.coordinator.post('/cases').send(withNul)).status).toBe(400);
  });
});
