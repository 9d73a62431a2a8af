import type { LacEngagementCancellationV1, LacEngagementRequestV1, LacStatusCallbackV1, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';
import { PartnerMapping } from '@hub/adapter-kit';

/** LAC's phases, in the canonical milestone vocabulary the core keeps on the timeline. */
export const MILESTONE_OF_PHASE: Record<NonNullable<LacStatusCallbackV1['phase']>, string> = {
  HEARING_DONE: 'hearing_done',
  FORENSICS_STARTED: 'forensic_investigation_started',
  PRELIMINARY_REPORT: 'preliminary_report_delivered',
  FINAL_REPORT: 'final_report_delivered',
};

const STATUS_OF_CODE: Record<LacStatusCallbackV1['status_code'], OrderStatusChangedV1['status']> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  IN_PROGRESS: 'in_progress',
  COMPLETED: 'work_complete',
};

/** LAC's cancellation, the same in v1 and v2 but for the version it states: POSTed under the engagement. */
export function lacCancellation<V extends '1' | '2'>(cancellation: OrderCancelledV1, apiVersion: V) {
  return {
    path: `/${cancellation.orderId}/cancellation`,
    body: {
      api_version: apiVersion,
      engagement_id: cancellation.orderId,
      cancel_reason: cancellation.reason,
      cancelled_by: cancellation.cancelledBy,
      cancelled_at: cancellation.cancelledAt,
    },
  };
}

/** The incident as LAC's engagement request describes it, the same in v1 and v2. */
export function lacIncident(order: OrderIssuedV1): LacEngagementRequestV1['incident'] {
  return {
    category: order.incident.kind === 'leak' ? 'LEAK' : 'THREAT',
    summary: order.incident.summary,
    detected_at: order.incident.discoveredAt,
    ...(order.incident.estimatedRecords !== undefined ? { estimated_records: order.incident.estimatedRecords } : {}),
  };
}

/** LAC (株式会社ラック), native API v1: the hub's orders ⇄ LAC's engagement requests and status callbacks. */
export const lacMappingV1: PartnerMapping<LacEngagementRequestV1, LacStatusCallbackV1, LacEngagementCancellationV1> = {
  nativeOrderSchema: 'partners/lac/engagement-request.v1',
  nativeCallbackSchema: 'partners/lac/status-callback.v1',
  nativeCancellationSchema: 'partners/lac/engagement-cancellation.v1',

  toNativeOrder(order: OrderIssuedV1): LacEngagementRequestV1 {
    return {
      api_version: '1',
      engagement_id: order.orderId,
      incident_ref: order.caseId,
      // LAC runs assessment, forensics and containment advice as one emergency-response engagement.
      service_code: 'IR-EMERGENCY',
      client: {
        company_name: order.insured.name,
        contact_name: order.insured.contactName,
        contact_tel: order.insured.contactPhone,
        ...(order.insured.contactEmail ? { contact_email: order.insured.contactEmail } : {}),
      },
      incident: lacIncident(order),
      scope_note: order.scope,
      ...(order.estimateYen !== undefined ? { budget_jpy: order.estimateYen } : {}),
      issued_at: order.issuedAt,
    };
  },

  toNativeCancellation: (cancellation: OrderCancelledV1) => lacCancellation(cancellation, '1'),

  orderIdOf: (callback: LacStatusCallbackV1) => callback.engagement_id,

  toCanonicalStatus(callback: LacStatusCallbackV1): OrderStatusChangedV1 {
    const status: OrderStatusChangedV1 = {
      orderId: callback.engagement_id,
      status: STATUS_OF_CODE[callback.status_code],
      partnerReference: callback.lac_ticket,
      reportedAt: callback.reported_at,
    };
    if (callback.phase) status.milestone = MILESTONE_OF_PHASE[callback.phase];
    if (callback.decline_reason) status.reason = callback.decline_reason;
    if (callback.comment) status.note = callback.comment;
    return status;
  },
};
