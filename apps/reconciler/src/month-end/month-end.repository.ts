import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { japanDateOf } from '../jobs/business-date';
import type { JapanMonth } from './month';
import { figuresOf, type MonthFigures, type MonthInvoiceLine, NO_FIGURES, wholeNumber } from './month-figures';

const COLUMNS = ['orders_issued', 'orders_completed', 'invoices', 'invoiced_yen', 'covered_yen', 'retained_yen', 'payouts_paid', 'paid_yen'];
const list = (column: (name: string) => string) => COLUMNS.map(column).join(', ');

/**
 * The figure sets, each one aggregate pass grouped by partner ($1, $2: the JST midnights bounding the month; $3: one
 * partner, or null for all). Rejected invoices are not counted; credited ones are, at their gross (a credit note is its
 * own document). Payouts count in the month they were paid, whatever month their invoice was submitted in.
 */
const MONTH_INVOICES = `
  month_invoices AS (
    SELECT id, partner_id, gross_yen FROM invoices
     WHERE submitted_at >= $1 AND submitted_at < $2 AND state <> 'rejected' AND ($3::text IS NULL OR partner_id = $3)
  ),
  -- The decision current at the end of the month: of the invoice's decisions decided before the month ended, the last
  -- by seq (the order they were written in). A re-decision after the month ends changes the next month's invoices'
  -- figures, never this month's; an invoice still undecided at the end of the month counts no covered or retained yen.
  decided AS (
    SELECT DISTINCT ON (d.invoice_id) d.invoice_id, d.covered_yen, d.retained_yen
      FROM settlement_decisions d JOIN month_invoices m ON m.id = d.invoice_id
     WHERE d.decided_at < $2
     ORDER BY d.invoice_id, d.seq DESC
  )`;

const FIGURE_SETS = `
  issued AS (
    SELECT partner_id, count(*) AS orders_issued FROM orders
     WHERE issued_at >= $1 AND issued_at < $2 AND ($3::text IS NULL OR partner_id = $3)
     GROUP BY partner_id
  ),
  -- An order reaches work_complete once (only closed follows it): when its transition occurred on the case's timeline.
  completed AS (
    SELECT o.partner_id, count(DISTINCT t.order_id) AS orders_completed
      FROM case_timeline t JOIN orders o ON o.id = t.order_id
     WHERE t.kind = 'order_status_changed' AND t.to_status = 'work_complete' AND t.occurred_at >= $1 AND t.occurred_at < $2
       AND ($3::text IS NULL OR o.partner_id = $3)
     GROUP BY o.partner_id
  ),
  ${MONTH_INVOICES},
  invoiced AS (
    SELECT m.partner_id, count(*) AS invoices, sum(m.gross_yen) AS invoiced_yen,
           COALESCE(sum(d.covered_yen), 0) AS covered_yen, COALESCE(sum(d.retained_yen), 0) AS retained_yen
      FROM month_invoices m LEFT JOIN decided d ON d.invoice_id = m.id
     GROUP BY m.partner_id
  ),
  paid AS (
    SELECT i.partner_id, count(*) AS payouts_paid, sum(p.amount_yen) AS paid_yen
      FROM payouts p JOIN invoices i ON i.id = p.invoice_id
     WHERE p.state = 'paid' AND p.paid_at >= $1 AND p.paid_at < $2 AND ($3::text IS NULL OR i.partner_id = $3)
     GROUP BY i.partner_id
  ),
  figures AS (
    SELECT partner_id, ${list((c) => `COALESCE(${c}, 0) AS ${c}`)}
      FROM issued FULL JOIN completed USING (partner_id) FULL JOIN invoiced USING (partner_id) FULL JOIN paid USING (partner_id)
  )`;

export interface ClosedStatement {
  partnerId: string;
  figures: MonthFigures;
  /** The figures the month had before this run closed it again; null the first time. */
  before: MonthFigures | null;
}

export interface StoredStatement {
  runId: string;
  computedAt: Date;
  figures: MonthFigures | null;
}

