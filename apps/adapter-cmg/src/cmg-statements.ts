import type { DeliverableDraft, NativeReviews, NativeSubmission } from '@hub/adapter-kit';
import type { CmgSignOffV1, CmgStatementDraftV1, CmgStatementFactsV1, DeliverableReviewedV1 } from '@hub/contracts';
import { invalidInput } from '@hub/refusals';

type StatementType = CmgStatementDraftV1['statement']['statementType'];

/** The kind every CMG statement under sign-off is filed as; its reference is CMG's statement reference, its version the revision. */
export const CRISIS_STATEMENT = 'crisis_statement';

const FACTS_TYPE: Record<StatementType, CmgStatementFactsV1['statementType']> = {
  HOLDING_STATEMENT: 'holding_statement',
  MEDIA_QA: 'media_qa',
  CUSTOMER_STATEMENT: 'customer_statement',
};

/** How CMG labels each kind of statement, so the coordinator's timeline reads as CMG's consultants write. */
const LABEL: Record<StatementType, string> = {
  HOLDING_STATEMENT: 'ホールディング・ステートメント',
  MEDIA_QA: '想定問答',
  CUSTOMER_STATEMENT: 'お客様向けステートメント',
};

/**
 * The hub's order a statement is about. CMG names the mandate in the path and in the body; the two must agree, or the
 * statement might be filed under a mandate it was not written for.
 */
export function mandateOf(body: CmgStatementDraftV1, params: Record<string, string>): string {
  if (params.mandateId !== body.mandateId) {
    throw invalidInput('mandateId in the body is not the mandate of the path', [{ field: 'mandateId', reason: 'must be the mandateId of the path' }]);
  }
  return body.mandateId;
}

/** CMG releases a statement for sign-off one revision at a time: each revision is a deliverable the coordinator signs off or returns. */
export const cmgStatementDrafts: NativeSubmission<CmgStatementDraftV1> = {
  route: 'mandates/:mandateId/statements',
  summary: "CMG releases a revision of a crisis statement (holding statement, media Q&A, statement to customers) for the client's sign-off",
  body: { contract: 'partners/cmg/statement-draft.v1' },
  toDeliverables(native, context): DeliverableDraft[] {
    const orderId = mandateOf(native, context.params);
    const s = native.statement;
    const facts: CmgStatementFactsV1 = {
      statementType: FACTS_TYPE[s.statementType],
      headline: s.headline,
      text: s.bodyText,
      ...(s.audience ? { audience: s.audience } : {}),
      draftedBy: s.draftedBy,
      ...(s.changesSinceLastRevision ? { changesSinceLastRevision: s.changesSinceLastRevision } : {}),
    };
    return [
      {
        orderId,
        kind: CRISIS_STATEMENT,
        reference: s.statementRef,
        version: s.revision,
        title: `【${LABEL[s.statementType]}】${s.headline}`,
        ...(s.consultantNote ? { summary: s.consultantNote } : {}),
        attention: 'normal',
        occurredAt: s.releasedForSignOffAt,
        facts,
        factsContract: 'partners/cmg/statement-facts.v1',
        needsApproval: true,
      },
    ];
  },
};

/**
 * The coordinator's decision as CMG's sign-off notice, POSTed under the statement at CMG's Crisis Room. A returned revision
 * carries the comments CMG revises from; a sign-off may carry a remark too.
 */
export const cmgSignOffs: NativeReviews<CmgSignOffV1> = {
  contract: 'partners/cmg/sign-off.v1',
  toNative(review: DeliverableReviewedV1) {
    return {
      path: `/${review.orderId}/statements/${encodeURIComponent(review.reference)}/sign-off`,
      body: {
        crisisRoomApi: '1',
        mandateId: review.orderId,
        statementRef: review.reference,
        revision: review.version,
        verdict: review.decision === 'approved' ? 'SIGNED_OFF' : 'REVISE',
        ...(review.comment ? { reviewerComments: review.comment } : {}),
        reviewer: review.reviewedBy,
        decidedAt: review.reviewedAt,
        hubDeliverableId: review.deliverableId,
      },
    };
  },
};
