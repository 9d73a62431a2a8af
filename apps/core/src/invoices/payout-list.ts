import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PayoutStateV2, PayoutV2 } from '@hub/contracts';
import { entityList, listEntities, type PartnerFilter, type TimeRange } from '../listing/entity-page';
import { type ListPage, type PageRequest } from '@hub/http';
import { InvoiceRepository } from './invoice.repository';
import { payoutView } from './invoice-view';
import { PayoutEntity } from './payout.entity';

export interface PayoutFilter extends TimeRange {
  state?: PayoutStateV2;
  caseId?: string;
}

/**
 * A partner's payouts are those of its own invoices — to itself when the insured assigned the claim, else to the
 * insured it billed — and nothing of other partners' invoices or other insureds.
 */
export const PAYOUTS = entityList(PayoutEntity, 'p.instructed_at', 'payouts1', (param) => `p.invoice_id IN (SELECT i.id FROM invoices i WHERE i.partner_id = ${param})`);

/** Payout instructions as GET /payouts lists them: newest instructed first, every one of them a page at a time. */
@Injectable()
export class PayoutList {
  constructor(private readonly invoices: InvoiceRepository) {}

  async page(tx: EntityManager, partner: PartnerFilter, filter: PayoutFilter, page: PageRequest): Promise<ListPage<PayoutV2>> {
    const conditions = { 'p.state = :state': filter.state, 'p.case_id = :caseId': filter.caseId };
    return listEntities(tx, PAYOUTS, partner, conditions, filter, page, async (payouts) => {
      const amendments = await this.invoices.amendmentsOf(tx, payouts.map((p) => p.id));
      return payouts.map((p) => payoutView(p, amendments.get(p.id) ?? []));
    });
  }
}
