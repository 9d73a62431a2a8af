import type { EltesMonitoringRequestV1, EltesMonitoringStopV1, OrderCancelledV1, OrderIssuedV1 } from '@hub/contracts';
import type { NativeCancellation } from '@hub/adapter-kit';

/** The legal-form words a company name carries that nobody writes in a post (株式会社みなと精機 is talked of as みなと精機). */
const LEGAL_FORM = /^(?:株式会社|有限会社|合同会社|㈱|㈲|\(株\)|（株）)\s*|\s*(?:株式会社|有限会社|合同会社|㈱|㈲|\(株\)|（株）)$/g;

/**
 * What Eltes watches for: the company's registered name and, where it differs, the name people post (without its
 * legal form). Eltes's analysts add nicknames and misspellings themselves.
 */
export function watchKeywordsOf(companyName: string): string[] {
  const registered = companyName.trim();
  const spoken = registered.replace(LEGAL_FORM, '').trim();
  return spoken && spoken !== registered ? [registered, spoken] : [registered];
}

/** The hub's order as Eltes's monitoring request (監視依頼): one emergency spot engagement per order. */
export function toEltesMonitoringRequest(order: OrderIssuedV1): EltesMonitoringRequestV1 {
  return {
    apiVersion: '1',
    requestId: order.orderId,
    incidentRef: order.caseId,
    // The hub engages Eltes for one incident at a time: always its emergency spot plan, never a standing contract.
    plan: 'EMERGENCY_SPOT',
    client: {
      corporateName: order.insured.name,
      personInCharge: {
        name: order.insured.contactName,
        phone: order.insured.contactPhone,
        ...(order.insured.contactEmail ? { email: order.insured.contactEmail } : {}),
      },
    },
    incident: {
      incidentType: order.incident.kind === 'leak' ? 'INFORMATION_LEAK' : 'SUSPECTED_UNAUTHORIZED_ACCESS',
      description: order.incident.summary,
      awareAt: order.incident.discoveredAt,
      ...(order.incident.estimatedRecords !== undefined ? { affectedRecords: order.incident.estimatedRecords } : {}),
    },
    // A flare-up does not wait: monitoring starts as the order is issued.
    watch: { keywords: watchKeywordsOf(order.insured.name), startAt: order.issuedAt },
    instructions: order.scope,
    // The coordinator's estimates are tax-inclusive (税込), as the order contract says.
    ...(order.estimateYen !== undefined ? { budgetInclTaxYen: order.estimateYen } : {}),
    requestedAt: order.issuedAt,
  };
}

/** The coordinator's cancellation as Eltes's stop notice (監視停止依頼), POSTed under the request. */
export function toEltesMonitoringStop(cancellation: OrderCancelledV1): NativeCancellation<EltesMonitoringStopV1> {
  return {
    path: `/${cancellation.orderId}/stop`,
    body: {
      apiVersion: '1',
      requestId: cancellation.orderId,
      stopReason: cancellation.reason,
      stoppedBy: cancellation.cancelledBy,
      stoppedAt: cancellation.cancelledAt,
    },
  };
}
