import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CancelOrderRequestV1, CloseOrderRequestV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound, uuidParam } from '@hub/http';
import { correlationIdFrom } from '../correlation';
import { orderView } from '../views';
import { OrderEntity } from './order.entity';
import { OrderRepository } from './order.repository';
import { EndOrder } from './usecases/end-order.usecase';

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly endOrder: EndOrder,
    private readonly orders: OrderRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Get(':orderId')
  async get(@Param('orderId', uuidParam('orderId')) orderId: string) {
    const order = await this.orders.findById(this.dataSource.manager, orderId);
    if (!order) throw notFound('Order', orderId);
    return this.view(order);
  }

  @Post(':orderId/cancel')
  @HttpCode(200)
  async cancel(
    @Param('orderId', uuidParam('orderId')) orderId: string,
    @Body(new ContractBodyPipe('http/core/cancel-order.v1')) body: CancelOrderRequestV1,
    @Headers('x-correlation-id') correlationHeader?: string,
  ) {
    const correlationId = correlationIdFrom(correlationHeader);
    return this.view(await this.endOrder.execute({ orderId, to: 'cancelled', by: body.cancelledBy, reason: body.reason, correlationId }));
  }

  @Post(':orderId/close')
  @HttpCode(200)
  async close(
    @Param('orderId', uuidParam('orderId')) orderId: string,
    @Body(new ContractBodyPipe('http/core/close-order.v1')) body: CloseOrderRequestV1,
    @Headers('x-correlation-id') correlationHeader?: string,
  ) {
    const correlationId = correlationIdFrom(correlationHeader);
    return this.view(await this.endOrder.execute({ orderId, to: 'closed', by: body.closedBy, reason: body.note, correlationId }));
  }

  private async view(order: OrderEntity) {
    const costBearing = await this.orders.costBearingOf(this.dataSource.manager, [order.id]);
    return orderView(order, costBearing.get(order.id) ?? null);
  }
}
