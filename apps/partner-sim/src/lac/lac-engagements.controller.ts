import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { LacEngagementRequestV1 } from '@hub/contracts';
import { ContractBodyPipe, notFound, unauthorized } from '@hub/http';
import { LacSystem } from './lac-system';

export const LAC_SYSTEM = Symbol('LAC_SYSTEM');

/** LAC's native API v1 as the simulator serves it: where the hub's LAC adapter delivers engagement requests. */
@Controller('lac/v1/engagements')
export class LacEngagementsController {
  constructor(@Inject(LAC_SYSTEM) private readonly lac: LacSystem) {}

  @Post()
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers() headers: Record<string, string>, @Body() body: unknown) {
    try {
      this.lac.verify(request.rawBody?.toString('utf8') ?? '', headers);
    } catch (error) {
      throw unauthorized('bad_signature', `LAC refused the delivery: ${(error as Error).message}`);
    }
    const engagement = new ContractBodyPipe('partners/lac/engagement-request.v1').transform(body) as LacEngagementRequestV1;
    const received = this.lac.receive(headers['webhook-id'], engagement);
    return { ticket: received.ticket, received_at: received.receivedAt };
  }

  @Get()
  list() {
    return { engagements: this.lac.list() };
  }

  @Get(':engagementId')
  get(@Param('engagementId') engagementId: string) {
    const engagement = this.lac.find(engagementId);
    if (!engagement) throw notFound('Engagement', engagementId);
    return engagement;
  }
}
