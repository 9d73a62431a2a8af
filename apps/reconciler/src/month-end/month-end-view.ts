import type { MonthEndStatementV1 } from '@hub/contracts';
import type { PartnerProfile } from '@hub/partners';
import type { JapanMonth } from './month';
import type { MonthFigures, MonthInvoiceLine } from './month-figures';
import type { StoredStatement } from './month-end.repository';

/** A partner's month as the API answers it: closed when the month-end job stored it, else computed at `now`. */
export function monthEndView(
  partner: PartnerProfile,
  month: JapanMonth,
  stored: StoredStatement | undefined,
  figures: MonthFigures,
  invoices: readonly MonthInvoiceLine[],
  now: Date,
): MonthEndStatementV1 {
  return {
    partnerId: partner.id,
    partnerName: partner.nameJa,
    month: month.label,
    closed: stored !== undefined,
    runId: stored?.runId ?? null,
    computedAt: (stored?.computedAt ?? now).toISOString(),
    figures: { ...figures },
    invoices: invoices.map((i) => ({ ...i, submittedAt: i.submittedAt.toISOString() })),
  };
}
