import { judgeTransition, ORDER_STATUSES, OrderStatus } from './order-lifecycle';

describe('order lifecycle', () => {
  const happyPath: OrderStatus[] = ['issued', 'acknowledged', 'accepted', 'in_progress', 'in_progress', 'work_complete', 'closed'];

  it('walks the whole happy path', () => {
    for (let i = 1; i < happyPath.length; i++) {
      expect(judgeTransition(happyPath[i - 1], happyPath[i])).toEqual({ kind: 'move' });
    }
  });

  it.each([
    ['issued', 'in_progress'],
    ['acknowledged', 'work_complete'],
    ['declined', 'accepted'],
    ['work_complete', 'cancelled'],
    ['closed', 'in_progress'],
    ['cancelled', 'accepted'],
    ['issued', 'closed'],
  ] as [OrderStatus, OrderStatus][])('refuses %s → %s and says what is allowed', (from, to) => {
    const verdict = judgeTransition(from, to);
    expect(verdict.kind).toBe('illegal');
    expect(verdict.kind === 'illegal' && verdict.reason).toContain(`order is ${from}`);
  });

  it('treats a late acknowledgement as already past, not as an error', () => {
    expect(judgeTransition('accepted', 'acknowledged')).toEqual({ kind: 'already-past' });
    expect(judgeTransition('in_progress', 'acknowledged')).toEqual({ kind: 'already-past' });
  });

  it('never leaves a final state', () => {
    for (const final of ['declined', 'closed', 'cancelled'] as OrderStatus[]) {
      for (const to of ORDER_STATUSES) {
        expect(judgeTransition(final, to).kind).not.toBe('move');
      }
    }
  });

  it('allows cancellation from every state before work is complete', () => {
    for (const from of ['issued', 'acknowledged', 'accepted', 'in_progress'] as OrderStatus[]) {
      expect(judgeTransition(from, 'cancelled')).toEqual({ kind: 'move' });
    }
  });
});
