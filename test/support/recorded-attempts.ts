import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type DeliveryKind, DeliveryRepository, type DeliveryOutcome, newWebhookId } from '@hub/adapter-kit';

/** One attempt to put on a partner's record: when it started and how it ended. */
export interface AttemptSpec {
  startedAt: Date;
  outcome: DeliveryOutcome;
  channel?: 'push' | 'poll';
}

/** What was recorded, as GET /deliveries should list it. */
export interface RecordedAttempt {
  partnerId: string;
  orderId: string;
  kind: DeliveryKind;
  attemptNo: number;
  startedAt: string;
  outcome: DeliveryOutcome;
  channel: 'push' | 'poll';
}

const deliveries = new DeliveryRepository();

/**
 * A delivery to `partnerId` with its attempts, through the adapter kit's own repository, in one transaction that also
 * settles it (delivered when the last attempt was, failed otherwise): a running adapter's worker never sees it pending,
 * so the record is exactly what the test wrote.
 */
export async function recordDelivery(db: DataSource, partnerId: string, orderId: string, kind: DeliveryKind, attempts: AttemptSpec[]): Promise<RecordedAttempt[]> {
  const deliveryId = randomUUID();
  await db.transaction(async (tx) => {
    await deliveries.insert(tx, {
      id: deliveryId, partnerId, orderId, kind, targetPath: kind === 'order' ? null : `/${kind}`, subject: kind === 'review' ? randomUUID() : '',
      caseId: randomUUID(), correlationId: 'delivery-attempt-list', webhookId: newWebhookId(), payload: { orderId, kind }, sourceMessage: null,
    });
    for (const [i, a] of attempts.entries()) {
      await deliveries.recordAttempt(tx, {
        deliveryId, partnerId, orderId, attemptNo: i + 1, startedAt: a.startedAt, durationMs: 10 + i, outcome: a.outcome, channel: a.channel ?? 'push',
        ...(a.outcome === 'delivered' ? {} : { error: `${a.outcome} on attempt ${i + 1}` }),
      });
    }
    if (attempts.at(-1)?.outcome === 'delivered') await deliveries.markDelivered(tx, deliveryId);
    else await deliveries.markFailed(tx, deliveryId, 'given up in a test');
  });
  return attempts.map((a, i) => ({ partnerId, orderId, kind, attemptNo: i + 1, startedAt: a.startedAt.toISOString(), outcome: a.outcome, channel: a.channel ?? 'push' }));
}
