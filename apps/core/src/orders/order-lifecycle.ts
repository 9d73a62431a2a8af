/**
 * The engagement order's lifecycle, as a pure rule:
 *   issued → acknowledged → accepted | declined(reason) → in progress → work complete → closed,
 *   or cancelled(reason) from any state before work is complete.
 * A partner may accept or decline before its acknowledgement arrives (its systems race ours), and
 * reports progress milestones while in progress.
 */
import type { OrderStatusV1 } from '@hub/contracts';

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
