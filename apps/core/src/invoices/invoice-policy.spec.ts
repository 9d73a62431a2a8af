import { approvalReason, invoiceRefusal } from './invoice-policy';

const settings = { approvalThresholdYen: 5_000_000, estimateTolerancePercent: 10 };

describe('invoice approval', () => {
  it('lets an invoice within threshold and estimate settle at once', () => {
    expect(approvalReason(3_300_000, 3_300_000, settings)).toBeNull();
    expect(approvalReason(3_630_000, 3_300_000, settings)).toBeNull(); // exactly +10%
  });

  it('holds an invoice above the threshold', () => {
    expect(approvalReason(5_000_001, null, settings)).toContain('above the approval threshold');
  });

  it('holds an invoice more than the tolerance above its estimate, to the yen', () => {
    expect(approvalReason(3_630_001, 3_300_000, settings)).toContain('exceeds the order\'s estimate');
  });

  it('has no estimate rule for orders without an estimate', () => {
    expect(approvalReason(4_999_999, null, settings)).toBeNull();
  });
});

describe('which orders may be invoiced', () => {
  const accepted = new Date('2026-11-21T10:00:00+09:00');
  it('lets the partner invoice an order it accepted, in any later state, cancelled after acceptance included', () => {
    for (const status of ['accepted', 'in_progress', 'work_complete', 'closed', 'cancelled'] as const) {
      expect(invoiceRefusal({ status, acceptedAt: accepted })).toBeNull();
    }
  });

  it('refuses an order cancelled before the partner accepted it, declined, or not yet accepted', () => {
    expect(invoiceRefusal({ status: 'cancelled', acceptedAt: null })).toContain('cancelled before the partner accepted it');
    expect(invoiceRefusal({ status: 'declined', acceptedAt: null })).toContain('declined');
    expect(invoiceRefusal({ status: 'acknowledged', acceptedAt: null })).toContain('once the partner has accepted it');
  });
});
