import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { PrapAnkenCancellationV1, PrapAnkenOrderV1, PrapShoninKekkaV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import { PrapDesk } from './prap-desk';

export const PRAP_DESK = Symbol('PRAP_DESK');

const ORDER = new ContractBodyPipe('partners/prap/anken-order.v1');
const CANCELLATION = new ContractBodyPipe('partners/prap/anken-cancellation.v1');
const REVIEW = new ContractBodyPipe('partners/prap/shonin-kekka.v1');

/**
 * PRAP's Crisis Desk API as the simulator serves it: where the hub's PRAP adapter delivers matters, their withdrawal and
 * the coordinator's decisions on drafts. Everything is checked as PRAP would: the hub's signature first, then PRAP's
 * contract. The GET routes let tests and people see what PRAP received.
 */
@Controller('prap/v1/anken')
export class PrapDeskController {
  constructor(@Inject(PRAP_DESK) private readonly desk: PrapDesk) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Body() body: unknown) {
    this.desk.verify(request);
    const anken = this.desk.receive(webhookId, ORDER.transform(body) as PrapAnkenOrderV1);
    return { uketsuke: true, ankenNo: anken.ankenNo, uketsukeNichiji: anken.receivedAt };
  }

  @Post(':ankenId/torikeshi')
  @HttpCode(202)
  cancel(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Param('ankenId') ankenId: string, @Body() body: unknown) {
    this.desk.verify(request);
    const notice = CANCELLATION.transform(body) as PrapAnkenCancellationV1;
    const anken = notice.ankenId === ankenId ? this.desk.cancel(webhookId, notice) : undefined;
    if (!anken) throw notFound('Anken', ankenId);
    return { uketsuke: true, ankenNo: anken.ankenNo };
  }

  @Post(':ankenId/documents/:documentNo/shonin-kekka')
  @HttpCode(202)
  review(
    @Req() request: RawBodyRequest<Request>,
    @Headers('webhook-id') webhookId: string,
    @Param('ankenId') ankenId: string,
    @Param('documentNo') documentNo: string,
    @Body() body: unknown,
  ) {
    this.desk.verify(request);
    const notice = REVIEW.transform(body) as PrapShoninKekkaV1;
    const anken = notice.ankenId === ankenId && notice.documentNo === documentNo ? this.desk.review(webhookId, notice) : undefined;
    if (!anken) throw notFound('Document', `${ankenId}/${documentNo}`);
    return { uketsuke: true, ankenNo: anken.ankenNo };
  }

  @Get()
  list() {
    return { anken: this.desk.list() };
  }

  @Get(':ankenId')
  find(@Param('ankenId') ankenId: string) {
    const anken = this.desk.find(ankenId);
    if (!anken) throw notFound('Anken', ankenId);
    return anken;
  }
}
