import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS, partnerScope } from '@hub/auth';
import type { CancelOrderRequestV2, CloseOrderRequestV2, OrderListV1, OrderQueryV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound, parseListQuery, uuidParam } from '@hub/http';
import { orderView } from '../views';
import { OrderEntity } from './order.entity';
import { OrderRepository } from './order.repository';
import { ORDERS, OrderList } from './order-list';
import { EndOrder } from './usecases/end-order.usecase';

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly endOrder: EndOrder,
    private readonly orders: OrderRepository,
    private readonly orderList: OrderList,
    private readonly dataSource: DataSource,
  ) {}

  /** Orders newest issued first, filtered, a page at a time; a partner lists its own only, whatever partnerId it asks for. */
  @Get()
  @Callers('partner', ...CASE_READERS)
  async list(@Query() query: unknown, @CallerContext() { actor }: ActorContext): Promise<OrderListV1> {
    const { query: q, page, range } = parseListQuery<OrderQueryV1>('http/core/order-query.v1', query, ORDERS.keyset);
    const partner = { scope: partnerScope(actor), partnerId: q.partnerId };
    const { items, nextCursor } = await this.orderList.page(this.dataSource.manager, partner, { caseId: q.caseId, state: q.state, ...range }, page);
    return { orders: items, nextCursor };
  }

  /** A partner reads its own orders only: another partner's order answers the same 404 as an order that does not exist. */
  @Get(':orderId')
  @Callers('partner', ...CASE_READERS)
  async get(@Param('orderId', uuidParam('orderId')) orderId: string, @CallerContext() { actor }: ActorContext) {
    const order = await this.orders.findVisibleTo(this.dataSource.manager, orderId, partnerScope(actor));
    if (!order) throw notFound('Order', orderId);
    return this.view(order);
  }

  @Post(':orderId/cancel')
  @HttpCode(200)
  @Callers('coordinator')
  async cancel(
    @Param('orderId', uuidParam('orderId')) orderId: string,
    @Body(new ContractBodyPipe('http/core/cancel-order.v2')) body: CancelOrderRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(await this.endOrder.execute({ orderId, to: 'cancelled', reason: body.reason, ...context }));
  }

  @Post(':orderId/close')
  @HttpCode(200)
  @Callers('coordinator')
  async close(
    @Param('orderId', uuidParam('orderId')) orderId: string,
    @Body(new ContractBodyPipe('http/core/close-order.v2')) body: CloseOrderRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(await this.endOrder.execute({ orderId, to: 'closed', reason: body.note, ...context }));
  }

  private async view(order: OrderEntity) {
    const costBearing = await this.orders.costBearingOf(this.dataSource.manager, [order.id]);
    return orderView(order, costBearing.get(order.id) ?? null);
  }
}
