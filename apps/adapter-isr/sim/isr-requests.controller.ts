import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { IsrRatingRequestV1, IsrRequestWithdrawalV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import type { HubSignatureCheck } from '@hub/simulator-kit';
import type { IsrBackOffice } from './isr-back-office';

export const ISR_BACK_OFFICE = Symbol('ISR_BACK_OFFICE');
export const ISR_SIGNATURE = Symbol('ISR_SIGNATURE');

const REQUEST = new ContractBodyPipe('partners/isr/rating-request.v1');
const WITHDRAWAL = new ContractBodyPipe('partners/isr/request-withdrawal.v1');

/**
 * I.S.Rating's own API as the simulator serves it: where the hub's adapter delivers evaluation requests and their
 * withdrawals, checked against I.S.Rating's contracts after the hub's signature; and what the back office received, for
 * people and tests to read.
 */
@Controller('isr/v1/rating-requests')
export class IsrRequestsController {
  constructor(
    @Inject(ISR_BACK_OFFICE) private readonly office: IsrBackOffice,
    @Inject(ISR_SIGNATURE) private readonly signature: HubSignatureCheck,
  ) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Body() body: unknown) {
    this.signature.verify(request);
    const received = this.office.receive(webhookId, REQUEST.transform(body) as IsrRatingRequestV1);
    return { evaluationNo: received.evaluationNo, receivedAt: received.receivedAt };
  }

  @Post(':requestNo/withdrawal')
  @HttpCode(202)
  withdraw(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Param('requestNo') requestNo: string, @Body() body: unknown) {
    this.signature.verify(request);
    const withdrawal = WITHDRAWAL.transform(body) as IsrRequestWithdrawalV1;
    const received = withdrawal.requestNo === requestNo ? this.office.withdraw(webhookId, withdrawal) : undefined;
    if (!received) throw notFound('Evaluation request', requestNo);
    return { evaluationNo: this.office.find(requestNo)?.evaluationNo, receivedAt: received.receivedAt };
  }

  @Get()
  list() {
    return { requests: this.office.list().map(({ certificate: _document, ...request }) => request) };
  }

  @Get(':requestNo')
  get(@Param('requestNo') requestNo: string) {
    const found = this.office.find(requestNo);
    if (!found) throw notFound('Evaluation request', requestNo);
    const { certificate: _document, ...request } = found;
    return { ...request, withdrawal: this.office.withdrawalOf(requestNo) ?? null };
  }
}
