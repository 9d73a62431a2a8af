import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvoiceEntity } from './invoice.entity';
import { PayoutEntity } from './payout.entity';
import { SettlementDecisionEntity } from './settlement-decision.entity';

/** Row locks are FOR NO KEY UPDATE: they exclude other writers without blocking foreign-key checks of child rows. */
@Injectable()
export class InvoiceRepository {
  findById(tx: EntityManager, id: string): Promise<InvoiceEntity | null> {
    return tx.getRepository(InvoiceEntity).findOneBy({ id });
  }

  findForUpdate(tx: EntityManager, id: string): Promise<InvoiceEntity | null> {
    return tx.getRepository(InvoiceEntity).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  /** A partner's invoice by its own number; the partner id is part of the key, so no partner finds another's. */
  findByNumberForUpdate(tx: EntityManager, partnerId: string, invoiceNumber: string): Promise<InvoiceEntity | null> {
    return tx.getRepository(InvoiceEntity).findOne({ where: { partnerId, invoiceNumber }, lock: { mode: 'for_no_key_update' } });
  }

  decisionOf(tx: EntityManager, invoiceId: string): Promise<SettlementDecisionEntity | null> {
    return tx.getRepository(SettlementDecisionEntity).findOneBy({ invoiceId });
  }

  payoutOf(tx: EntityManager, invoiceId: string): Promise<PayoutEntity | null> {
    return tx.getRepository(PayoutEntity).findOneBy({ invoiceId });
  }

  payoutForUpdate(tx: EntityManager, invoiceId: string): Promise<PayoutEntity | null> {
    return tx.getRepository(PayoutEntity).findOne({ where: { invoiceId }, lock: { mode: 'for_no_key_update' } });
  }

  listPayouts(tx: EntityManager, state?: 'instructed' | 'paid'): Promise<PayoutEntity[]> {
    return tx.getRepository(PayoutEntity).find({ where: state ? { state } : {}, order: { instructedAt: 'ASC' }, take: 500 });
  }

  save(tx: EntityManager, invoice: InvoiceEntity): Promise<InvoiceEntity> {
    return tx.getRepository(InvoiceEntity).save(invoice);
  }
}
