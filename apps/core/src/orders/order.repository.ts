import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrderEntity } from './order.entity';

/** Row locks are FOR NO KEY UPDATE: they exclude other writers without blocking foreign-key checks of child rows. */
@Injectable()
export class OrderRepository {
  findById(tx: EntityManager, id: string): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).findOneBy({ id });
  }

  /**
   * Locks one partner's order for a status change. The partner id is part of the query, so a status
   * report from one partner can never find, let alone move, another partner's order.
   */
  findForPartnerForUpdate(tx: EntityManager, partnerId: string, orderId: string): Promise<OrderEntity | null> {
    return tx.getRepository(OrderEntity).findOne({ where: { id: orderId, partnerId }, lock: { mode: 'for_no_key_update' } });
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
}
