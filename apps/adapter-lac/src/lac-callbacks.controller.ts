import { Body, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { LacStatusCallbackV1 } from '@hub/contracts';
import { StatusIntake, WebhookAuth } from '@hub/adapter-kit';
import { ContractBodyPipe } from '@hub/http';

/**
 * LAC's inbound endpoint for status callbacks: authenticate (signature, freshness), validate the native
 * payload, then hand it to the kit, which dedupes by webhook-id and publishes the canonical event.
 */
@Controller('lac/v1')
export class LacCallbacksController {
  constructor(
    private readonly auth: WebhookAuth,
    private readonly intake: StatusIntake,
  ) {}

  @Post('callbacks')
  @HttpCode(200)
  async receive(
    @Req() request: RawBodyRequest<Request>,
    @Headers() headers: Record<string, string | undefined>,
    @Body() body: unknown,
  ) {
    const webhookId = this.auth.verify(headers, request.rawBody);
    const callback = new ContractBodyPipe('partners/lac/status-callback.v1').transform(body) as LacStatusCallbackV1;
    const result = await this.intake.execute(webhookId, callback);
    return { received: true, duplicate: result.duplicate, ...(result.eventId ? { eventId: result.eventId } : {}) };
  }
}
