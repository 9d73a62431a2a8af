import type { OrderCancelledV1, OrderIssuedV1, PrapAnkenCancellationV1, PrapAnkenOrderV1, PrapAnkenStatusV1, PrapSeikyushoV1 } from '@hub/contracts';
import type { PartnerMapping } from '@hub/adapter-kit';
import { prapDocumentDrafts, prapReviews } from './prap-documents';
import { prapInvoiceToCanonical } from './prap-invoice';
import { prapMediaCoverage } from './prap-media-coverage';
import { prapPublications } from './prap-publications';
import { prapStatusToCanonical } from './prap-status';

/** The hub's order as a new matter (案件) at PRAP's Crisis Desk. */
export function prapAnkenOrder(order: OrderIssuedV1): PrapAnkenOrderV1 {
  return {
    apiVersion: '1',
    ankenId: order.orderId,
    jikoId: order.caseId,
    iraiKubun: 'KINKYUJI_KOHO',
    kokyaku: {
      shamei: order.insured.name,
      tantosha: {
        shimei: order.insured.contactName,
        denwa: order.insured.contactPhone,
        ...(order.insured.contactEmail ? { mail: order.insured.contactEmail } : {}),
      },
    },
    jiko: {
      shubetsu: order.incident.kind === 'leak' ? 'JOHO_ROEI' : 'ROEI_NO_OSORE',
      gaiyo: order.incident.summary,
      hakkenNichiji: order.incident.discoveredAt,
      ...(order.incident.estimatedRecords !== undefined ? { eikyoKensu: order.incident.estimatedRecords } : {}),
    },
    iraiNaiyo: order.scope,
    // The coordinator's estimates are tax-inclusive (税込), as the order contract says; PRAP's budget says so.
    ...(order.estimateYen !== undefined ? { yosan: { jogenGaku: order.estimateYen, zeiKubun: 'ZEIKOMI' as const } } : {}),
    iraiNichiji: order.issuedAt,
  };
}

/** The coordinator's cancellation as PRAP's 案件取消, POSTed under the matter. */
export function prapCancellation(cancellation: OrderCancelledV1): { path: string; body: PrapAnkenCancellationV1 } {
  return {
    path: `/${cancellation.orderId}/torikeshi`,
    body: {
      apiVersion: '1',
      ankenId: cancellation.orderId,
      torikeshiRiyu: cancellation.reason,
      torikeshisha: cancellation.cancelledBy,
      torikeshiNichiji: cancellation.cancelledAt,
    },
  };
}

/**
 * PRAP Japan (株式会社プラップジャパン) Crisis Desk API v1: matters (案件) in, status reports, document drafts under
 * approval, publications, media coverage and invoices back; the coordinator's decision on each draft goes to PRAP as a
 * 承認結果通知.
 */
export const prapMappingV1: PartnerMapping<PrapAnkenOrderV1, PrapAnkenStatusV1, PrapAnkenCancellationV1, PrapSeikyushoV1> = {
  nativeOrderSchema: 'partners/prap/anken-order.v1',
  nativeCallbackSchema: 'partners/prap/anken-status.v1',
  nativeCancellationSchema: 'partners/prap/anken-cancellation.v1',
  nativeInvoiceSchema: 'partners/prap/seikyusho.v1',
  toNativeOrder: prapAnkenOrder,
  toNativeCancellation: prapCancellation,
  orderIdOf: (report: PrapAnkenStatusV1) => report.ankenId,
  toCanonicalStatus: prapStatusToCanonical,
  toCanonicalInvoice: prapInvoiceToCanonical,
  submissions: [prapDocumentDrafts, prapPublications, prapMediaCoverage],
  reviews: prapReviews,
};
