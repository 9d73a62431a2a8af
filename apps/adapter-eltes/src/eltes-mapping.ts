import type { EltesInvoiceV1, EltesMonitoringRequestV1, EltesMonitoringStopV1, EltesProjectStatusV1 } from '@hub/contracts';
import type { PartnerMapping } from '@hub/adapter-kit';
import { alertsSubmission } from './eltes-alerts';
import { dailyReportsSubmission } from './eltes-daily-report';
import { eltesInvoiceToCanonical } from './eltes-invoice';
import { toEltesMonitoringRequest, toEltesMonitoringStop } from './eltes-order';
import { toCanonicalStatus } from './eltes-status';

/**
 * Eltes (株式会社エルテス) API v1: the hub's orders as monitoring requests and cancellations as stop notices; Eltes's
 * project status notices, alert batches, daily reports and invoices back. Nothing Eltes delivers needs the coordinator's
 * approval, so there are no reviews.
 */
export const eltesMappingV1: PartnerMapping<EltesMonitoringRequestV1, EltesProjectStatusV1, EltesMonitoringStopV1, EltesInvoiceV1> = {
  nativeOrderSchema: 'partners/eltes/monitoring-request.v1',
  nativeCallbackSchema: 'partners/eltes/project-status.v1',
  nativeCancellationSchema: 'partners/eltes/monitoring-stop.v1',
  nativeInvoiceSchema: 'partners/eltes/invoice.v1',
  toNativeOrder: toEltesMonitoringRequest,
  toNativeCancellation: toEltesMonitoringStop,
  orderIdOf: (status) => status.requestId,
  toCanonicalStatus,
  toCanonicalInvoice: eltesInvoiceToCanonical,
  submissions: [alertsSubmission, dailyReportsSubmission],
};
