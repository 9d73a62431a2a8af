import type { NativeReviews, NativeSubmission } from './native-submission';
import type { InvoiceV2, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';

/** A cancellation in the partner's terms: the body, and where under its order endpoint it goes. */
export interface NativeCancellation<Body> {
  /** Appended to the partner's endpoint URL, e.g. `/<engagement id>/cancellation`. */
  path: string;
  body: Body;
}

/**
 * All an adapter knows that the kit does not, for one native version: the partner's contracts and how they map
 * to and from the canonical events. A new partner is its definition (define-adapter.ts) with one of these per version.
 */
export interface PartnerMapping<NativeOrder, NativeCallback, NativeCancellationBody = unknown, NativeInvoice = unknown> {
  /** Contract refs (contracts/partners/<id>/...) of the native payloads, for validation at both edges. */
  readonly nativeOrderSchema: string;
  readonly nativeCallbackSchema: string;
  /** The contract of the native cancellation; a partner without one is told of cancellations by people, not the hub. */
  readonly nativeCancellationSchema?: string;
  toNativeOrder(order: OrderIssuedV1): NativeOrder;
  toNativeCancellation?(cancellation: OrderCancelledV1): NativeCancellation<NativeCancellationBody>;
  /** The hub's order id the callback is about. */
  orderIdOf(callback: NativeCallback): string;
  toCanonicalStatus(callback: NativeCallback): OrderStatusChangedV1;
  /** The contract of the partner's native invoice; a version without one takes no invoices through the adapter. */
  readonly nativeInvoiceSchema?: string;
  /** The canonical invoice; the partner is the adapter's own, never read from the document. */
  toCanonicalInvoice?(invoice: NativeInvoice): Omit<InvoiceV2, 'partnerId'>;
  /** Routes on which the partner submits deliverables (documents, alerts, daily figures, certificates, evidence). */
  // The native types of each submission are the adapter's business; the kit only passes them through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly submissions?: readonly NativeSubmission<any>[];
  /** How the partner is told that the coordinator approved or returned one of its deliverables; required when any needs approval. */
  readonly reviews?: NativeReviews;
}
