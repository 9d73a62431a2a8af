import type { CmgFeeNoteV1, CmgMandateBriefV1, CmgMandateLogV1, CmgMandateStandDownV1, OrderCancelledV1, OrderIssuedV1 } from '@hub/contracts';
import type { NativeCancellation, PartnerMapping } from '@hub/adapter-kit';
import { cmgFeeNoteToCanonical } from './cmg-fee-note';
import { cmgLogToCanonical } from './cmg-log';
import { cmgSignOffs, cmgStatementDrafts } from './cmg-statements';

/** The hub's order as a mandate brief for CMG's Crisis Room. */
export function cmgMandateBrief(order: OrderIssuedV1): CmgMandateBriefV1 {
  return {
    crisisRoomApi: '1',
    mandateId: order.orderId,
    incidentId: order.caseId,
    mandateType: 'CRISIS_COMMUNICATIONS',
    client: {
      companyName: order.insured.name,
      keyContact: {
        name: order.insured.contactName,
        phone: order.insured.contactPhone,
        ...(order.insured.contactEmail ? { email: order.insured.contactEmail } : {}),
      },
    },
    situation: {
      category: order.incident.kind === 'leak' ? 'DATA_BREACH' : 'SUSPECTED_BREACH',
      narrative: order.incident.summary,
      discoveredAt: order.incident.discoveredAt,
      ...(order.incident.estimatedRecords !== undefined ? { recordsAtRisk: order.incident.estimatedRecords } : {}),
    },
    briefing: order.scope,
    // The coordinator's estimate is tax-inclusive (税込), as the order contract says: CMG's fee cap says so, so its fee
    // notes (priced without tax) are not read against the cap as if it were net.
    ...(order.estimateYen !== undefined ? { feeCap: { amountYen: order.estimateYen, taxIncluded: true as const } } : {}),
    mandatedAt: order.issuedAt,
  };
}

/** The coordinator's cancellation as CMG's stand-down, POSTed under the mandate. */
export function cmgStandDown(cancellation: OrderCancelledV1): NativeCancellation<CmgMandateStandDownV1> {
  return {
    path: `/${cancellation.orderId}/stand-down`,
    body: {
      crisisRoomApi: '1',
      mandateId: cancellation.orderId,
      reason: cancellation.reason,
      standDownBy: cancellation.cancelledBy,
      standDownAt: cancellation.cancelledAt,
    },
  };
}

/**
 * CMG Japan Crisis Room API v1: mandates in, the mandate's log, statements released for sign-off and fee notes back; the
 * coordinator's decision on each statement goes to CMG as a sign-off notice.
 */
export const cmgMappingV1: PartnerMapping<CmgMandateBriefV1, CmgMandateLogV1, CmgMandateStandDownV1, CmgFeeNoteV1> = {
  nativeOrderSchema: 'partners/cmg/mandate-brief.v1',
  nativeCallbackSchema: 'partners/cmg/mandate-log.v1',
  nativeCancellationSchema: 'partners/cmg/mandate-stand-down.v1',
  nativeInvoiceSchema: 'partners/cmg/fee-note.v1',
  toNativeOrder: cmgMandateBrief,
  toNativeCancellation: cmgStandDown,
  orderIdOf: (entry: CmgMandateLogV1) => entry.mandateId,
  toCanonicalStatus: cmgLogToCanonical,
  toCanonicalInvoice: cmgFeeNoteToCanonical,
  submissions: [cmgStatementDrafts],
  reviews: cmgSignOffs,
};
