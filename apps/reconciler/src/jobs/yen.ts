/** Yen as a finding's summary says it to a person: ¥1,234,567. */
export const yen = (amount: number): string => `¥${amount.toLocaleString('ja-JP')}`;
