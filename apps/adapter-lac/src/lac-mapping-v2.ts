import type { LacEngagementCancellationV2, LacEngagementRequestV2, LacInvoiceV2, LacStatusCallbackV2, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';
import { PartnerMapping } from '@hub/adapter-kit';
import { lacInvoiceV2ToCanonical } from './lac-invoice-v2';
import { lacCancellation, lacIncident, MILESTONE_OF_PHASE } from './lac-mapping';

const STATUS_OF_EVENT: Record<LacStatusCallbackV2['event_type'], OrderStatusChangedV1['status']> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  PHASE_REACHED: 'in_progress',
  COMPLETED: 'work_complete',
};

/**
 * LAC native API v2: contacts as a list with roles, a budget that says it includes tax, one event per callback
 * with LAC's sequence number and the time it happened, and LAC's invoices in its billing system's terms. The hub keeps placing reports by when they
 * happened (`occurred_at`), so v1 and v2 callbacks about one engagement sit on one timeline.
 */
export const lacMappingV2: PartnerMapping<LacEngagementRequestV2, LacStatusCallbackV2, LacEngagementCancellationV2, LacInvoiceV2> = {
  nativeOrderSchema: 'partners/lac/engagement-request.v2',
  nativeCallbackSchema: 'partners/lac/status-callback.v2',
  nativeCancellationSchema: 'partners/lac/engagement-cancellation.v2',
  nativeInvoiceSchema: 'partners/lac/invoice.v2',
  toCanonicalInvoice: lacInvoiceV2ToCanonical,

  toNativeOrder(order: OrderIssuedV1): LacEngagementRequestV2 {
    return {
      api_version: '2',
      engagement_id: order.orderId,
      incident_ref: order.caseId,
      service_code: 'IR-EMERGENCY',
      client: {
        company_name: order.insured.name,
        contacts: [
          {
            role: 'PRIMARY',
            name: order.insured.contactName,
            tel: order.insured.contactPhone,
            ...(order.insured.contactEmail ? { email: order.insured.contactEmail } : {}),
          },
        ],
      },
      incident: lacIncident(order),
      scope_note: order.scope,
      // The coordinator's estimates are tax-inclusive (税込), as the order contract says.
      ...(order.estimateYen !== undefined ? { budget: { amount_jpy: order.estimateYen, tax_included: true } } : {}),
      issued_at: order.issuedAt,
    };
  },

  toNativeCancellation: (cancellation: OrderCancelledV1) => lacCancellation(cancellation, '2'),

  orderIdOf: (callback: LacStatusCallbackV2) => callback.engagement_id,

  toCanonicalStatus(callback: LacStatusCallbackV2): OrderStatusChangedV1 {
    const status: OrderStatusChangedV1 = {
      orderId: callback.engagement_id,
      status: STATUS_OF_EVENT[callback.event_type],
      partnerReference: callback.ticket_no,
      reportedAt: callback.occurred_at,
    };
    if (callback.phase) status.milestone = MILESTONE_OF_PHASE[callback.phase];
    if (callback.reason) status.reason = callback.reason;
    if (callback.remarks) status.note = callback.remarks;
    return status;
  },
};
