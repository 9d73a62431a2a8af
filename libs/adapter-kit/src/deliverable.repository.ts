import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { DeliverableV1 } from '@hub/contracts';

/** What the adapter keeps of a deliverable its partner submitted: enough to judge the partner's next submissions. */
export interface KeptDeliverable {
  deliverableId: string;
  orderId: string;
  kind: string;
  reference: string;
  version: number;
  contentHash: string;
  facts: DeliverableV1['facts'];
  needsApproval: boolean;
  attention: DeliverableV1['attention'];
  reviewDecision: 'approved' | 'returned' | null;
}

interface Row {
  deliverable_id: string;
  order_id: string;
  kind: string;
  reference: string;
  version: number;
  content_hash: string;
  facts: DeliverableV1['facts'];
  needs_approval: boolean;
  attention: DeliverableV1['attention'];
  review_decision: KeptDeliverable['reviewDecision'];
}

const toKept = (r: Row): KeptDeliverable => ({
  deliverableId: r.deliverable_id,
  orderId: r.order_id,
  kind: r.kind,
  reference: r.reference,
  version: r.version,
  contentHash: r.content_hash,
  facts: r.facts,
  needsApproval: r.needs_approval,
  attention: r.attention,
  reviewDecision: r.review_decision,
});

/** The partner's deliverables as its adapter keeps them; every method takes the partner id (an adapter sees only its own). */
@Injectable()
export class DeliverableRepository {
  /** The ones of these ids already kept (one query for a whole batch). */
  async findByIds(tx: EntityManager, partnerId: string, ids: string[]): Promise<Map<string, KeptDeliverable>> {
    if (ids.length === 0) return new Map();
    const rows: Row[] = await tx.query(`SELECT * FROM adapter_deliverables WHERE partner_id = $1 AND deliverable_id = ANY($2::uuid[])`, [partnerId, ids]);
    return new Map(rows.map((r) => [r.deliverable_id, toKept(r)]));
  }

  /** The latest version of one deliverable of an order, if the partner submitted it. */
  async latest(tx: EntityManager, partnerId: string, orderId: string, kind: string, reference: string): Promise<KeptDeliverable | null> {
    const rows: Row[] = await tx.query(
      `SELECT * FROM adapter_deliverables WHERE partner_id = $1 AND order_id = $2 AND kind = $3 AND reference = $4 ORDER BY version DESC LIMIT 1`,
      [partnerId, orderId, kind, reference],
    );
    return rows[0] ? toKept(rows[0]) : null;
  }

  /** Keeps new deliverables, in one statement however many. */
  async insertAll(tx: EntityManager, partnerId: string, webhookId: string, kept: KeptDeliverable[]): Promise<void> {
    if (kept.length === 0) return;
    await tx.query(
      `INSERT INTO adapter_deliverables (deliverable_id, partner_id, order_id, kind, reference, version, content_hash, facts, needs_approval, attention, webhook_id)
       SELECT d.id, $1, d.order_id, d.kind, d.reference, d.version, d.content_hash, d.facts, d.needs_approval, d.attention, $2
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::int[], $8::text[], $9::jsonb[], $10::boolean[], $11::text[])
           AS d(id, order_id, kind, reference, version, content_hash, facts, needs_approval, attention)`,
      [
        partnerId,
        webhookId,
        kept.map((k) => k.deliverableId),
        kept.map((k) => k.orderId),
        kept.map((k) => k.kind),
        kept.map((k) => k.reference),
        kept.map((k) => k.version),
        kept.map((k) => k.contentHash),
        kept.map((k) => JSON.stringify(k.facts)),
        kept.map((k) => k.needsApproval),
        kept.map((k) => k.attention),
      ],
    );
  }

  /** Counts repeats (the same post alerted again): how often the partner said it, not a second thing. */
  async countRepeats(tx: EntityManager, partnerId: string, repeats: Map<string, number>): Promise<void> {
    if (repeats.size === 0) return;
    await tx.query(
      `UPDATE adapter_deliverables a SET occurrences = a.occurrences + r.n
         FROM unnest($2::uuid[], $3::int[]) AS r(id, n) WHERE a.partner_id = $1 AND a.deliverable_id = r.id`,
      [partnerId, [...repeats.keys()], [...repeats.values()]],
    );
  }

  /** Keeps the coordinator's decision on a deliverable; false when the partner never submitted it. */
  async recordReview(tx: EntityManager, partnerId: string, deliverableId: string, decision: 'approved' | 'returned'): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `UPDATE adapter_deliverables SET review_decision = $3 WHERE partner_id = $1 AND deliverable_id = $2 RETURNING 1`,
      [partnerId, deliverableId, decision],
    );
    return rows.length > 0;
  }
}
