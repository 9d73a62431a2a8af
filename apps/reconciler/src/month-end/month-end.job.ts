import { Injectable } from '@nestjs/common';
import type { FoundBreak, JobOutcome, JobRunContext, ReconciliationJob } from '../jobs/reconciliation-job';
import { japanMonthOf } from './month';
import { changedFigures } from './month-figures';
import { type ClosedStatement, MonthEndRepository } from './month-end.repository';

/**
 * Closes each partner's month (Japan time) containing the business date: orders issued and completed, invoices
 * submitted and their gross, covered and retained yen, payouts paid. The scheduled run is for the month's last day
 * (04:00 on the 1st); a rerun for any day of the month closes it again, replacing its figures. It finds nothing,
 * unless a rerun changes the figures of a month already closed (the partner may have been sent them): a warning.
 * That warning is a finding like any other: it closes when a later month-end run no longer finds the change.
 */
@Injectable()
export class MonthEndJob implements ReconciliationJob {
  readonly name = 'month-end' as const;

  constructor(private readonly statements: MonthEndRepository) {}

  async run({ runId, businessDate, db }: JobRunContext): Promise<JobOutcome> {
    const month = japanMonthOf(businessDate);
    const closed = await this.statements.close(db, month, runId);
    const found = closed.flatMap((statement) => changeFinding(statement, month.label));
    return { found, summary: { month: month.label, statements: closed.length, changed: found.length } };
  }
}

function changeFinding({ partnerId, figures, before }: ClosedStatement, month: string): FoundBreak[] {
  const changed = before ? changedFigures(before, figures) : [];
  if (!before || changed.length === 0) return [];
  return [{
    kind: 'month_figures_changed',
    severity: 'warning',
    subjectType: 'partner_month',
    subjectId: `${partnerId}/${month}`,
    partnerId,
    summary: `Month-end figures of ${partnerId} for ${month} changed when closed again: ${changed.map((name) => `${name} ${before[name]} → ${figures[name]}`).join(', ')}`,
    detail: { month, before, after: figures, changed },
  }];
}
