import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Webhook ids a partner already sent: a replayed callback is recognised and has no second effect. */
@Injectable()
export class InboundWebhookRepository {
  /** True the first time this partner's webhook id is seen; false for a replay. */
  async claim(tx: EntityManager, partnerId: string, webhookId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO inbound_webhooks (partner_id, webhook_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING webhook_id`,
      [partnerId, webhookId],
    );
    return rows.length === 1;
  }
}
