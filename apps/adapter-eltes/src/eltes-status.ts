import type { EltesProjectStatusV1, OrderStatusChangedV1 } from '@hub/contracts';

const STATUS_OF_TYPE: Record<EltesProjectStatusV1['statusType'], OrderStatusChangedV1['status']> = {
  RECEIVED: 'acknowledged',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  MILESTONE: 'in_progress',
  COMPLETED: 'work_complete',
};

/** Eltes's steps of a monitoring engagement, as milestones on the case's timeline. */
export const MILESTONE_OF_ELTES: Record<NonNullable<EltesProjectStatusV1['milestone']>, string> = {
  KEYWORDS_CONFIGURED: 'watch_keywords_configured',
  MONITORING_STARTED: 'monitoring_started',
  OFFICIAL_ACCOUNT_SUPPORT_STARTED: 'official_account_support_started',
  EMERGENCY_NOTICE_ISSUED: 'emergency_notice_issued',
  MONITORING_ENDED: 'monitoring_ended',
};

/** Eltes's project status notice as the canonical status of the order; Eltes's project number is the partner's reference. */
export function toCanonicalStatus(status: EltesProjectStatusV1): OrderStatusChangedV1 {
  const canonical: OrderStatusChangedV1 = {
    orderId: status.requestId,
    status: STATUS_OF_TYPE[status.statusType],
    partnerReference: status.projectNo,
    reportedAt: status.eventAt,
  };
  if (status.milestone) canonical.milestone = MILESTONE_OF_ELTES[status.milestone];
  if (status.declineReason) canonical.reason = status.declineReason;
  if (status.message) canonical.note = status.message;
  return canonical;
}
