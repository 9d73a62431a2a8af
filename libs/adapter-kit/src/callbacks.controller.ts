import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req, Res, Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Callers } from '@hub/auth';
import type { CallbackOutcomeV1 } from '@hub/contracts';
import { ContractBodyPipe, invalidInput, notFound } from '@hub/http';
import { DataSource } from 'typeorm';
import { CallbackRecordRepository } from './callback-record.repository';
import { NativeVersion } from './define-adapter';
import { deprecationHeaders } from './deprecation-headers';
import { StatusIntake } from './status-intake';
import { WebhookAuth } from './webhook-auth';

/**
 * The partner's inbound endpoint for status callbacks of one native version, `POST /<partner>/v<N>/callbacks`:
 * authenticate (signature, freshness) before anything is parsed, validate the native payload against that
 * version's contract, then hand it to the intake, which dedupes by webhook-id and publishes the canonical event.
 * A deprecated version answers with its Deprecation and Sunset headers, so the partner's engineers see them. The
 * partner reads back what became of each callback at `GET /<partner>/v<N>/callbacks/<webhook-id>`.
 */
export function callbacksControllerFor(partnerId: string, native: NativeVersion): Type<unknown> {
  const pipe = new ContractBodyPipe(native.mapping.nativeCallbackSchema);
  const headersOfVersion = native.deprecation ? deprecationHeaders(partnerId, native.deprecation) : {};

  @Controller(`${partnerId}/v${native.version}`)
  class PartnerCallbacksController {
    constructor(
      @Inject(WebhookAuth) private readonly auth: WebhookAuth,
      @Inject(StatusIntake) private readonly intake: StatusIntake,
      @Inject(CallbackRecordRepository) private readonly callbacks: CallbackRecordRepository,
      @Inject(DataSource) private readonly dataSource: DataSource,
    ) {}

    @Post('callbacks')
    @HttpCode(200)
    @Callers('partner')
    async receive(
      @Req() request: RawBodyRequest<Request>,
      @Res({ passthrough: true }) response: Response,
      @Headers() headers: Record<string, string | undefined>,
      @Body() body: unknown,
    ) {
      response.set(headersOfVersion);
      const webhookId = this.auth.verify(headers, request.rawBody);
      const callback = pipe.transform(body);
      const result = await this.intake.execute(webhookId, callback, native);
      return { received: true, duplicate: result.duplicate, ...(result.eventId ? { eventId: result.eventId } : {}) };
    }

    /**
     * What became of one callback the partner sent: the adapter's answer and core's placement. Signed like a
     * callback (over an empty body), so a partner reads only its own; unknown ids are 404 like others' would be.
     */
    @Get('callbacks/:webhookId')
    @Callers('partner')
    async outcome(
      @Res({ passthrough: true }) response: Response,
      @Headers() headers: Record<string, string | undefined>,
      @Param('webhookId') webhookId: string,
    ): Promise<CallbackOutcomeV1> {
      response.set(headersOfVersion);
      this.auth.verify(headers, Buffer.alloc(0));
      if (!/^[\w.:-]{1,100}$/.test(webhookId)) {
        throw invalidInput('webhookId must be 1 to 100 letters, digits, _ . : or -', [{ field: 'webhookId', reason: 'must be 1 to 100 letters, digits, _ . : or -' }]);
      }
      const outcome = await this.callbacks.outcomeOf(this.dataSource.manager, partnerId, webhookId);
      if (!outcome) throw notFound('Callback', webhookId);
      return outcome;
    }
  }
  Object.defineProperty(PartnerCallbacksController, 'name', { value: `${partnerId}V${native.version}CallbacksController` });
  return PartnerCallbacksController;
}
