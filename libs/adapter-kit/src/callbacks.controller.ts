import { Body, Controller, Headers, HttpCode, Inject, Post, RawBodyRequest, Req, Res, Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ContractBodyPipe } from '@hub/http';
import { NativeVersion } from './define-adapter';
import { deprecationHeaders } from './deprecation-headers';
import { StatusIntake } from './status-intake';
import { WebhookAuth } from './webhook-auth';

/**
 * The partner's inbound endpoint for status callbacks of one native version, `POST /<partner>/v<N>/callbacks`:
 * authenticate (signature, freshness) before anything is parsed, validate the native payload against that
 * version's contract, then hand it to the intake, which dedupes by webhook-id and publishes the canonical event.
 * A deprecated version answers with its Deprecation and Sunset headers, so the partner's engineers see them.
 */
export function callbacksControllerFor(partnerId: string, native: NativeVersion): Type<unknown> {
  const pipe = new ContractBodyPipe(native.mapping.nativeCallbackSchema);
  const headersOfVersion = native.deprecation ? deprecationHeaders(partnerId, native.deprecation) : {};

  @Controller(`${partnerId}/v${native.version}`)
  class PartnerCallbacksController {
    constructor(
      @Inject(WebhookAuth) private readonly auth: WebhookAuth,
      @Inject(StatusIntake) private readonly intake: StatusIntake,
    ) {}

    @Post('callbacks')
    @HttpCode(200)
    async receive(
      @Req() request: RawBodyRequest<Request>,
      @Res({ passthrough: true }) response: Response,
      @Headers() headers: Record<string, string | undefined>,
      @Body() body: unknown,
    ) {
      response.set(headersOfVersion);
      const webhookId = this.auth.verify(headers, request.rawBody);
      const callback = pipe.transform(body);
      const result = await this.intake.execute(webhookId, callback, native.mapping);
      return { received: true, duplicate: result.duplicate, ...(result.eventId ? { eventId: result.eventId } : {}) };
    }
  }
  Object.defineProperty(PartnerCallbacksController, 'name', { value: `${partnerId}V${native.version}CallbacksController` });
  return PartnerCallbacksController;
}