/** partner_month_statements and the figures they are computed from (core's orders, timeline, invoices, decisions, payouts). */
@Injectable()
export class MonthEndRepository {
  /**
   * Computes every partner's figures for the month and stores them, replacing what an earlier run stored (one row per
   * partner and month; run_id is this run). A partner closed before with no activity now is set to zeros, not left
   * with its old figures. Runs of different days of one month take turns.
   */
  close(db: EntityManager, month: JapanMonth, runId: string): Promise<ClosedStatement[]> {
    return db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('month-end:' || $1, 0))`, [month.firstDay]);
      const rows: Record<string, unknown>[] = await tx.query(
        `WITH ${FIGURE_SETS},
         before AS (SELECT partner_id, ${COLUMNS.join(', ')} FROM partner_month_statements WHERE month = $4::date FOR UPDATE),
         closing AS (
           SELECT COALESCE(f.partner_id, b.partner_id) AS partner_id, ${list((c) => `COALESCE(f.${c}, 0) AS ${c}`)}
             FROM figures f FULL JOIN before b ON b.partner_id = f.partner_id
         ),
         upserted AS (
           INSERT INTO partner_month_statements AS s (partner_id, month, ${COLUMNS.join(', ')}, run_id, computed_at)
           SELECT partner_id, $4::date, ${COLUMNS.join(', ')}, $5::uuid, now() FROM closing
           ON CONFLICT (partner_id, month) DO UPDATE SET ${list((c) => `${c} = EXCLUDED.${c}`)}, run_id = EXCLUDED.run_id, computed_at = EXCLUDED.computed_at
           RETURNING s.partner_id, ${list((c) => `s.${c}`)}
         )
         SELECT u.partner_id, ${list((c) => `u.${c}::text AS ${c}`)}, b.partner_id IS NOT NULL AS closed_before, ${list((c) => `b.${c}::text AS before_${c}`)}
           FROM upserted u LEFT JOIN before b ON b.partner_id = u.partner_id
          ORDER BY u.partner_id`,
        [month.from, month.to, null, month.firstDay, runId],
      );
      return rows.map((row) => ({
        partnerId: row.partner_id as string,
        figures: figuresOf(row),
        before: row.closed_before ? figuresOf(Object.fromEntries(COLUMNS.map((c) => [c, row[`before_${c}`]]))) : null,
      }));
    });
  }

  /** The partner's figures for the month computed now, by the rules the job closes it with (zeros when it had no activity). */
  async figures(db: EntityManager, partnerId: string, month: JapanMonth): Promise<MonthFigures> {
    const [row]: Record<string, unknown>[] = await db.query(`WITH ${FIGURE_SETS} SELECT ${list((c) => `${c}::text AS ${c}`)} FROM figures`, [month.from, month.to, partnerId]);
    return row ? figuresOf(row) : NO_FIGURES;
  }

  /**
   * What the month-end job stored for the partner's month: its row, or — when the job has run for the month and the
   * partner had no activity — the run with no figures. Undefined when the month has not been closed.
   */
  async stored(db: EntityManager, partnerId: string, month: JapanMonth): Promise<StoredStatement | undefined> {
    const [row]: Record<string, unknown>[] = await db.query(
      `SELECT run_id, computed_at, ${list((c) => `${c}::text AS ${c}`)} FROM partner_month_statements WHERE partner_id = $1 AND month = $2`,
      [partnerId, month.firstDay],
    );
    if (row) return { runId: row.run_id as string, computedAt: row.computed_at as Date, figures: figuresOf(row) };
    const [run]: { id: string; finished_at: Date }[] = await db.query(
      `SELECT id, finished_at FROM reconciliation_runs
        WHERE job = 'month-end' AND state = 'succeeded' AND business_date >= $1::date AND business_date < $1::date + interval '1 month'
        ORDER BY finished_at DESC LIMIT 1`,
      [month.firstDay],
    );
    return run ? { runId: run.id, computedAt: run.finished_at, figures: null } : undefined;
  }

  /** The invoices the month counts for the partner, as at the end of the month, in the order submitted. */
  async invoiceLines(db: EntityManager, partnerId: string, month: JapanMonth): Promise<MonthInvoiceLine[]> {
    const rows: Record<string, unknown>[] = await db.query(
      `WITH ${MONTH_INVOICES},
       paid_by_end AS (
         SELECT p.invoice_id, sum(p.amount_yen) AS paid_yen, max(p.paid_at) AS last_paid_at
           FROM payouts p JOIN month_invoices m ON m.id = p.invoice_id
          WHERE p.state = 'paid' AND p.paid_at < $2
          GROUP BY p.invoice_id
       )
       SELECT i.id, i.invoice_number, to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date, i.submitted_at, i.gross_yen::text AS gross_yen,
              d.covered_yen::text AS covered_yen, d.retained_yen::text AS retained_yen, COALESCE(pb.paid_yen, 0)::text AS paid_yen, pb.last_paid_at
         FROM month_invoices m
         JOIN invoices i ON i.id = m.id
         LEFT JOIN decided d ON d.invoice_id = m.id
         LEFT JOIN paid_by_end pb ON pb.invoice_id = m.id
        ORDER BY i.submitted_at, i.id`,
      [month.from, month.to, partnerId],
    );
    return rows.map((r) => ({
      invoiceId: r.id as string,
      invoiceNumber: r.invoice_number as string,
      issueDate: r.issue_date as string,
      submittedAt: r.submitted_at as Date,
      grossYen: wholeNumber(r.gross_yen),
      coveredYen: r.covered_yen === null ? null : wholeNumber(r.covered_yen),
      retainedYen: r.retained_yen === null ? null : wholeNumber(r.retained_yen),
      paidYen: wholeNumber(r.paid_yen),
      paidOn: r.last_paid_at ? japanDateOf(r.last_paid_at as Date) : null,
    }));
  }
}
