import type { DeliverableDraft, NativeReviews, NativeSubmission } from '@hub/adapter-kit';
import type { DeliverableReviewedV1, PrapCrisisDocumentFactsV1, PrapDocumentDraftsV1, PrapShoninKekkaV1 } from '@hub/contracts';
import { invalidInput } from '@hub/refusals';
import { ankenOf } from './prap-anken';

type Shubetsu = PrapDocumentDraftsV1['documents'][number]['shubetsu'];

/** The kind every PRAP document under approval is filed as; its reference is PRAP's 文書番号, its version PRAP's 版. */
export const CRISIS_DOCUMENT = 'crisis_document';

const DOCUMENT_TYPE: Record<Shubetsu, PrapCrisisDocumentFactsV1['documentType']> = {
  FACT_MASTER: 'fact_master',
  POSITION_PAPER: 'position_paper',
  OWABI_RELEASE: 'apology_and_press_release',
  SOTEI_MONDO: 'anticipated_qa',
  KAIKEN_SHINKOHYO: 'press_conference_run_sheet',
  SHINBUN_SHAKOKU: 'newspaper_notice',
};

/** How PRAP labels each kind of document, so the coordinator's timeline reads as PRAP's consultants write. */
const LABEL: Record<Shubetsu, string> = {
  FACT_MASTER: 'ファクトマスター',
  POSITION_PAPER: 'ポジションペーパー',
  OWABI_RELEASE: 'お詫び・プレスリリース',
  SOTEI_MONDO: '想定問答',
  KAIKEN_SHINKOHYO: '記者会見進行表',
  SHINBUN_SHAKOKU: '新聞社告',
};

/**
 * A document is submitted one version at a time: the next version answers the coordinator's comments on the last, so
 * two versions of one document in one request cannot both have been reviewed in turn.
 */
function refuseTwoVersionsOfOneDocument(documents: PrapDocumentDraftsV1['documents']): void {
  const seen = new Set<string>();
  const issues = documents.flatMap((d, i) => {
    if (!seen.has(d.documentNo)) {
      seen.add(d.documentNo);
      return [];
    }
    return [{ field: `documents[${i}].documentNo`, reason: 'appears twice in one submission: a document is submitted one version at a time' }];
  });
  if (issues.length > 0) throw invalidInput('A document appears twice in one submission', issues);
}

/** PRAP's drafts (文書提出): each version of each document is a deliverable the coordinator approves or returns. */
export const prapDocumentDrafts: NativeSubmission<PrapDocumentDraftsV1> = {
  route: 'anken/:ankenId/documents',
  summary: "PRAP submits a version (版) of crisis-PR documents for the insured's approval",
  body: { contract: 'partners/prap/document-drafts.v1' },
  toDeliverables(native, context): DeliverableDraft[] {
    const orderId = ankenOf(native.ankenId, context);
    refuseTwoVersionsOfOneDocument(native.documents);
    return native.documents.map((d) => {
      const facts: PrapCrisisDocumentFactsV1 = {
        documentType: DOCUMENT_TYPE[d.shubetsu],
        title: d.hyodai,
        text: d.honbun,
        author: d.sakuseisha,
        ...(d.kaiteiMemo ? { revisionNote: d.kaiteiMemo } : {}),
      };
      return {
        orderId,
        kind: CRISIS_DOCUMENT,
        reference: d.documentNo,
        version: d.han,
        title: `【${LABEL[d.shubetsu]}】${d.hyodai}`,
        ...(d.gaiyo ? { summary: d.gaiyo } : {}),
        attention: 'normal',
        occurredAt: d.sakuseiNichiji,
        facts,
        factsContract: 'partners/prap/crisis-document-facts.v1',
        needsApproval: true,
      };
    });
  },
};

/**
 * The coordinator's decision as PRAP's 承認結果通知, POSTed under the document at PRAP's desk. A returned draft carries
 * the comments PRAP's consultant revises from; an approval may carry a remark too.
 */
export const prapReviews: NativeReviews<PrapShoninKekkaV1> = {
  contract: 'partners/prap/shonin-kekka.v1',
  toNative(review: DeliverableReviewedV1) {
    return {
      path: `/${review.orderId}/documents/${encodeURIComponent(review.reference)}/shonin-kekka`,
      body: {
        apiVersion: '1',
        ankenId: review.orderId,
        documentNo: review.reference,
        han: review.version,
        kekka: review.decision === 'approved' ? 'SHONIN' : 'SASHIMODOSHI',
        ...(review.comment ? { shitekiJiko: review.comment } : {}),
        shoninsha: review.reviewedBy,
        kekkaNichiji: review.reviewedAt,
        hubDeliverableId: review.deliverableId,
      },
    };
  },
};
