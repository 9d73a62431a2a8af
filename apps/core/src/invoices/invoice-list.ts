import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { InvoiceStateV1, InvoiceViewV2 } from '@hub/contracts';
import { entityList, listEntities, type PartnerFilter, type TimeRange } from '../listing/entity-page';
import { type ListPage, type PageRequest } from '@hub/http';
import { OrderEntity } from '../orders/order.entity';
import { InvoiceEntity } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';
import { invoiceView } from './invoice-view';
import { PayoutEntity } from './payout.entity';
import { SettlementDecisionEntity } from './settlement-decision.entity';

export interface InvoiceFilter extends TimeRange {
  state?: InvoiceStateV1;
  caseId?: string;
  policyNumber?: string;
}

export const INVOICES = entityList(InvoiceEntity, 'i.submitted_at', 'invoices1', (param) => `i.partner_id = ${param}`);

function byKey<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(keyOf(item)) ?? [];
    list.push(item);
    map.set(keyOf(item), list);
  }
  return map;
}

/** Invoices as GET /invoices lists them, newest submitted first, each the whole view GET /invoices/{invoiceId} gives. */
@Injectable()
export class InvoiceList {
  constructor(private readonly invoices: InvoiceRepository) {}

  async page(tx: EntityManager, partner: PartnerFilter, filter: InvoiceFilter, page: PageRequest): Promise<ListPage<InvoiceViewV2>> {
    const conditions = {
      'i.state = :state': filter.state,
      'i.case_id = :caseId': filter.caseId,
      'i.policy_id = (SELECT p.id FROM policies p WHERE p.policy_number = :policyNumber)': filter.policyNumber,
    };
    return listEntities(tx, INVOICES, partner, conditions, filter, page, (invoices) => this.viewsOf(tx, invoices));
  }

  /** The page's views: its decisions, payouts, their amendments and its orders read in one statement each. */
  private async viewsOf(tx: EntityManager, invoices: InvoiceEntity[]): Promise<InvoiceViewV2[]> {
    const invoiceIds = invoices.map((i) => i.id);
    const decisions = byKey(await tx.getRepository(SettlementDecisionEntity).find({ where: { invoiceId: In(invoiceIds) }, order: { seq: 'ASC' } }), (d) => d.invoiceId);
    const payoutList = await tx.getRepository(PayoutEntity).find({ where: { invoiceId: In(invoiceIds) }, order: { instructedAt: 'ASC', id: 'ASC' } });
    const payouts = byKey(payoutList, (p) => p.invoiceId);
    const amendments = await this.invoices.amendmentsOf(tx, payoutList.map((p) => p.id));
    const orders = await tx.getRepository(OrderEntity).find({ where: { id: In([...new Set(invoices.map((i) => i.orderId))]) }, select: { id: true, insured: true } });
    const insured = new Map(orders.map((o) => [o.id, o.insured]));
    return invoices.map((i) => invoiceView(i, insured.get(i.orderId) ?? true, decisions.get(i.id) ?? [], payouts.get(i.id) ?? [], amendments));
  }
}
