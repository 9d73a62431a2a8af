import type { OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';

/**
 * All an adapter knows that the kit does not, for one native version: the partner's contracts and how they map
 * to and from the canonical events. A new partner is its definition (define-adapter.ts) with one of these per version.
 */
export interface PartnerMapping<NativeOrder, NativeCallback> {
  /** Contract refs (contracts/partners/<id>/...) of the native payloads, for validation at both edges. */
  readonly nativeOrderSchema: string;
  readonly nativeCallbackSchema: string;
  toNativeOrder(order: OrderIssuedV1): NativeOrder;
  /** The hub's order id the callback is about. */
  orderIdOf(callback: NativeCallback): string;
  toCanonicalStatus(callback: NativeCallback): OrderStatusChangedV1;
}
