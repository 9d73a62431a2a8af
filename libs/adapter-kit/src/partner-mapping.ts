import type { OrderIssuedV1, OrderStatusChangedV1 } from '@hub/contracts';

/**
 * All an adapter knows that the kit does not: the partner's native contracts and how they map to and
 * from the canonical events. A new partner is a new mapping plus a thin app around the kit.
 */
export interface PartnerMapping<NativeOrder, NativeCallback> {
  readonly partnerId: string;
  /** Contract refs (contracts/partners/<id>/...) of the native payloads, for validation at both edges. */
  readonly nativeOrderSchema: string;
  readonly nativeCallbackSchema: string;
  toNativeOrder(order: OrderIssuedV1): NativeOrder;
  /** The hub's order id the callback is about. */
  orderIdOf(callback: NativeCallback): string;
  toCanonicalStatus(callback: NativeCallback): OrderStatusChangedV1;
}
