import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OrderStatusV1, OrderV2 } from '@hub/contracts';
import { entityList, listEntities, type PartnerFilter, type TimeRange } from '../listing/entity-page';
import { type ListPage, type PageRequest } from '@hub/http';
import { orderView } from '../views';
import { OrderEntity } from './order.entity';
import { OrderRepository } from './order.repository';

export interface OrderFilter extends TimeRange {
  caseId?: string;
  state?: OrderStatusV1;
}

export const ORDERS = entityList(OrderEntity, 'o.issued_at', 'orders1', (param) => `o.partner_id = ${param}`);

/** Engagement orders as GET /orders lists them, newest issued first, each as GET /orders/{orderId} shows it. */
@Injectable()
export class OrderList {
  constructor(private readonly orders: OrderRepository) {}

  async page(tx: EntityManager, partner: PartnerFilter, filter: OrderFilter, page: PageRequest): Promise<ListPage<OrderV2>> {
    const conditions = { 'o.case_id = :caseId': filter.caseId, 'o.status = :state': filter.state };
    return listEntities(tx, ORDERS, partner, conditions, filter, page, async (orders) => {
      const costBearing = await this.orders.costBearingOf(tx, orders.map((o) => o.id));
      return orders.map((o) => orderView(o, costBearing.get(o.id) ?? null));
    });
  }
}
