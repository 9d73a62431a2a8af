import { judgeTransition, ORDER_STATUSES, OrderStatus, placePartnerReport } from './order-lifecycle';

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

describe('placing a partner report', () => {
  it('moves an order as far as the furthest report, whatever arrived first', () => {
    expect(placePartnerReport('issued', 'work_complete')).toEqual({ kind: 'advance' });
    expect(placePartnerReport('acknowledged', 'in_progress')).toEqual({ kind: 'advance' });
    expect(placePartnerReport('in_progress', 'in_progress')).toEqual({ kind: 'advance' });
  });

  it('places a report that arrives after a later one where it happened, moving nothing', () => {
    expect(placePartnerReport('work_complete', 'accepted')).toEqual({ kind: 'earlier' });
    expect(placePartnerReport('in_progress', 'acknowledged')).toEqual({ kind: 'earlier' });
    expect(placePartnerReport('work_complete', 'in_progress')).toEqual({ kind: 'earlier' });
  });

  it('records what arrives after the coordinator ended the order as late', () => {
    for (const reported of ['accepted', 'in_progress', 'work_complete', 'declined', 'acknowledged'] as const) {
      expect(placePartnerReport('cancelled', reported)).toEqual({ kind: 'after-end' });
      expect(placePartnerReport('closed', reported)).toEqual({ kind: 'after-end' });
    }
  });

  it('never declines an order taken on, nor takes on a declined one', () => {
    expect(placePartnerReport('accepted', 'declined')).toEqual({ kind: 'contradiction', reason: 'order is accepted; it cannot be declined' });
    expect(placePartnerReport('declined', 'in_progress')).toEqual({ kind: 'contradiction', reason: 'order is declined; it cannot become in_progress' });
    expect(placePartnerReport('acknowledged', 'declined')).toEqual({ kind: 'advance' });
  });
});
