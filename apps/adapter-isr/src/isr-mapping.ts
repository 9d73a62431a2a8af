import type { IsrEvaluationNoticeV1, IsrInvoiceV1, IsrRatingRequestV1, IsrRequestWithdrawalV1, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';
import type { PartnerMapping } from '@hub/adapter-kit';
import { certificateSubmission } from './isr-certificate';
import { isrInvoiceToCanonical } from './isr-invoice';
import { publicationSubmission } from './isr-publication';

const STATUS_OF_NOTICE: Record<IsrEvaluationNoticeV1['noticeType'], OrderStatusChangedV1['status']> = {
  RECEIVED: 'acknowledged',
  UNDERTAKEN: 'accepted',
  DECLINED: 'declined',
  MILESTONE_REACHED: 'in_progress',
  EVALUATION_CLOSED: 'work_complete',
};

/** I.S.Rating's analyst milestones, as the hub's timeline names them. */
export const MILESTONE_OF_STEP: Record<NonNullable<IsrEvaluationNoticeV1['milestone']>, string> = {
  EVALUATION_STARTED: 'evaluation_started',
  DOCUMENT_REVIEW_DONE: 'document_review_done',
  ANALYST_INTERVIEW_DONE: 'analyst_interview_done',
  ONSITE_REVIEW_DONE: 'onsite_review_done',
  RATING_COMMITTEE_DECIDED: 'rating_committee_decided',
  CERTIFICATE_ISSUED: 'certificate_issued',
  RESULT_PUBLISHED: 'result_published',
};

/** The coordinator reads one remark: the analysts' message and who leads the evaluation. */
export function noteOf(notice: Pick<IsrEvaluationNoticeV1, 'message' | 'leadAnalyst'>): string | undefined {
  const parts = [notice.message, notice.leadAnalyst && `主任アナリスト: ${notice.leadAnalyst}`].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' / ') : undefined;
}

/**
 * I.S.Rating (株式会社アイ・エス・レーティング), trust recovery, native API v1: the hub's orders become evaluation requests
 * (評価依頼) of the status of the insured's recurrence-prevention measures, a cancellation withdraws the request (依頼取下げ),
 * and I.S.Rating reports progress notices, its rating certificate, the publication of the result, and its invoice.
 */
export const isrMappingV1: PartnerMapping<IsrRatingRequestV1, IsrEvaluationNoticeV1, IsrRequestWithdrawalV1, IsrInvoiceV1> = {
  nativeOrderSchema: 'partners/isr/rating-request.v1',
  nativeCallbackSchema: 'partners/isr/evaluation-notice.v1',
  nativeCancellationSchema: 'partners/isr/request-withdrawal.v1',
  nativeInvoiceSchema: 'partners/isr/invoice.v1',
  toCanonicalInvoice: isrInvoiceToCanonical,
  submissions: [certificateSubmission, publicationSubmission],

  toNativeOrder(order: OrderIssuedV1): IsrRatingRequestV1 {
    return {
      specVersion: '1.0',
      requestNo: order.orderId,
      incidentNo: order.caseId,
      // The trust-recovery function is this one evaluation: certifying the recurrence-prevention measures (seed 000).
      evaluationType: 'RECURRENCE_PREVENTION_STATUS',
      ratee: {
        corporateName: order.insured.name,
        liaisonName: order.insured.contactName,
        liaisonPhone: order.insured.contactPhone,
        ...(order.insured.contactEmail ? { liaisonEmail: order.insured.contactEmail } : {}),
      },
      incidentOutline: {
        category: order.incident.kind === 'leak' ? 'INFORMATION_LEAK' : 'SUSPECTED_UNAUTHORIZED_ACCESS',
        description: order.incident.summary,
        becameAwareAt: order.incident.discoveredAt,
        ...(order.incident.estimatedRecords !== undefined ? { affectedRecordCount: order.incident.estimatedRecords } : {}),
      },
      requestedWork: order.scope,
      // The coordinator's estimates are tax-inclusive (税込), as the order contract says.
      ...(order.estimateYen !== undefined ? { feeCeiling: { amountYen: order.estimateYen, consumptionTax: 'INCLUDED' as const } } : {}),
      requestedAt: order.issuedAt,
    };
  },

  toNativeCancellation: (cancellation: OrderCancelledV1) => ({
    path: `/${cancellation.orderId}/withdrawal`,
    body: {
      specVersion: '1.0',
      requestNo: cancellation.orderId,
      withdrawalReason: cancellation.reason,
      withdrawnBy: cancellation.cancelledBy,
      withdrawnAt: cancellation.cancelledAt,
    },
  }),

  orderIdOf: (notice: IsrEvaluationNoticeV1) => notice.requestNo,

  toCanonicalStatus(notice: IsrEvaluationNoticeV1): OrderStatusChangedV1 {
    const status: OrderStatusChangedV1 = {
      orderId: notice.requestNo,
      status: STATUS_OF_NOTICE[notice.noticeType],
      partnerReference: notice.evaluationNo,
      reportedAt: notice.noticedAt,
    };
    if (notice.milestone) status.milestone = MILESTONE_OF_STEP[notice.milestone];
    if (notice.declineReason) status.reason = notice.declineReason;
    const note = noteOf(notice);
    if (note) status.note = note;
    return status;
  },
};
