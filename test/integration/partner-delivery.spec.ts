import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeliveryRepository, newWebhookId, PartnerDeliveryWorker, retryAfter } from '@hub/adapter-kit';
import { TOPICS } from '@hub/messaging';
import { postgresOptions } from '@hub/persistence';
import { testEnv } from '@hub/testing';

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
  const deliveries = new DeliveryRepository();

  beforeAll(async () => {
    db = await new DataSource(postgresOptions(testEnv.databaseUrl, [], { applicationName: APP })).initialize();
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body).order as string);
        const answer = answers.shift() ?? { status: 200 };
        setTimeout(() => response.writeHead(answer.status, answer.headers ?? {}).end('{"ok":true}'), answer.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db?.destroy();
  });

  beforeEach(() => {
    answers.length = 0;
    received.length = 0;
  });

  const partner = () => `test-${randomUUID().slice(0, 8)}`;
  const worker = (partnerId: string, delivered: string[] = [], breaker = { threshold: 100, coolDownMs: 1_000, maxCoolDownMs: 1_000 }) =>
    new PartnerDeliveryWorker(db, deliveries, {
      breaker,
      partnerId,
      endpointUrl: url,
      secrets: ['whsec_' + Buffer.from('delivery-test-secret-0123456789').toString('base64')],
      policy: { maxAttempts: 100, initialBackoffMs: 1_000, maxBackoffMs: 5_000, multiplier: 2 },
      giveUpAfterMs: 60_000,
      source: { topics: { order: TOPICS.orderIssued, cancellation: TOPICS.orderCancelled }, deadLetters: { appName: APP, groupId: `${testEnv.hubEnv}.${APP}` } },
      onDelivered: async (_tx, delivery) => {
        delivered.push(delivery.orderId);
      },
    });
  const queue = async (partnerId: string, caseId = randomUUID()) => {
    const orderId = randomUUID();
    await db.transaction((tx) =>
      deliveries.insert(tx, { id: randomUUID(), partnerId, orderId, kind: 'order', targetPath: null, caseId, correlationId: 'test', webhookId: newWebhookId(), payload: { order: orderId }, sourceMessage: null }),
    );
    return orderId;
  };
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

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('120')).toBe(120_000);
    expect(retryAfter('Fri, 27 Nov 2026 04:00:30 GMT', Date.parse('2026-11-27T04:00:00Z'))).toBe(30_000);
    expect([retryAfter(null), retryAfter('soon')]).toEqual([undefined, undefined]);
  });
});
