import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, type RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Bell24OperationRequestV1, Bell24RequestWithdrawalV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import type { HubSignatureCheck } from '@hub/simulator-kit';
import type { Bell24System } from './bell24-system';

export const BELL24_SYSTEM = Symbol('BELL24_SYSTEM');
export const BELL24_SIGNATURE = Symbol('BELL24_SIGNATURE');

const REQUEST = new ContractBodyPipe('partners/bell24/operation-request.v1');
const WITHDRAWAL = new ContractBodyPipe('partners/bell24/request-withdrawal.v1');

/**
 * Bell24's own API as the simulator serves it: where the hub's Bell24 adapter delivers operation requests and their
 * withdrawals, each checked for the hub's signature and against Bell24's contract; and, for the demo, what Bell24 holds.
 */
@Controller('bell24/v1/operation-requests')
export class Bell24RequestsController {
  constructor(
    @Inject(BELL24_SYSTEM) private readonly bell24: Bell24System,
    @Inject(BELL24_SIGNATURE) private readonly signature: HubSignatureCheck,
  ) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Body() body: unknown) {
    this.signature.verify(request);
    const received = this.bell24.receive(webhookId, REQUEST.transform(body) as Bell24OperationRequestV1);
    return { centerCode: received.centerCode, receivedAt: received.receivedAt };
  }

  @Post(':requestId/withdrawal')
  @HttpCode(202)
  withdraw(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Param('requestId') requestId: string, @Body() body: unknown) {
    this.signature.verify(request);
    const withdrawal = WITHDRAWAL.transform(body) as Bell24RequestWithdrawalV1;
    const received = withdrawal.requestId === requestId ? this.bell24.withdraw(webhookId, withdrawal) : undefined;
    if (!received) throw notFound('Operation request', requestId);
    return { centerCode: this.bell24.find(requestId)?.centerCode, receivedAt: received.receivedAt };
  }

  @Get()
  list() {
    return { requests: this.bell24.list() };
  }

  @Get(':requestId')
  get(@Param('requestId') requestId: string) {
    const received = this.bell24.find(requestId);
    if (!received) throw notFound('Operation request', requestId);
    return { ...received, withdrawal: this.bell24.withdrawalOf(requestId) ?? null };
  }
}
