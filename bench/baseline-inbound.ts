import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { createKafka } from '@hub/messaging';
import { postSigned } from '@hub/testing';
import { benchEnv } from './bench-hub';
import { scratchTopic } from './scratch-topic';
import { pool, round } from './stats';

export const BASELINE_INBOUND_TOPIC = 'bench.baseline.inbound';
/** A scratch table in the bench database, created and dropped by this baseline alone. */
const BASELINE_INBOUND_TABLE = 'bench_inbound_callbacks';
/** Beside the other benchmarks' base … base + 2. */
const BASELINE_PORT = Number(process.env.BENCH_PORT_BASE ?? 3200) + 3;
const TOLERANCE_SECONDS = 300;

export interface InboundPipelineRun {
  count: number;
  /** Answered 200 (verified, validated, inserted, sent to Kafka with acks -1 before the answer). */
  answered: number;
  failed: number;
  seconds: number;
  perSecond: number;
}

/** The fields of LAC's status callback, as a Fastify user would declare them: Fastify validates the body with it. */
const CALLBACK_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['api_version', 'engagement_id', 'lac_ticket', 'status_code', 'reported_at'],
  properties: {
    api_version: { const: '1' },
    engagement_id: { type: 'string', format: 'uuid' },
    lac_ticket: { type: 'string', minLength: 1, maxLength: 40 },
    status_code: { enum: ['ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED'] },
    phase: { enum: ['HEARING_DONE', 'FORENSICS_STARTED', 'PRELIMINARY_REPORT', 'FINAL_REPORT'] },
    decline_reason: { type: 'string', minLength: 1, maxLength: 1000 },
    comment: { type: 'string', minLength: 1, maxLength: 2000 },
    reported_at: { type: 'string', format: 'date-time' },
  },
} as const;

/**
 * The pipeline a user would write by hand for the same inbound work, and the honest comparison for the hub's inbound
 * benchmark (issue 12): Fastify (its JSON Schema validation on the route), the Standard Webhooks signature checked with
 * node:crypto (HMAC-SHA256 over id.timestamp.body, timestamp within 5 minutes), one `INSERT … ON CONFLICT DO NOTHING`
 * keyed by the webhook id (a resent callback changes nothing) with pg, and one kafkajs `producer.send` (idempotent,
 * acks -1) awaited before the 200 — so an answered callback is durable and published, as the hub's is once its relay
 * has published it. No bearer token, no tracing, no metrics, no outbox. Same client, body, signing, count and
 * concurrency as the hub's run.
 */
export async function baselineInbound({ count, concurrency, warmup, secret }: { count: number; concurrency: number; warmup: number; secret: string }): Promise<InboundPipelineRun> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const db = new Pool({ connectionString: benchEnv.databaseUrl, max: 10, application_name: 'bench-baseline-inbound' });
  const kafka = createKafka(benchEnv.brokers, 'bench-baseline-inbound');
  const scratch = await scratchTopic(kafka, BASELINE_INBOUND_TOPIC, 3);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const app = Fastify({ logger: false });
  try {
    await db.query(`DROP TABLE IF EXISTS ${BASELINE_INBOUND_TABLE}`);
    await db.query(`CREATE TABLE ${BASELINE_INBOUND_TABLE} (webhook_id text PRIMARY KEY, event_id uuid NOT NULL, payload jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now())`);
    await producer.connect();

    // The raw body is what was signed: keep it, and parse it for the schema.
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      try {
        (request as unknown as { rawBody: string }).rawBody = body as string;
        done(null, JSON.parse(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    app.post('/lac/v1/callbacks', { schema: { body: CALLBACK_SCHEMA } }, async (request, reply) => {
      const id = request.headers['webhook-id'];
      const timestamp = Number(request.headers['webhook-timestamp']);
      const signatures = String(request.headers['webhook-signature'] ?? '');
      if (typeof id !== 'string' || !Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > TOLERANCE_SECONDS) return reply.code(401).send({ error: 'bad_signature' });
      const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${(request as unknown as { rawBody: string }).rawBody}`).digest();
      const valid = signatures.split(' ').some((s) => {
        const given = Buffer.from(s.replace(/^v1,/, ''), 'base64');
        return given.length === expected.length && timingSafeEqual(given, expected);
      });
      if (!valid) return reply.code(401).send({ error: 'bad_signature' });
      const body = request.body as { engagement_id: string };
      const eventId = randomUUID();
      const { rowCount } = await db.query(`INSERT INTO ${BASELINE_INBOUND_TABLE} (webhook_id, event_id, payload) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [id, eventId, request.body]);
      if (rowCount === 1) {
        await producer.send({ topic: BASELINE_INBOUND_TOPIC, acks: -1, messages: [{ key: body.engagement_id, value: JSON.stringify({ eventId, type: 'order.status', payload: request.body }) }] });
      }
      return { eventId };
    });
    await app.listen({ port: BASELINE_PORT, host: '127.0.0.1' });

    const url = `http://127.0.0.1:${BASELINE_PORT}/lac/v1/callbacks`;
    const run = randomUUID().slice(0, 8);
    let answered = 0;
    let failed = 0;
    const post = async (tag: string, i: number) => {
      const callback = { api_version: '1', engagement_id: randomUUID(), lac_ticket: `LAC-2026-${String(i).padStart(6, '0')}`, status_code: 'ACCEPTED', reported_at: new Date().toISOString() };
      const response = await postSigned(url, secret, callback, { webhookId: `msg_baseline_${run}_${tag}_${i}` }).catch(() => undefined);
      if (response?.status === 200 && typeof response.body.eventId === 'string') answered += 1;
      else failed += 1;
    };
    await pool(warmup, concurrency, (i) => post('warmup', i));
    answered = failed = 0;
    const started = performance.now();
    await pool(count, concurrency, (i) => post('m', i));
    const seconds = (performance.now() - started) / 1000;
    return { count, answered, failed, seconds: round(seconds, 3), perSecond: round(answered / seconds) };
  } finally {
    await app.close().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await scratch.drop();
    await db.query(`DROP TABLE IF EXISTS ${BASELINE_INBOUND_TABLE}`).catch(() => undefined);
    await db.end();
  }
}
