import { Controller, Headers, HttpCode, Inject, Param, Post, RawBodyRequest, Req, Res, Type } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Callers } from '@hub/auth';
import type { DeliverablesReceiptV1 } from '@hub/contracts';
import { invalidInput, unprocessable } from '@hub/refusals';
import { DeliverableIntake, EVENT_BYTES } from './deliverable-intake';

/** As many deliverables as a receipt can list (Eltes sends up to 1,000 alerts a request). */
const MAX_DELIVERABLES = 1_000;
import { NativeVersion } from './define-adapter';
import { deprecationHeaders } from './deprecation-headers';
import { NativeSubmission } from './native-submission';
import { checkDeliverableDrafts, submissionBody } from './submission-body';
import { WebhookAuth } from './webhook-auth';

/**
 * `POST /<partner>/v<N>/<route>` for one of a native version's submission routes: authenticate (token, then the
 * signature over the exact bytes) before anything is parsed, read the body (JSON against its contract, or a file the
 * mapping decodes, naming bad rows), map it to deliverables and hand them to the intake. Answered 202 with what became
 * of each deliverable; core records them later.
 */
export function submissionsControllerFor(partnerId: string, native: NativeVersion, submission: NativeSubmission): Type<unknown> {
  const headersOfVersion = native.deprecation ? deprecationHeaders(partnerId, native.deprecation) : {};

  @Controller(`${partnerId}/v${native.version}`)
  class PartnerSubmissionsController {
    constructor(
      @Inject(WebhookAuth) private readonly auth: WebhookAuth,
      @Inject(DeliverableIntake) private readonly intake: DeliverableIntake,
    ) {}

    @Post(submission.route)
    @HttpCode(202)
    @Callers('partner')
    async receive(
      @Req() request: RawBodyRequest<Request>,
      @Res({ passthrough: true }) response: Response,
      @Headers() headers: Record<string, string | undefined>,
      @Param() params: Record<string, string>,
    ): Promise<DeliverablesReceiptV1> {
      response.set(headersOfVersion);
      const raw = request.rawBody ?? Buffer.alloc(0);
      const webhookId = this.auth.verify(headers, raw);
      const context = { params };
      const drafts = submission.toDeliverables(submissionBody(submission, raw, headers['content-type'] ?? '', context), context);
      if (drafts.length > MAX_DELIVERABLES) {
        throw invalidInput(`A submission carries at most ${MAX_DELIVERABLES} deliverables; this one ${drafts.length}`, [{ field: '(body)', reason: `carries more than ${MAX_DELIVERABLES} deliverables` }]);
      }
      // One deliverable must fit an event the broker takes (a 4 MB body of one huge item would otherwise block the outbox).
      const huge = drafts.findIndex((draft) => Buffer.byteLength(JSON.stringify(draft)) > EVENT_BYTES);
      if (huge >= 0) throw unprocessable('deliverable_too_large', `Deliverable ${huge} is larger than ${EVENT_BYTES} bytes once mapped`, [{ field: `deliverables/${huge}`, reason: `is larger than ${EVENT_BYTES} bytes once mapped` }]);
      // A valid native body mapped to an invalid deliverable is our mapping's bug, not the partner's: nothing is kept.
      const problems = checkDeliverableDrafts(partnerId, drafts);
      if (problems.length > 0) throw new Error(`${partnerId} v${native.version} ${submission.route} maps to invalid deliverables: ${problems.join('; ')}`);
      return this.intake.execute(webhookId, drafts);
    }
  }
  const name = submission.route.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
  Object.defineProperty(PartnerSubmissionsController, 'name', { value: `${partnerId}V${native.version}${name}SubmissionsController` });
  return PartnerSubmissionsController;
}
