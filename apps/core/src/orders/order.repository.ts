import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { OrderEntity } from './order.entity';

/** The insured's recorded agreement to bear an order's cost itself. */
export interface CostBearingDecision {
  orderId: string;
  agreedBy: string;
  recordedBy: string;
  reason: string;
  decidedAt: Date;
}

/** Row locks are FOR NO KEY UPDATE: they exclude other writers without blocking foreign-key checks of child rows. */
@Injectable()
export class OrderRepository {
  findById(tx: EntityManager, id: string): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).findOneBy({ id });
  }

  /** An order as a caller may see it: `partnerId` is the caller's partner, or undefined for staff (explicitly, not by omission). */
  findVisibleTo(tx: EntityManager, id: string, partnerId: string | undefined): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).findOneBy(partnerId === undefined ? { id } : { id, partnerId });
  }

  /**
   * Locks one partner's order for a status change. The partner id is part of the query, so a status
   * report from one partner can never find, let alone move, another partner's order.
   */
  findForPartnerForUpdate(tx: EntityManager, partnerId: string, orderId: string): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).findOne({ where: { id: orderId, partnerId }, lock: { mode: 'for_no_key_update' } });
  }

  /**
   * The policy one partner's order is under (through its case; a case never changes policy), read without a lock:
   * a ledger writer locks the policy before the order. Null when it is not an order of that partner.
   */
  async policyOfPartnerOrder(tx: EntityManager, partnerId: string, orderId: string): Promise<string | null> {
    const rows: { policy_id: string }[] = await tx.query('SELECT c.policy_id FROM orders o JOIN cases c ON c.id = o.case_id WHERE o.id = $1 AND o.partner_id = $2', [orderId, partnerId]);
    return rows[0]?.policy_id ?? null;
  }

  findForUpdate(tx: EntityManager, orderId: string): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).findOne({ where: { id: orderId }, lock: { mode: 'for_no_key_update' } });
  }

  listForCase(tx: EntityManager, caseId: string): Promise<OrderEntity[]> {
    return tx.getRepository(OrderEntity).find({ where: { caseId }, order: { issuedAt: 'ASC' } });
  }

  save(tx: EntityManager, entity: OrderEntity): Promise<OrderEntity> {
    return tx.getRepository(OrderEntity).save(entity);
  }

  /**
   * What a partner's report changes on an order this transaction holds locked (findForPartnerForUpdate), in one UPDATE:
   * `save` would SELECT the order again first and diff it — on every status a partner reports.
   */
  async writeReported(tx: EntityManager, order: OrderEntity): Promise<void> {
    const [rows]: [{ version: number }[], number] = await tx.query(
      `UPDATE orders SET status = $2, status_reason = $3, partner_reference = $4, accepted_at = $5, updated_at = $6, version = version + 1
        WHERE id = $1 RETURNING version`,
      [order.id, order.status, order.statusReason, order.partnerReference, order.acceptedAt, order.updatedAt],
    );
    order.version = rows[0].version;
  }

  /**
   * A new order, in one INSERT. `save` would first SELECT the id to choose between insert and update — a round trip and
   * TypeORM's entity diffing on every order issued, for an id just made by randomUUID.
   */
  async insert(tx: EntityManager, entity: OrderEntity): Promise<void> {
    await tx.getRepository(OrderEntity).insert(entity);
  }

  async recordCostBearing(tx: EntityManager, caseId: string, decision: CostBearingDecision): Promise<void> {
    await tx.query(
      `INSERT INTO cost_bearing_decisions (id, case_id, order_id, agreed_by, recorded_by, reason, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [randomUUID(), caseId, decision.orderId, decision.agreedBy, decision.recordedBy, decision.reason, decision.decidedAt],
    );
  }

  /** The recorded cost-bearing decisions of these orders, by order id. */
  async costBearingOf(tx: EntityManager, orderIds: string[]): Promise<Map<string, CostBearingDecision>> {
    if (orderIds.length === 0) return new Map();
    const rows: { order_id: string; agreed_by: string; recorded_by: string; reason: string; decided_at: Date }[] = await tx.query(
      'SELECT order_id, agreed_by, recorded_by, reason, decided_at FROM cost_bearing_decisions WHERE order_id = ANY($1::uuid[])',
      [orderIds],
    );
    return new Map(rows.map((r) => [r.order_id, { orderId: r.order_id, agreedBy: r.agreed_by, recordedBy: r.recorded_by, reason: r.reason, decidedAt: r.decided_at }]));
  }
}
