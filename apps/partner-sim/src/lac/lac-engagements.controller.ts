import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ContractBodyPipe, notFound, unauthorized } from '@hub/http';
import { LacEngagementCancellation, LacEngagementRequest, LacSystem } from './lac-system';

export const LAC_SYSTEM = Symbol('LAC_SYSTEM');

/** LAC's contracts per API version, as the simulator checks what the hub sends it. */
const CONTRACTS = {
  v1: { request: new ContractBodyPipe('partners/lac/engagement-request.v1'), cancellation: new ContractBodyPipe('partners/lac/engagement-cancellation.v1') },
  v2: { request: new ContractBodyPipe('partners/lac/engagement-request.v2'), cancellation: new ContractBodyPipe('partners/lac/engagement-cancellation.v2') },
};

/**
 * LAC's native API as the simulator serves it, v1 and v2 side by side: where the hub's LAC adapter delivers
 * engagement requests and cancellations. An engagement is answered (its callbacks) in the version it came in.
 */
@Controller('lac')
export class LacEngagementsController {
  constructor(@Inject(LAC_SYSTEM) private readonly lac: LacSystem) {}

  @Post(['v1/engagements', 'v2/engagements'])
  @HttpCode(202)
  receive(@Req() request: RawBodyRequest<Request>, @Headers() headers: Record<string, string>, @Body() body: unknown) {
    this.verify(request, headers);
    const engagement = CONTRACTS[versionOf(request)].request.transform(body) as LacEngagementRequest;
    const received = this.lac.receive(headers['webhook-id'], engagement);
    return { ticket: received.ticket, received_at: received.receivedAt };
  }

  @Post(['v1/engagements/:engagementId/cancellation', 'v2/engagements/:engagementId/cancellation'])
  @HttpCode(202)
  cancel(@Req() request: RawBodyRequest<Request>, @Headers() headers: Record<string, string>, @Param('engagementId') engagementId: string, @Body() body: unknown) {
    this.verify(request, headers);
    const cancellation = CONTRACTS[versionOf(request)].cancellation.transform(body) as LacEngagementCancellation;
    const received = cancellation.engagement_id === engagementId ? this.lac.cancel(headers['webhook-id'], cancellation) : undefined;
    if (!received) throw notFound('Engagement', engagementId);
    return { ticket: (this.lac.find(engagementId) as { ticket: string }).ticket, received_at: received.receivedAt };
  }

  @Get(['v1/engagements', 'v2/engagements'])
  list() {
    return { engagements: this.lac.list() };
  }

  @Get(['v1/engagements/:engagementId', 'v2/engagements/:engagementId'])
  get(@Param('engagementId') engagementId: string) {
    const engagement = this.lac.find(engagementId);
    if (!engagement) throw notFound('Engagement', engagementId);
    return engagement;
  }

  @Get(['v1/engagements/:engagementId/cancellation', 'v2/engagements/:engagementId/cancellation'])
  getCancellation(@Param('engagementId') engagementId: string) {
    const cancellation = this.lac.cancellationOf(engagementId);
    if (!cancellation) throw notFound('Cancellation of engagement', engagementId);
    return cancellation;
  }

  private verify(request: RawBodyRequest<Request>, headers: Record<string, string>): void {
    try {
      this.lac.verify(request.rawBody?.toString('utf8') ?? '', headers);
    } catch (error) {
      throw unauthorized('bad_signature', `LAC refused the delivery: ${(error as Error).message}`);
    }
  }
}

const versionOf = (request: Request): 'v1' | 'v2' => (request.path.startsWith('/lac/v2/') ? 'v2' : 'v1');
