import type { OrderEntity } from '../orders/order.entity';

/**
 * Whether a partner may invoice an order, or why not. Only work the partner accepted can be invoiced: an accepted
 * order in any later state, including one cancelled after acceptance (for the work done). An order cancelled
 * before the partner accepted it, declined, or not yet accepted has no work to bill.
 */
export function invoiceRefusal(order: Pick<OrderEntity, 'status' | 'acceptedAt'>): string | null {
  if (order.status === 'declined') return 'the partner declined it';
  if (order.acceptedAt === null) {
    return order.status === 'cancelled'
      ? 'it was cancelled before the partner accepted it, so no work was done under it'
      : `it is ${order.status}; it can be invoiced once the partner has accepted it`;
  }
  return null;
}

export interface ApprovalSettings {
  /** Invoices above this gross wait for a coordinator. */
  approvalThresholdYen: number;
  /** Percent an invoice may exceed its order's agreed estimate before a coordinator must look at it. */
  estimateTolerancePercent: number;
}

/** Why an invoice needs a coordinator's approval before it settles, or null when it does not. Integer arithmetic only. */
export function approvalReason(grossYen: number, estimateYen: number | null, settings: ApprovalSettings): string | null {
  if (grossYen > settings.approvalThresholdYen) {
    return `gross ¥${grossYen.toLocaleString('ja-JP')} is above the approval threshold of ¥${settings.approvalThresholdYen.toLocaleString('ja-JP')}`;
  }
  if (estimateYen !== null && grossYen * 100 > estimateYen * (100 + settings.estimateTolerancePercent)) {
    return `gross ¥${grossYen.toLocaleString('ja-JP')} exceeds the order's estimate of ¥${estimateYen.toLocaleString('ja-JP')} by more than ${settings.estimateTolerancePercent}%`;
  }
  return null;
}
