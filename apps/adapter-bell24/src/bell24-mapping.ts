import type { PartnerMapping } from '@hub/adapter-kit';
import type { Bell24InvoiceV1, Bell24OperationRequestV1, Bell24RequestWithdrawalV1, Bell24StatusReportV1, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';
import { bell24InvoiceToCanonical } from './bell24-invoice';
import { boothChangeSubmission, dailyReportSubmission } from './bell24-submissions';

const STATUS_OF_REPORT: Record<Bell24StatusReportV1['reportType'], OrderStatusChangedV1['status']> = {
  RECEIVED: 'acknowledged',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  PROGRESS: 'in_progress',
  COMPLETED: 'work_complete',
};

/** Bell24's steps from order to go-live and from close to data deletion, as the hub's milestones. */
export const MILESTONE_OF_STEP: Record<NonNullable<Bell24StatusReportV1['progressStep']>, string> = {
  NUMBER_SECURED: 'number_secured',
  SCRIPT_FAQ_APPROVED: 'script_faq_approved',
  OPERATORS_TRAINED: 'operators_trained',
  RECEPTION_STARTED: 'reception_started',
  CENTER_CLOSED: 'center_closed',
  DATA_DELETION_CONFIRMED: 'data_deletion_confirmed',
};

/** 事案区分: Bell24 briefs its operators differently for a confirmed leak (01) and a suspected intrusion (02). */
const INCIDENT_TYPE: Record<OrderIssuedV1['incident']['kind'], Bell24OperationRequestV1['incident']['incidentTypeCode']> = { leak: '01', threat: '02' };

/**
 * Bell System 24 (ベルシステム24) format 1: an operation request per order, withdrawn by a withdrawal notice; status
 * reports per step of the centre's life; booth changes and daily reports (Shift_JIS CSV files) as deliverables; its
 * invoice in its billing system's terms.
 */
export const bell24MappingV1: PartnerMapping<Bell24OperationRequestV1, Bell24StatusReportV1, Bell24RequestWithdrawalV1, Bell24InvoiceV1> = {
  nativeOrderSchema: 'partners/bell24/operation-request.v1',
  nativeCallbackSchema: 'partners/bell24/status-report.v1',
  nativeCancellationSchema: 'partners/bell24/request-withdrawal.v1',
  nativeInvoiceSchema: 'partners/bell24/invoice.v1',
  toCanonicalInvoice: bell24InvoiceToCanonical,
  submissions: [dailyReportSubmission, boothChangeSubmission],

  toNativeOrder(order: OrderIssuedV1): Bell24OperationRequestV1 {
    const { insured, incident } = order;
    return {
      formatVersion: '1',
      requestId: order.orderId,
      incidentId: order.caseId,
      serviceMenu: 'INCIDENT_HOTLINE',
      client: {
        corporateName: insured.name,
        contactPerson: { name: insured.contactName, phone: insured.contactPhone, ...(insured.contactEmail ? { email: insured.contactEmail } : {}) },
      },
      incident: {
        incidentTypeCode: INCIDENT_TYPE[incident.kind],
        description: incident.summary,
        discoveredAt: incident.discoveredAt,
        // Bell24 sizes the booths by how many people may call.
        ...(incident.estimatedRecords !== undefined ? { affectedPersons: incident.estimatedRecords } : {}),
      },
      requestDetails: order.scope,
      // The coordinator's estimates are tax-inclusive (税込), as the order contract says.
      ...(order.estimateYen !== undefined ? { budgetInclTaxYen: order.estimateYen } : {}),
      requestedAt: order.issuedAt,
    };
  },

  toNativeCancellation: (cancellation: OrderCancelledV1) => ({
    path: `/${cancellation.orderId}/withdrawal`,
    body: { formatVersion: '1', requestId: cancellation.orderId, reason: cancellation.reason, withdrawnBy: cancellation.cancelledBy, withdrawnAt: cancellation.cancelledAt },
  }),

  orderIdOf: (report: Bell24StatusReportV1) => report.requestId,

  toCanonicalStatus(report: Bell24StatusReportV1): OrderStatusChangedV1 {
    const status: OrderStatusChangedV1 = { orderId: report.requestId, status: STATUS_OF_REPORT[report.reportType], partnerReference: report.centerCode, reportedAt: report.reportedAt };
    // Only a PROGRESS report is a step; a step named on another report type would be a second, contradicting status.
    if (report.reportType === 'PROGRESS' && report.progressStep) status.milestone = MILESTONE_OF_STEP[report.progressStep];
    if (report.declineReason) status.reason = report.declineReason;
    // The secured number is what the insured prints in its apology letter: the coordinator needs it on the timeline.
    const note = [report.comment, report.tollFreeNumber ? `受付電話番号 ${report.tollFreeNumber}` : undefined].filter(Boolean).join(' / ');
    if (note) status.note = note;
    return status;
  },
};
