import type { CmgMandateLogV1, OrderStatusChangedV1 } from '@hub/contracts';

const STATUS_OF_ENTRY: Record<CmgMandateLogV1['entryType'], OrderStatusChangedV1['status']> = {
  RECEIVED: 'acknowledged',
  ENGAGED: 'accepted',
  DECLINED: 'declined',
  MILESTONE: 'in_progress',
  COMPLETED: 'work_complete',
};

/** CMG's milestones of a crisis response, as the case's timeline names them. */
export const MILESTONE_OF_CMG: Record<NonNullable<CmgMandateLogV1['milestone']>, string> = {
  CRISIS_CELL_CONVENED: 'crisis_cell_convened',
  SIMULATION_RUN: 'crisis_simulation_run',
  HOLDING_STATEMENT_ISSUED: 'holding_statement_issued',
  MEDIA_STRATEGY_AGREED: 'media_response_strategy_agreed',
  SPOKESPERSON_COACHED: 'spokesperson_coaching_done',
  PRESS_CONFERENCE_HELD: 'press_conference_held',
  MONITORING_SUMMARY_ISSUED: 'media_monitoring_summary_issued',
};

/** One entry of CMG's mandate log as the canonical status: one entry, one status. */
export function cmgLogToCanonical(entry: CmgMandateLogV1): OrderStatusChangedV1 {
  const status: OrderStatusChangedV1 = {
    orderId: entry.mandateId,
    status: STATUS_OF_ENTRY[entry.entryType],
    partnerReference: entry.cmgMandateNo,
    reportedAt: entry.loggedAt,
  };
  if (entry.milestone) status.milestone = MILESTONE_OF_CMG[entry.milestone];
  if (entry.declineReason) status.reason = entry.declineReason;
  if (entry.consultantNote) status.note = entry.consultantNote;
  return status;
}
