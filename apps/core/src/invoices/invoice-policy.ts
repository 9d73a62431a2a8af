import type { OrderStatus } from '../orders/order-lifecycle';

/** Orders a partner may invoice: work has begun (or is done); not before acceptance, not a declined one. */
export const INVOICEABLE_ORDER_STATUSES: readonly OrderStatus[] = ['accepted', 'in_progress', 'work_complete', 'closed', 'cancelled'];

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
