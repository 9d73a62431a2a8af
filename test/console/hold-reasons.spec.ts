import { approvalReason } from '@apps/core/src/invoices/invoice-policy';
import { holdReasonInJapanese } from '@apps/console/web/src/hold-reasons';

/** Core's hold reasons are English sentences; the console's translation is held to what core actually writes. */
describe('holdReasonInJapanese', () => {
  const settings = { approvalThresholdYen: 5_000_000, estimateTolerancePercent: 10 };

  it('says in Japanese why an invoice above the approval threshold waits', () => {
    expect(holdReasonInJapanese(approvalReason(6_600_000, null, settings))).toBe('請求額 ¥6,600,000 が承認基準額 ¥5,000,000 を超えています');
  });

  it('says in Japanese why an invoice above its estimate waits', () => {
    expect(holdReasonInJapanese(approvalReason(3_700_000, 3_300_000, settings))).toBe('請求額 ¥3,700,000 が発注時の見積額 ¥3,300,000 を 10% を超えて上回っています');
  });

  it('says in Japanese that an invoice may be a duplicate', () => {
    const reason = 'possibly a duplicate: invoice "LAC-2026-0042" (0b4c8d2e-1111-4000-8000-000000000000) has the same partner, order, amount (¥3,549,440) and issue date';
    expect(holdReasonInJapanese(reason)).toBe('重複の可能性：請求書「LAC-2026-0042」と提携先・発注・金額（¥3,549,440）・発行日が同じです');
  });

  it("shows anything else as written (an approver's own reason)", () => {
    expect(holdReasonInJapanese('見積の範囲外の作業が含まれているため')).toBe('見積の範囲外の作業が含まれているため');
    expect(holdReasonInJapanese(null)).toBeNull();
  });
});
