import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { DeliverableV1, DeliverableViewV1 } from '@hub/contracts';

export interface DeliverableFilter {
  kind?: string;
  attention?: DeliverableV1['attention'];
}

interface Row {
  deliverable_id: string;
  seq: string;
  order_id: string;
  case_id: string;
  partner_id: string;
  kind: string;
  reference: string;
  version: number;
  title: string;
  summary: string | null;
  attention: DeliverableV1['attention'];
  occurred_at: Date;
  received_at: Date;
  facts: DeliverableV1['facts'];
  facts_contract: string | null;
  needs_approval: boolean;
  publishes: NonNullable<DeliverableV1['publishes']> | null;
  restates: NonNullable<DeliverableV1['restates']> | null;
  discrepancy: string | null;
  decision: 'approved' | 'returned' | null;
  comment: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
}

export type KeptDeliverable = DeliverableViewV1 & { seq: string; caseId: string };

const toView = (r: Row): KeptDeliverable => ({
  seq: r.seq,
  caseId: r.case_id,
  deliverableId: r.deliverable_id,
  orderId: r.order_id,
  partnerId: r.partner_id,
  kind: r.kind,
  reference: r.reference,
  version: r.version,
  title: r.title,
  summary: r.summary,
  attention: r.attention,
  occurredAt: r.occurred_at.toISOString(),
  receivedAt: r.received_at.toISOString(),
  facts: r.facts,
  factsContract: r.facts_contract,
  needsApproval: r.needs_approval,
  publishes: r.publishes ?? null,
  restates: r.restates ?? null,
  discrepancy: r.discrepancy,
  review: r.decision ? { decision: r.decision, comment: r.comment, reviewedBy: r.reviewed_by as string, reviewedAt: (r.reviewed_at as Date).toISOString() } : null,
});

const SELECT = `SELECT d.*, r.decision, r.comment, r.reviewed_by, r.reviewed_at FROM order_deliverables d LEFT JOIN deliverable_reviews r ON r.deliverable_id = d.deliverable_id`;

/** What partners delivered on orders, as core keeps it (append-only), and the coordinator's reviews beside it. */
@Injectable()
export class DeliverableRepository {
  /** Records the deliverables of one event; returns those new to core (an event replayed records nothing twice). */
  async insertAll(tx: EntityManager, caseId: string, partnerId: string, eventId: string, deliverables: DeliverableV1[]): Promise<DeliverableV1[]> {
    const rows: { deliverable_id: string }[] = await tx.query(
      `INSERT INTO order_deliverables (deliverable_id, order_id, case_id, partner_id, kind, reference, version, title, summary, attention, occurred_at,
                                       facts, facts_contract, repeats, needs_approval, publishes, restates, discrepancy, event_id)
       SELECT d.deliverable_id, d.order_id, $1, $2, d.kind, d.reference, d.version, d.title, d.summary, d.attention, d.occurred_at,
              d.facts, d.facts_contract, d.repeats, d.needs_approval, d.publishes, d.restates, d.discrepancy, $3
         FROM jsonb_to_recordset($4::jsonb) AS d(deliverable_id uuid, order_id uuid, kind text, reference text, version int, title text, summary text,
              attention text, occurred_at timestamptz, facts jsonb, facts_contract text, repeats text, needs_approval boolean, publishes jsonb,
              restates jsonb, discrepancy text)
       ON CONFLICT (deliverable_id) DO NOTHING
       RETURNING deliverable_id`,
      [
        caseId,
        partnerId,
        eventId,
        JSON.stringify(
          deliverables.map((d) => ({
            deliverable_id: d.deliverableId,
            order_id: d.orderId,
            kind: d.kind,
            reference: d.reference,
            version: d.version,
            title: d.title,
            summary: d.summary ?? null,
            attention: d.attention,
            occurred_at: d.occurredAt,
            facts: d.facts,
            facts_contract: d.factsContract ?? null,
            repeats: d.repeats,
            needs_approval: d.needsApproval,
            publishes: d.publishes ?? null,
            restates: d.restates ?? null,
            discrepancy: d.discrepancy ?? null,
          })),
        ),
      ],
    );
    const inserted = new Set(rows.map((r) => r.deliverable_id));
    return deliverables.filter((d) => inserted.has(d.deliverableId));
  }

  /** How many bulk deliverables of a kind the order has whose time falls in the hour from `hourStart`. */
  async countInHour(tx: EntityManager, orderId: string, kind: string, hourStart: Date): Promise<number> {
    const rows: { n: string }[] = await tx.query(
      `SELECT count(*) AS n FROM order_deliverables
        WHERE order_id = $1 AND kind = $2 AND attention = 'bulk' AND occurred_at >= $3 AND occurred_at < $3::timestamptz + interval '1 hour'`,
      [orderId, kind, hourStart],
    );
    return Number(rows[0].n);
  }

  /** A page of the order's deliverables in the order core received them, after the cursor's `seq`. */
  async page(tx: EntityManager, orderId: string, filter: DeliverableFilter, afterSeq: string | undefined, limit: number): Promise<KeptDeliverable[]> {
    const rows: Row[] = await tx.query(
      `${SELECT} WHERE d.order_id = $1 AND ($2::text IS NULL OR d.kind = $2) AND ($3::text IS NULL OR d.attention = $3) AND d.seq > $4
        ORDER BY d.seq LIMIT $5`,
      [orderId, filter.kind ?? null, filter.attention ?? null, afterSeq ?? '0', limit],
    );
    return rows.map(toView);
  }

  async find(tx: EntityManager, orderId: string, deliverableId: string): Promise<KeptDeliverable | null> {
    const rows: Row[] = await tx.query(`${SELECT} WHERE d.order_id = $1 AND d.deliverable_id = $2`, [orderId, deliverableId]);
    return rows[0] ? toView(rows[0]) : null;
  }

  /** The highest version of the deliverable's kind and reference on its order. */
  async latestVersion(tx: EntityManager, orderId: string, kind: string, reference: string): Promise<number> {
    const rows: { v: number }[] = await tx.query(`SELECT max(version) AS v FROM order_deliverables WHERE order_id = $1 AND kind = $2 AND reference = $3`, [orderId, kind, reference]);
    return rows[0].v;
  }

  /** Records a review; false when the deliverable was already reviewed (a review is made once). */
  async recordReview(tx: EntityManager, review: { deliverableId: string; decision: 'approved' | 'returned'; comment?: string; reviewedBy: string; reviewedAt: Date; eventId: string }): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO deliverable_reviews (deliverable_id, decision, comment, reviewed_by, reviewed_at, event_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (deliverable_id) DO NOTHING RETURNING 1`,
      [review.deliverableId, review.decision, review.comment ?? null, review.reviewedBy, review.reviewedAt, review.eventId],
    );
    return rows.length > 0;
  }
}
