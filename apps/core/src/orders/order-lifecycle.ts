/**
 * The engagement order's lifecycle, as a pure rule:
 *   issued → acknowledged → accepted | declined(reason) → in progress → work complete → closed,
 *   or cancelled(reason) from any state before work is complete.
 * A partner may accept or decline before its acknowledgement arrives (its systems race ours), and
 * reports progress milestones while in progress.
 */
import type { OrderStatusChangedV1, OrderStatusV1 } from '@hub/contracts';

export type OrderStatus = OrderStatusV1;

export const ORDER_STATUSES = [
  'issued',
  'acknowledged',
  'accepted',
  'declined',
  'in_progress',
  'work_complete',
  'closed',
  'cancelled',
] as const satisfies readonly OrderStatus[];

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  issued: ['acknowledged', 'accepted', 'declined', 'cancelled'],
  acknowledged: ['accepted', 'declined', 'cancelled'],
  accepted: ['in_progress', 'work_complete', 'cancelled'],
  in_progress: ['in_progress', 'work_complete', 'cancelled'],
  work_complete: ['closed'],
  declined: [],
  closed: [],
  cancelled: [],
};

export type TransitionVerdict =
  | { kind: 'move' }
  /** An acknowledgement overtaken by the partner's own answer: nothing to change, nothing wrong. */
  | { kind: 'already-past' }
  | { kind: 'illegal'; reason: string };

export function judgeTransition(from: OrderStatus, to: OrderStatus): TransitionVerdict {
  if (NEXT[from].includes(to)) return { kind: 'move' };
  if (to === 'acknowledged' && from !== 'issued' && from !== 'cancelled') return { kind: 'already-past' };
  const allowed = NEXT[from];
  return {
    kind: 'illegal',
    reason:
      allowed.length === 0
        ? `order is ${from}, a final state; it cannot become ${to}`
        : `order is ${from}; it can become ${allowed.join(', ')}, not ${to}`,
  };
}

/** How far along an order is by its partner's reports; declined stands apart, the coordinator's ends after all. */
const PROGRESS: Partial<Record<OrderStatus, number>> = { issued: 0, acknowledged: 1, accepted: 2, in_progress: 3, work_complete: 4 };

export type PlacementVerdict =
  /** The report is the furthest the order has come: it moves (in_progress → in_progress adds a milestone). */
  | { kind: 'advance' }
  /** The partner already reported past this (it arrived late): it goes on the timeline where it happened, nothing moves. */
  | { kind: 'earlier' }
  /** The coordinator cancelled or closed the order before this arrived: recorded as late, for the coordinator to see. */
  | { kind: 'after-end' }
  /** It cannot be true with the order's state (declining an order taken on): recorded, nothing moves. */
  | { kind: 'contradiction'; reason: string };

/**
 * Where a partner's report fits, whatever order reports arrive in: partners' callbacks are reordered by networks and
 * retries, so a report is placed by how far along it says the work is, never refused for arriving after a later one.
 */
export function placePartnerReport(current: OrderStatus, reported: OrderStatusChangedV1['status']): PlacementVerdict {
  if (current === 'cancelled' || current === 'closed') return { kind: 'after-end' };
  if (current === 'declined') {
    return reported === 'declined' || reported === 'acknowledged' ? { kind: 'earlier' } : { kind: 'contradiction', reason: `order is declined; it cannot become ${reported}` };
  }
  if (reported === 'declined') {
    return current === 'issued' || current === 'acknowledged' ? { kind: 'advance' } : { kind: 'contradiction', reason: `order is ${current}; it cannot be declined` };
  }
  const from = PROGRESS[current] as number;
  const to = PROGRESS[reported] as number;
  if (to > from || (reported === 'in_progress' && current === 'in_progress')) return { kind: 'advance' };
  return { kind: 'earlier' };
}
