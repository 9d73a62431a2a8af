/** The finding event's limit (events/reconciliation-finding.v1): a summary quoting a long invoice number or reason is cut. */
export const SUMMARY_MAX = 500;

export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The yen at stake as the finding keeps and publishes it: its size, never negative; none when it is beyond what a
 * JavaScript number holds to the yen (a sum the database kept exactly but a job could not), rather than a rounded figure
 * — the summary still says it.
 */
export function storableYen(amount: number | null | undefined): number | null {
  if (amount === null || amount === undefined || !Number.isSafeInteger(amount)) return null;
  return Math.abs(amount);
}
