import type { OrderStatusChangedV1 } from '@hub/contracts';

/** What a partner says about one of its orders, reduced to what decides how it fits with what it said before. */
export interface PartnerReport {
  status: OrderStatusChangedV1['status'];
  milestone?: string | null;
}

export type ReportJudgement =
  | { kind: 'new' }
  /** The same status and milestone again (a resend with a fresh webhook-id): it counts once. */
  | { kind: 'repeat' }
  /** It cannot be true together with what the partner said before: refused to the partner at once. */
  | { kind: 'contradiction'; reason: string };

/** Statuses by which a partner says it took the engagement on. */
export const TAKEN_ON: readonly PartnerReport['status'][] = ['accepted', 'in_progress', 'work_complete'];

/**
 * Judges a partner's report against its own earlier reports on the same order, in whatever order they arrived.
 * Arrival order proves nothing (networks and retries reorder), so "later" reports arriving first are fine; what can
 * never be true is declining an engagement the partner also says it took on, either way round.
 */
export function judgePartnerReport(earlier: readonly PartnerReport[], report: PartnerReport): ReportJudgement {
  const milestone = report.milestone ?? null;
  if (earlier.some((e) => e.status === report.status && (e.milestone ?? null) === milestone)) return { kind: 'repeat' };
  if (report.status === 'declined') {
    const taken = earlier.find((e) => TAKEN_ON.includes(e.status));
    if (taken) return { kind: 'contradiction', reason: `you reported this order ${taken.status}; it cannot also be declined` };
  }
  if (TAKEN_ON.includes(report.status) && earlier.some((e) => e.status === 'declined')) {
    return { kind: 'contradiction', reason: `you declined this order; it cannot also be ${report.status}` };
  }
  return { kind: 'new' };
}
