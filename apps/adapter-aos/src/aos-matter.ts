import type { AosMatterRequestV1, AosMatterStatusV1, AosMatterWithdrawalV1, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';
import type { NativeCancellation } from '@hub/adapter-kit';

/** AOS's matter statuses (案件ステータス) in the hub's order statuses. */
const STATUS_OF: Record<AosMatterStatusV1['status'], OrderStatusChangedV1['status']> = {
  UKETSUKE: 'acknowledged',
  JUNIN: 'accepted',
  JITAI: 'declined',
  SHINKOCHU: 'in_progress',
  SAGYO_KANRYO: 'work_complete',
};

/** AOS's stages of a preservation matter, as milestones on the case timeline. */
export const MILESTONE_OF_STAGE: Record<NonNullable<AosMatterStatusV1['stage']>, string> = {
  HOZEN_CHAKUSHU: 'preservation_started',
  HOZEN_KANRYO: 'preservation_completed',
  KAISEKI_CHAKUSHU: 'analysis_started',
  HOKOKUSHO_SOAN: 'report_drafted',
  HOKOKUSHO_TEISHUTSU: 'report_submitted',
};

/**
 * The order as AOS's matter request (案件依頼). The insured's policy number stays with the hub: AOS needs the client and
 * the incident, not the insurance behind them. The coordinator's estimate is AOS's fee ceiling, tax included (税込).
 */
export function toAosMatterRequest(order: OrderIssuedV1): AosMatterRequestV1 {
  return {
    apiVersion: 'aos.v1',
    matterRef: order.orderId,
    incidentRef: order.caseId,
    requestType: 'HOZEN_CHOSA',
    client: {
      corporateName: order.insured.name,
      contactPerson: order.insured.contactName,
      contactPhone: order.insured.contactPhone,
      ...(order.insured.contactEmail ? { contactEmail: order.insured.contactEmail } : {}),
    },
    incident: {
      classification: order.incident.kind === 'leak' ? 'ROUEI' : 'ROUEI_NO_OSORE',
      overview: order.incident.summary,
      discoveredAt: order.incident.discoveredAt,
      ...(order.incident.estimatedRecords !== undefined ? { affectedRecords: order.incident.estimatedRecords } : {}),
    },
    instructions: order.scope,
    ...(order.estimateYen !== undefined ? { budget: { ceilingYen: order.estimateYen, consumptionTax: 'ZEIKOMI' as const } } : {}),
    requestedAt: order.issuedAt,
  };
}

/** The coordinator's cancellation as AOS's withdrawal of the matter (依頼取下げ), under the matter's own resource. */
export function toAosWithdrawal(cancellation: OrderCancelledV1): NativeCancellation<AosMatterWithdrawalV1> {
  return {
    path: `/${cancellation.orderId}/withdrawal`,
    body: {
      apiVersion: 'aos.v1',
      matterRef: cancellation.orderId,
      withdrawnAt: cancellation.cancelledAt,
      reason: cancellation.reason,
      withdrawnBy: cancellation.cancelledBy,
    },
  };
}

/** AOS's status report as the canonical status; AOS's matter number becomes the partner's reference on the order. */
export function toCanonicalStatus(report: AosMatterStatusV1): OrderStatusChangedV1 {
  return {
    orderId: report.matterRef,
    status: STATUS_OF[report.status],
    ...(report.stage ? { milestone: MILESTONE_OF_STAGE[report.stage] } : {}),
    ...(report.declineReason ? { reason: report.declineReason } : {}),
    ...(report.memo ? { note: report.memo } : {}),
    partnerReference: report.aosMatterNo,
    reportedAt: report.eventAt,
  };
}
