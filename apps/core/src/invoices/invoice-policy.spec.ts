import { approvalReason } from './invoice-policy';

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
