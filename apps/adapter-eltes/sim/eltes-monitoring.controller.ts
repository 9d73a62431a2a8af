import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { EltesMonitoringRequestV1, EltesMonitoringStopV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import type { HubSignatureCheck } from '@hub/simulator-kit';
import type { EltesBackOffice, ReceivedRequest } from './eltes-back-office';

export const ELTES_BACK_OFFICE = Symbol('ELTES_BACK_OFFICE');
export const ELTES_SIGNATURE = Symbol('ELTES_SIGNATURE');

const REQUEST = new ContractBodyPipe('partners/eltes/monitoring-request.v1');
const STOP = new ContractBodyPipe('partners/eltes/monitoring-stop.v1');

/** A request as people read it: what it said and what Eltes did, without the posts list (thousands). */
const view = ({ posts, ...request }: ReceivedRequest) => ({ ...request, postsAlerted: posts.length });

/**
 * Eltes's own API as the simulator serves it: where the hub's adapter delivers monitoring requests and stop notices,
 * checked against Eltes's contracts after the hub's signature; and what the back office received, for people and tests.
 */
@Controller('eltes/v1/monitoring-requests')
export class EltesMonitoringController {
  constructor(
    @Inject(ELTES_BACK_OFFICE) private readonly office: EltesBackOffice,
    @Inject(ELTES_SIGNATURE) private readonly signature: HubSignatureCheck,
  ) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Body() body: unknown) {
    this.signature.verify(request);
    const received = this.office.receive(webhookId, REQUEST.transform(body) as EltesMonitoringRequestV1);
    return { projectNo: received.projectNo, receivedAt: received.receivedAt };
  }

  @Post(':requestId/stop')
  @HttpCode(202)
  stop(@Req() request: RawBodyRequest<Request>, @Headers('webhook-id') webhookId: string, @Param('requestId') requestId: string, @Body() body: unknown) {
    this.signature.verify(request);
    const stop = STOP.transform(body) as EltesMonitoringStopV1;
    const received = stop.requestId === requestId ? this.office.stop(webhookId, stop) : undefined;
    if (!received) throw notFound('Monitoring request', requestId);
    return { projectNo: this.office.find(requestId)?.projectNo, receivedAt: received.receivedAt };
  }

  @Get()
  list() {
    return { requests: this.office.list().map(view) };
  }

  @Get(':requestId')
  get(@Param('requestId') requestId: string) {
    const found = this.office.find(requestId);
    if (!found) throw notFound('Monitoring request', requestId);
    return { ...view(found), stop: this.office.stopOf(requestId) ?? null };
  }
}
