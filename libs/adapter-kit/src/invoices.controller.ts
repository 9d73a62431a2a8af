import { Body, Controller, Headers, HttpCode, Inject, Post, RawBodyRequest, Req, Res, Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Callers } from '@hub/auth';
import type { SubmissionReceiptV1 } from '@hub/contracts';
import { ContractBodyPipe } from '@hub/http';
import { NativeVersion } from './define-adapter';
import { deprecationHeaders } from './deprecation-headers';
import { InvoiceIntake } from './invoice-intake';
import { WebhookAuth } from './webhook-auth';

/**
 * `POST /<partner>/v<N>/invoices`, for a native version whose mapping takes invoices: authenticate, validate the
 * native invoice against that version's contract, hand it to the intake. Answered 202: core decides later, and the
 * partner reads the decision at `GET /<partner>/v<N>/callbacks/<webhook-id>`.
 */
export function invoicesControllerFor(partnerId: string, native: NativeVersion & { mapping: { nativeInvoiceSchema: string } }): Type<unknown> {
  const pipe = new ContractBodyPipe(native.mapping.nativeInvoiceSchema);
  const headersOfVersion = native.deprecation ? deprecationHeaders(partnerId, native.deprecation) : {};

  @Controller(`${partnerId}/v${native.version}`)
  class PartnerInvoicesController {
    constructor(
      @Inject(WebhookAuth) private readonly auth: WebhookAuth,
      @Inject(InvoiceIntake) private readonly intake: InvoiceIntake,
    ) {}

    @Post('invoices')
    @Callers('partner')
    @HttpCode(202)
    async receive(
      @Req() request: RawBodyRequest<Request>,
      @Res({ passthrough: true }) response: Response,
      @Headers() headers: Record<string, string | undefined>,
      @Body() body: unknown,
    ): Promise<SubmissionReceiptV1> {
      response.set(headersOfVersion);
      const webhookId = this.auth.verify(headers, request.rawBody);
      const result = await this.intake.execute(webhookId, pipe.transform(body), native);
      return { received: true, duplicate: result.duplicate, ...(result.eventId ? { eventId: result.eventId } : {}) };
    }
  }
  Object.defineProperty(PartnerInvoicesController, 'name', { value: `${partnerId}V${native.version}InvoicesController` });
  return PartnerInvoicesController;
}

/** The native versions whose mapping takes invoices. */
export const takesInvoices = (native: NativeVersion): native is NativeVersion & { mapping: { nativeInvoiceSchema: string } } =>
  native.mapping.nativeInvoiceSchema !== undefined && native.mapping.toCanonicalInvoice !== undefined;
