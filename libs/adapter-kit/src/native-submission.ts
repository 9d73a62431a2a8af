import type { DeliverableReviewedV1, DeliverableV1 } from '@hub/contracts';

/**
 * One thing a partner delivers or reports on an order besides its status, in the hub's terms, before the kit gives
 * it its id: a draft under approval (PRAP), a monitoring alert (Eltes), a day's call figures (Bell System 24), a
 * rating certificate (I.S.Rating), an evidence item (AOS). Its `facts` are the partner's figures, checked against
 * `factsContract` (a partner contract) before anything is published.
 */
export type DeliverableDraft = Omit<DeliverableV1, 'deliverableId' | 'facts' | 'discrepancy' | 'repeats' | 'needsApproval' | 'version'> & {
  /** The partner's figures by name; a plain object the contract `factsContract` (when given) accepts. */
  facts: object;
  /** Default 1. */
  version?: number;
  /** Default refuse_changes: the same content counts once, changed content is refused (an append-only record). */
  repeats?: DeliverableV1['repeats'];
  /** Default false. */
  needsApproval?: boolean;
};

/** What the kit knows about the request a submission came in. */
export interface SubmissionContext {
  /** The route's path parameters (`engagements/:engagementId/daily-reports` → `{ engagementId }`). */
  params: Record<string, string>;
}

/** A JSON body, checked against the partner's contract before the mapping sees it. */
export interface JsonSubmissionBody {
  /** The native contract of the body, `partners/<id>/<name>.v<N>`. */
  contract: string;
}

/**
 * A file (Bell System 24's daily report as Shift_JIS CSV): the kit takes the raw bytes of the listed media types; the
 * mapping decodes and validates them, refusing with `invalidInput` naming each bad row, and returns the parsed rows,
 * which the kit then checks against `contract` like any JSON body.
 */
export interface FileSubmissionBody<Parsed> {
  /** Media types taken, e.g. `text/csv`; a charset parameter is passed to `parse`. */
  mediaTypes: readonly string[];
  /** The contract of what `parse` returns, `partners/<id>/<name>.v<N>`. */
  contract: string;
  parse(bytes: Buffer, contentType: string, context: SubmissionContext): Parsed;
}

/**
 * A native route on which the partner submits deliverables: `POST /<partner>/v<N>/<route>`, authenticated like a
 * callback (partner token and signature), answered 202 with what became of each deliverable. The kit applies the
 * rules every partner shares (order is the partner's own; webhook-id once; repeats; publication after approval;
 * restated facts compared) and publishes the new deliverables to core.
 */
export interface NativeSubmission<Native = unknown> {
  /** Path under `/<partner>/v<N>/`: lower-case words, dashes and `:param` segments, e.g. `drafts`, `engagements/:engagementId/daily-reports`. */
  readonly route: string;
  /** One line for the API document. */
  readonly summary: string;
  readonly body: JsonSubmissionBody | FileSubmissionBody<Native>;
  /** Largest body taken; the kit's default (1 MB) when absent. */
  readonly maxBytes?: number;
  /**
   * The deliverables the submission carries. Something valid by the contract but wrong in a way a schema cannot say
   * (a certificate whose document does not hash to its stated SHA-256) is refused here by throwing a Refusal from
   * @hub/refusals naming the field.
   */
  toDeliverables(native: Native, context: SubmissionContext): DeliverableDraft[];
}

/** A notice to the partner in its terms (a review of its draft): the body, and where under its order endpoint it goes. */
export interface NativeNotice<Body> {
  /** Appended to the partner's endpoint URL, e.g. `/<engagement id>/documents/<doc>/review`. */
  path: string;
  body: Body;
}

/** How a partner whose deliverables need approval is told of the coordinator's decision. */
export interface NativeReviews<Body = unknown> {
  /** The native contract of the notice. */
  readonly contract: string;
  toNative(review: DeliverableReviewedV1): NativeNotice<Body>;
}
