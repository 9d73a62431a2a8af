import { unprocessable } from '@hub/refusals';

/** A partner's figures for a month, as partner_month_statements holds them and the API shows them. */
export interface MonthFigures {
  ordersIssued: number;
  ordersCompleted: number;
  invoices: number;
  invoicedYen: number;
  coveredYen: number;
  retainedYen: number;
  payoutsPaid: number;
  paidYen: number;
}

export const FIGURE_NAMES = ['ordersIssued', 'ordersCompleted', 'invoices', 'invoicedYen', 'coveredYen', 'retainedYen', 'payoutsPaid', 'paidYen'] as const satisfies readonly (keyof MonthFigures)[];

export const NO_FIGURES: MonthFigures = { ordersIssued: 0, ordersCompleted: 0, invoices: 0, invoicedYen: 0, coveredYen: 0, retainedYen: 0, payoutsPaid: 0, paidYen: 0 };

/** One invoice counted in a month, as at the end of the month. */
export interface MonthInvoiceLine {
  invoiceId: string;
  invoiceNumber: string;
  /** YYYY-MM-DD, as on the invoice. */
  issueDate: string;
  submittedAt: Date;
  grossYen: number;
  /** Of the decision current at the end of the month; null when it was undecided then. */
  coveredYen: number | null;
  retainedYen: number | null;
  /** Its payouts paid by the end of the month. */
  paidYen: number;
  /** The Japanese day of the last of them; null when none was paid by then. */
  paidOn: string | null;
}

/** The figures that differ between two statements of the same month, by name. */
export function changedFigures(before: MonthFigures, after: MonthFigures): (keyof MonthFigures)[] {
  return FIGURE_NAMES.filter((name) => before[name] !== after[name]);
}

/**
 * PostgreSQL's bigint and count come back as text: whole yen and counts, checked to be exact in JavaScript. A month whose
 * total is beyond 2^53 − 1 yen (no insurer's, but a database can hold it) is refused as a statement that cannot be
 * written exactly, never rounded and never a crash.
 */
export function wholeNumber(value: unknown): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    throw unprocessable('figures_out_of_range', `A figure of this statement (${String(value)}) is beyond what can be stated to the yen (${Number.MAX_SAFE_INTEGER})`);
  }
  return number;
}

/** A row's snake_case figure columns (read as text) as figures. */
export function figuresOf(row: Record<string, unknown>): MonthFigures {
  return {
    ordersIssued: wholeNumber(row.orders_issued),
    ordersCompleted: wholeNumber(row.orders_completed),
    invoices: wholeNumber(row.invoices),
    invoicedYen: wholeNumber(row.invoiced_yen),
    coveredYen: wholeNumber(row.covered_yen),
    retainedYen: wholeNumber(row.retained_yen),
    payoutsPaid: wholeNumber(row.payouts_paid),
    paidYen: wholeNumber(row.paid_yen),
  };
}
