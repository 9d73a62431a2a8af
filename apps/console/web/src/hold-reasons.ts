/**
 * Why core holds an invoice for approval, in Japanese. Core states it as an English sentence (invoice-policy.ts,
 * submit-invoice.usecase.ts) and no code; these are its three forms. Anything else (an approver's own reason for a
 * rejection) is shown as written.
 */
const HOLD_REASONS: [RegExp, (...m: string[]) => string][] = [
  [/^gross (¥[\d,]+) is above the approval threshold of (¥[\d,]+)$/, (gross, threshold) => `請求額 ${gross} が承認基準額 ${threshold} を超えています`],
  [/^gross (¥[\d,]+) exceeds the order's estimate of (¥[\d,]+) by more than (\d+)%$/, (gross, estimate, percent) => `請求額 ${gross} が発注時の見積額 ${estimate} を ${percent}% を超えて上回っています`],
  [/^possibly a duplicate: invoice "(.+)" \(.+\) has the same partner, order, amount \((¥[\d,]+)\) and issue date$/, (number, gross) => `重複の可能性：請求書「${number}」と提携先・発注・金額（${gross}）・発行日が同じです`],
];

export function holdReasonInJapanese(reason: string | null): string | null {
  if (reason === null) return null;
  for (const [pattern, say] of HOLD_REASONS) {
    const match = pattern.exec(reason);
    if (match) return say(...match.slice(1));
  }
  return reason;
}
