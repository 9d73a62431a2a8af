import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { CmgMandateBriefV1, CmgMandateStandDownV1, CmgSignOffV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import { CmgCrisisRoom } from './cmg-crisis-room';

export const CMG_CRISIS_ROOM = Symbol('CMG_CRISIS_ROOM');

const BRIEF = new ContractBodyPipe('partners/cmg/mandate-brief.v1');
const STAND_DOWN = new ContractBodyPipe('partners/cmg/mandate-stand-down.v1');
const SIGN_OFF = new ContractBodyPipe('partners/cmg/sign-off.v1');

/**
 * CMG's Crisis Room API as the simulator serves it: where the hub's CMG adapter delivers mandate briefs, stand-downs and
 * the coordinator's sign-offs. Everything is checked as CMG would: the hub's signature first, then CMG's contract. The
 * GET routes let tests and people see what CMG received.
 */
@Controller('cmg/v1/mandates')
export class CmgCrisisRoomController {
  constructor(@Inject(CMG_CRISIS_ROOM) private readonly room: CmgCrisisRoom) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Body() body: unknown) {
    this.room.verify(request);
    const mandate = this.room.receive(webhookId, BRIEF.transform(body) as CmgMandateBriefV1);
    return { logged: true, cmgMandateNo: mandate.cmgMandateNo, loggedAt: mandate.receivedAt };
  }

  @Post(':mandateId/stand-down')
  @HttpCode(202)
  standDown(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Param('mandateId') mandateId: string, @Body() body: unknown) {
    this.room.verify(request);
    const notice = STAND_DOWN.transform(body) as CmgMandateStandDownV1;
    const mandate = notice.mandateId === mandateId ? this.room.standDown(webhookId, notice) : undefined;
    if (!mandate) throw notFound('Mandate', mandateId);
    return { logged: true, cmgMandateNo: mandate.cmgMandateNo };
  }

  @Post(':mandateId/statements/:statementRef/sign-off')
  @HttpCode(202)
  signOff(
    @Req() request: RawBodyRequest<Request>,
    @Headers('webhook-id') webhookId: string,
    @Param('mandateId') mandateId: string,
    @Param('statementRef') statementRef: string,
    @Body() body: unknown,
  ) {
    this.room.verify(request);
    const notice = SIGN_OFF.transform(body) as CmgSignOffV1;
    const mandate = notice.mandateId === mandateId && notice.statementRef === statementRef ? this.room.signOff(webhookId, notice) : undefined;
    if (!mandate) throw notFound('Statement', `${mandateId}/${statementRef}`);
    return { logged: true, cmgMandateNo: mandate.cmgMandateNo };
  }

  @Get()
  list() {
    return { mandates: this.room.list() };
  }

  @Get(':mandateId')
  find(@Param('mandateId') mandateId: string) {
    const mandate = this.room.find(mandateId);
    if (!mandate) throw notFound('Mandate', mandateId);
    return mandate;
  }
}
