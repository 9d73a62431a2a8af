import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeliveryRepository, newWebhookId, PartnerDeliveryWorker, PartnerDeliveryWorkerOptions, PartnerEndpointRepository, retryAfter } from '@hub/adapter-kit';
import { TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { eventually, testEnv } from '@hub/testing';

/**
 * The delivery worker against a partner endpoint that answers slowly, asks us to slow down, or fails: claim, call,
 * record. A stand-in partner on loopback, the real PostgreSQL; deliveries under a partner id of this test's own.
 */
describe('delivering to a partner: claim, call, record', () => {
  const APP = 'delivery-test';
  let db: DataSource;
  let server: Server;
  let url: string;
  /** What the stand-in partner answers next; a 200 when nothing is queued. */
  const answers: { status: number; headers?: Record<string, string>; delayMs?: number }[] = [];
  const received: string[] = [];
  /** Orders the stand-in partner accepted (2xx), in the order it accepted them. */
  const accepted: string[] = [];
  /** Set to fail a share of requests: called with each request's order id, answers the status to give. */
  let chaos: ((orderId: string) => number) | undefined;
  let concurrent = 0;
  let maxConcurrent = 0;
  const deliveries = new DeliveryRepository();
  const endpoint = new PartnerEndpointRepository();

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(testEnv.databaseUrl, [], { applicationName: APP })).initialize();
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const orderId = JSON.parse(body).order as string;
        received.push(orderId);
        const answer = answers.shift() ?? { status: chaos?.(orderId) ?? 200, delayMs: slowMs };
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        setTimeout(() => {
          concurrent -= 1;
          if (answer.status < 300) accepted.push(orderId);
          response.writeHead(answer.status, answer.headers ?? {}).end('{"ok":true}');
        }, answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db?.destroy();
  });

  let slowMs = 0;

  beforeEach(() => {
    answers.length = 0;
    received.length = 0;
    accepted.length = 0;
    chaos = undefined;
    slowMs = 0;
    maxConcurrent = 0;
  });

  const partner = () => `test-${randomUUID().slice(0, 8)}`;
  const worker = (
    partnerId: string,
    delivered: string[] = [],
    breaker = { threshold: 100, coolDownMs: 1_000, maxCoolDownMs: 1_000 },
    more: Partial<PartnerDeliveryWorkerOptions> = {},
  ) =>
    new PartnerDeliveryWorker(db, deliveries, endpoint, {
      breaker,
      partnerId,
      endpointUrl: url,
      secrets: ['whsec_' + Buffer.from('delivery-test-secret-0123456789').toString('base64')],
      policy: { maxAttempts: 100, initialBackoffMs: 1_000, maxBackoffMs: 5_000, multiplier: 2 },
      giveUpAfterMs: 60_000,
      source: { topics: { order: TOPICS.orderIssued, cancellation: TOPICS.orderCancelled, review: TOPICS.deliverableReviewed }, deadLetters: { appName: APP, groupId: `${testEnv.hubEnv}.${APP}` } },
      onDelivered: async (_tx, delivery) => {
        delivered.push(delivery.orderId);
      },
      ...more,
    });
  const queue = async (partnerId: string, caseId = randomUUID(), orderId: string = randomUUID(), kind: 'order' | 'cancellation' = 'order') => {
    await db.transaction((tx) =>
      deliveries.insert(tx, {
        id: randomUUID(), partnerId, orderId, kind, targetPath: kind === 'order' ? null : '/cancellation', subject: '', caseId, correlationId: 'test',
        webhookId: newWebhookId(), payload: { order: orderId, kind }, sourceMessage: null,
      }),
    );
    return orderId;
  };
  const statusOf = async (orderId: string, kind: 'order' | 'cancellation') =>
    (await db.query('SELECT status FROM partner_deliveries WHERE order_id = $1 AND kind = $2', [orderId, kind]))[0]?.status;
  const attempts = (orderId: string) =>
    db.query(`SELECT attempt_no, outcome, http_status, duration_ms FROM delivery_attempts WHERE order_id = $1 ORDER BY attempt_no`, [orderId]);
  const status = async (orderId: string) => (await db.query('SELECT status, attempts FROM partner_deliveries WHERE order_id = $1', [orderId]))[0];

  it('holds no transaction while a slow partner answers, and records the attempt with its status and duration', async () => {
    const partnerId = partner();
    const delivered: string[] = [];
    const orderId = await queue(partnerId);
    answers.push({ status: 200, delayMs: 1_500 });
    const attempt = worker(partnerId, delivered).attemptOne();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const open = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state LIKE 'idle in transaction%'`, [APP]);
    expect(open[0].n).toBe(0);
    expect(await attempt).toBe(true);
    const [row] = await attempts(orderId);
    expect(row).toMatchObject({ attempt_no: 1, outcome: 'delivered', http_status: 200 });
    expect(row.duration_ms).toBeGreaterThanOrEqual(1_400);
    expect(await status(orderId)).toEqual({ status: 'delivered', attempts: 1 });
    expect(delivered).toEqual([orderId]);
  });

  it('renews the claim while the partner answers, so no other worker takes a delivery whose call outlives the lease', async () => {
    const partnerId = partner();
    const orderId = await queue(partnerId);
    const leaseMs = 900;
    // The partner answers after more than three leases: held only because the claim is renewed every 300 ms.
    answers.push({ status: 200, delayMs: 3_000 });
    const first = worker(partnerId, [], undefined, { leaseMs }).attemptOne();
    const other = worker(partnerId, [], undefined, { leaseMs });
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let tries = 0; tries < 8; tries++) {
      expect(await other.attemptOne()).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(await first).toBe(true);
    expect(received).toEqual([orderId]);
    expect(await status(orderId)).toEqual({ status: 'delivered', attempts: 1 });
  });

  it('slows the whole partner for its Retry-After when it answers 429, then delivers everything', async () => {
    const partnerId = partner();
    const first = await queue(partnerId);
    const second = await queue(partnerId);
    answers.push({ status: 429, headers: { 'retry-after': '2' } });
    const w = worker(partnerId);
    expect(await w.attemptOne()).toBe(true);
    expect(await attempts(first)).toMatchObject([{ outcome: 'overloaded', http_status: 429 }]);
    // The partner's other delivery waits too, though it is due.
    expect(await w.attemptOne()).toBe(false);
    const [{ wait }] = await db.query(`SELECT EXTRACT(EPOCH FROM slowed_until - now()) AS wait FROM partner_endpoints WHERE partner_id = $1`, [partnerId]);
    expect(Number(wait)).toBeGreaterThan(1);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await w.attemptOne()).toBe(true);
    expect(await w.attemptOne()).toBe(true);
    expect([(await status(first)).status, (await status(second)).status]).toEqual(['delivered', 'delivered']);
  });

  it('never lets a later delivery of a case overtake an earlier one waiting for its retry', async () => {
    const partnerId = partner();
    const caseId = randomUUID();
    const earlier = await queue(partnerId, caseId);
    const later = await queue(partnerId, caseId);
    const otherCase = await queue(partnerId);
    answers.push({ status: 500 });
    const w = worker(partnerId);
    expect(await w.attemptOne()).toBe(true); // the earlier one fails and waits ≥ 0.5 s for its retry
    expect(await w.attemptOne()).toBe(true); // another case goes ahead
    expect(await w.attemptOne()).toBe(false); // the later one of the same case does not
    expect(received.slice(0, 2)).toEqual([earlier, otherCase]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await w.attemptOne()).toBe(true);
    expect(await w.attemptOne()).toBe(true);
    expect(received.slice(2)).toEqual([earlier, later]);
  });

  it('counts the attempt a dead worker spent, and another worker takes the delivery over when its claim lapses', async () => {
    const partnerId = partner();
    const orderId = await queue(partnerId);
    // A worker claims it and dies before the partner answers.
    expect(await deliveries.claim(db.manager, partnerId, randomUUID(), 50)).toMatchObject({ orderId, attempts: 1 });
    expect(await worker(partnerId).attemptOne()).toBe(false); // its claim still holds
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await worker(partnerId).attemptOne()).toBe(true);
    expect(await attempts(orderId)).toMatchObject([{ attempt_no: 2, outcome: 'delivered' }]);
    expect(await status(orderId)).toEqual({ status: 'delivered', attempts: 2 });
  });

  it('opens the partner\'s circuit breaker after failures in a row, then lets one probe at a time find it back', async () => {
    const partnerId = partner();
    const w = worker(partnerId, [], { threshold: 3, coolDownMs: 600, maxCoolDownMs: 2_000 });
    for (let i = 0; i < 5; i++) await queue(partnerId); // five cases, all due now
    answers.push({ status: 500 }, { status: 502 }, { status: 500 });
    for (let i = 0; i < 3; i++) expect(await w.attemptOne()).toBe(true);
    // Open: nothing more goes to the partner, though two deliveries are due.
    expect(await w.attemptOne()).toBe(false);
    expect(received).toHaveLength(3);
    await new Promise((resolve) => setTimeout(resolve, 700));
    // Half-open: one probe; a second lane finds it in flight and waits.
    answers.push({ status: 200, delayMs: 400 });
    const probe = w.attemptOne();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await w.attemptOne()).toBe(false);
    expect(await probe).toBe(true);
    // The partner answered: closed again, the rest flows.
    expect(await w.attemptOne()).toBe(true);
    const [{ failures }] = await db.query('SELECT consecutive_failures AS failures FROM partner_endpoints WHERE partner_id = $1', [partnerId]);
    expect(failures).toBe(0);
  });

  it('disables the endpoint when the partner answers 410 Gone: the delivery is held, not given up, the alert goes out once', async () => {
    const partnerId = partner();
    const alerts: string[] = [];
    const w = worker(partnerId, [], undefined, { onEndpointDisabled: async (_tx, reason) => void alerts.push(reason) });
    const gone = await queue(partnerId);
    const other = await queue(partnerId);
    answers.push({ status: 410 });
    expect(await w.attemptOne()).toBe(true);
    expect(await attempts(gone)).toMatchObject([{ attempt_no: 1, outcome: 'gone', http_status: 410 }]);
    expect(await endpoint.stateOf(db.manager, partnerId)).toMatchObject({ disabledReason: 'gone' });
    // Held: neither delivery goes out, neither is given up.
    expect(await w.attemptOne()).toBe(false);
    expect([(await status(gone)).status, (await status(other)).status]).toEqual(['pending', 'pending']);
    expect(alerts).toEqual(['gone']);
    // An operator enables it again: both go out.
    expect(await db.transaction((tx) => endpoint.enable(tx, partnerId))).toBe(true);
    expect(await w.attemptOne()).toBe(true);
    expect(await w.attemptOne()).toBe(true);
    expect([(await status(gone)).status, (await status(other)).status]).toEqual(['delivered', 'delivered']);
  });

  it('disables an endpoint that has failed without a break for longer than allowed (5 days in production)', async () => {
    const partnerId = partner();
    const alerts: string[] = [];
    const w = worker(partnerId, [], undefined, { disableAfterFailingMs: 1_000, onEndpointDisabled: async (_tx, reason, error) => void alerts.push(`${reason}: ${error}`) });
    const orderId = await queue(partnerId);
    answers.push({ status: 500 });
    expect(await w.attemptOne()).toBe(true);
    expect(await endpoint.stateOf(db.manager, partnerId)).toMatchObject({ disabledAt: null, consecutiveFailures: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    answers.push({ status: 503 }, { status: 500 });
    // 503 asks us to slow down (not a failure); the next 500 finds the partner failing for over a second.
    await db.query(`UPDATE partner_deliveries SET next_attempt_at = now() WHERE order_id = $1`, [orderId]);
    expect(await w.attemptOne()).toBe(true);
    await db.query(`UPDATE partner_deliveries SET next_attempt_at = now() WHERE order_id = $1`, [orderId]);
    await db.query(`UPDATE partner_endpoints SET slowed_until = NULL WHERE partner_id = $1`, [partnerId]);
    expect(await w.attemptOne()).toBe(true);
    expect(await endpoint.stateOf(db.manager, partnerId)).toMatchObject({ disabledReason: 'failing' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^failing: failing for \d+ s without a break; last: HTTP 500/);
    expect((await status(orderId)).status).toBe('pending');
  });

  it('keeps many calls to a slow partner in flight at once, with no transaction open (not capped by the database)', async () => {
    const partnerId = partner();
    const orders = await Promise.all(Array.from({ length: 24 }, () => queue(partnerId)));
    slowMs = 1_500;
    const w = worker(partnerId);
    w.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 700));
      const open = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state LIKE 'idle in transaction%'`, [APP]);
      expect(open[0].n).toBe(0);
      await eventually(async () => accepted.length === orders.length, { what: 'every order delivered', timeoutMs: 20_000 });
    } finally {
      await w.stop();
    }
    // All 24 were with the partner at once: the old four lanes, each holding a transaction, would have allowed 4.
    expect(maxConcurrent).toBe(24);
  });

  it('keeps each case\'s order through a flaky partner and many calls in flight: no later delivery overtakes an earlier one', async () => {
    const partnerId = partner();
    const cases = [randomUUID(), randomUUID(), randomUUID()];
    const queued: Record<string, string[]> = {};
    for (let i = 0; i < 12; i++) for (const caseId of cases) (queued[caseId] ??= []).push(await queue(partnerId, caseId));
    // Every third request fails, in a fixed pattern, so retries interleave with first attempts across the cases.
    let calls = 0;
    chaos = () => (++calls % 3 === 0 ? 500 : 200);
    slowMs = 20;
    const w = worker(partnerId, [], undefined, { policy: { maxAttempts: 100, initialBackoffMs: 20, maxBackoffMs: 100, multiplier: 2 } });
    w.start();
    try {
      await eventually(async () => new Set(accepted).size === 36, { what: 'every order delivered', timeoutMs: 30_000 });
    } finally {
      await w.stop();
    }
    for (const caseId of cases) {
      const inArrival = accepted.filter((orderId) => queued[caseId].includes(orderId));
      expect(inArrival).toEqual(queued[caseId]);
    }
    expect(received.length).toBeGreaterThan(36);
  });

  it('holds a cancellation that came before its order (its topic is not ordered against the order\'s) until the order has reached the partner', async () => {
    const partnerId = partner();
    const caseId = randomUUID();
    const orderId = randomUUID();
    await queue(partnerId, caseId, orderId, 'cancellation');
    await queue(partnerId, caseId, orderId, 'order');
    const later = await queue(partnerId, caseId);
    const w = worker(partnerId);
    expect(await w.attemptOne()).toBe(true);
    expect([await statusOf(orderId, 'order'), await statusOf(orderId, 'cancellation')]).toEqual(['delivered', 'pending']);
    expect(await w.attemptOne()).toBe(true);
    expect(await w.attemptOne()).toBe(true);
    expect(await w.attemptOne()).toBe(false);
    // The order, then its cancellation (queued first), then the case's next order (queued after it).
    expect(received).toEqual([orderId, orderId, later]);
    expect(await statusOf(orderId, 'cancellation')).toBe('delivered');
  });

  it('does not let calls already in flight when the breaker opened lengthen its cool-down', async () => {
    const partnerId = partner();
    for (let i = 0; i < 6; i++) await queue(partnerId);
    chaos = () => 500;
    slowMs = 300;
    const w = worker(partnerId, [], { threshold: 2, coolDownMs: 500, maxCoolDownMs: 10_000 });
    w.start();
    try {
      await eventually(async () => received.length >= 6 && maxConcurrent >= 6 && concurrent === 0, { what: 'six failed calls at once' });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await w.stop();
    }
    const [state] = await db.query(
      `SELECT consecutive_failures AS failures, extract(epoch FROM breaker_open_until - now()) * 1000 AS open_ms FROM partner_endpoints WHERE partner_id = $1`,
      [partnerId],
    );
    // Two failures opened it for 500 ms; the four that landed while it was open neither counted nor doubled it to 8 s.
    expect(state.failures).toBe(2);
    expect(Number(state.open_ms)).toBeLessThanOrEqual(500);
  });

  it('dead-letters each review it gives up on, however many an order has: one per reviewed deliverable', async () => {
    const partnerId = partner();
    const caseId = randomUUID();
    const orderId = await queue(partnerId, caseId);
    const w = worker(partnerId);
    expect(await w.attemptOne()).toBe(true);
    const reviewed = [randomUUID(), randomUUID()];
    for (const [i, deliverableId] of reviewed.entries()) {
      const eventId = randomUUID();
      await db.transaction((tx) =>
        deliveries.insert(tx, {
          id: randomUUID(), partnerId, orderId, kind: 'review', targetPath: `/reviews/${deliverableId}`, subject: deliverableId, caseId, correlationId: 'test',
          webhookId: newWebhookId(), payload: { order: orderId, kind: 'review' },
          sourceMessage: { meta: { topic: TOPICS.deliverableReviewed.name, partition: 0, offset: String(i), key: caseId }, eventId, raw: JSON.stringify({ eventId, caseId }), headers: {} },
        }),
      );
    }
    // The partner refuses both notices (400): given up on at once, each kept for a person to replay.
    answers.push({ status: 400 }, { status: 400 });
    expect(await w.attemptOne()).toBe(true);
    expect(await w.attemptOne()).toBe(true);
    const letters = await db.query(`SELECT event_key FROM dead_letters WHERE event_key LIKE $1 ORDER BY event_key`, [`review-delivery-failed:${orderId}:%`]);
    expect(letters.map((l: { event_key: string }) => l.event_key)).toEqual(reviewed.map((id) => `review-delivery-failed:${orderId}:${id}`).sort());
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('120')).toBe(120_000);
    expect(retryAfter('Fri, 27 Nov 2026 04:00:30 GMT', Date.parse('2026-11-27T04:00:00Z'))).toBe(30_000);
    expect([retryAfter(null), retryAfter('soon')]).toEqual([undefined, undefined]);
  });
});
