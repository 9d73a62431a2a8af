import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Lateness is measured to the end of the business day: `asOf` minus the threshold's days. */
export interface Deadline {
  asOf: Date;
  days: number;
}

export interface UninvoicedOrder {
  orderId: string;
  caseId: string;
  partnerId: string;
  supportFunction: string;
  status: string;
  insured: boolean;
  estimateYen: number | null;
  /** The JST day the partner reported the work complete. */
  completedOn: string;
  daysSinceComplete: number;
}

export interface InvoiceOnOrder {
  invoiceId: string;
  invoiceNumber: string;
  state: string;
  grossYen: number;
  creditedYen: number;
}

export interface OrderAboveEstimate {
  orderId: string;
  caseId: string;
  partnerId: string;
  estimateYen: number;
  invoicedYen: number;
  invoices: InvoiceOnOrder[];
}

export interface InvoiceOfUnacceptedOrder {
  invoiceId: string;
  invoiceNumber: string;
  orderId: string;
  caseId: string;
  partnerId: string;
  orderStatus: string;
  state: string;
  grossYen: number;
}

export interface DuplicateInvoice {
  invoiceId: string;
  invoiceNumber: string;
  caseId: string;
  partnerId: string;
  earlierInvoiceId: string;
  earlierInvoiceNumber: string;
  /** Line numbers of the later invoice that bill work the earlier one already billed, and their yen. */
  lineNos: number[];
  duplicatedYen: number;
}

export interface InvoiceAwaitingApproval {
  invoiceId: string;
  invoiceNumber: string;
  caseId: string;
  partnerId: string;
  grossYen: number;
  reason: string | null;
  submittedOn: string;
  daysWaiting: number;
}

const jstDay = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD')`;
const daysBetween = (later: string, earlier: string) => `floor(extract(epoch FROM (${later} - ${earlier})) / 86400)::int`;
const yenOrNull = (text: string | null) => (text === null ? null : Number(text));
/** Invoices that count: a rejected invoice bills nothing (the partner must issue another). */
const BILLING = (alias: string) => `${alias}.state <> 'rejected'`;
/** What identifies a line's work: its category and its description with width, case and spaces normalised. */
const workOf = (line: string) => `${line}->>'category', lower(regexp_replace(normalize(${line}->>'description', NFKC), '\\s+', '', 'g'))`;

/**
 * The orders-invoices job's queries, each one statement over its tables (the duplicate check is one self-join of
 * invoices with their JSONB lines). Integer yen are read as text and become Numbers only for the rows that break.
 */
@Injectable()
export class OrdersInvoicesRepository {
  /**
   * Orders whose work the partner reported complete (work_complete, or closed since) at least `days` before `asOf`,
   * with no invoice that counts. The time is the timeline's `work_complete` entry, which records the partner's own
   * report time (occurred_at), not when it reached the hub; an order with no such entry (moved outside the partner's
   * reports) falls back on its last update, which is never earlier than its completion: no false alarm.
   */
  async uninvoicedOrders(db: EntityManager, { asOf, days }: Deadline): Promise<UninvoicedOrder[]> {
    const rows: Record<string, string | boolean | number | null>[] = await db.query(
      `SELECT o.id AS order_id, o.case_id, o.partner_id, o.support_function, o.status, o.insured, o.estimate_yen::text AS estimate_yen,
              ${jstDay('c.at')} AS completed_on, ${daysBetween('$1::timestamptz', 'c.at')} AS days
         FROM orders o
         CROSS JOIN LATERAL (
           SELECT COALESCE((SELECT min(t.occurred_at) FROM case_timeline t WHERE t.case_id = o.case_id AND t.order_id = o.id AND t.to_status = 'work_complete'), o.updated_at) AS at
         ) c
        WHERE o.status IN ('work_complete', 'closed')
          AND c.at <= $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.order_id = o.id AND ${BILLING('i')})
        ORDER BY o.id`,
      [asOf.toISOString(), days],
    );
    return rows.map((r) => ({
      orderId: r.order_id as string,
      caseId: r.case_id as string,
      partnerId: r.partner_id as string,
      supportFunction: r.support_function as string,
      status: r.status as string,
      insured: r.insured as boolean,
      estimateYen: yenOrNull(r.estimate_yen as string | null),
      completedOn: r.completed_on as string,
      daysSinceComplete: r.days as number,
    }));
  }

  /** Orders with an estimate whose counting invoices together, less what credit notes took off them, bill more than it. */
  async ordersAboveEstimate(db: EntityManager): Promise<OrderAboveEstimate[]> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT o.id AS order_id, o.case_id, o.partner_id, o.estimate_yen::text AS estimate_yen, s.invoiced::text AS invoiced_yen, s.invoices
         FROM (SELECT i.order_id, sum(i.gross_yen - i.credited_yen) AS invoiced,
                      jsonb_agg(jsonb_build_object('invoiceId', i.id, 'invoiceNumber', i.invoice_number, 'state', i.state,
                                                   'grossYen', i.gross_yen, 'creditedYen', i.credited_yen) ORDER BY i.submitted_at, i.id) AS invoices
                 FROM invoices i
                WHERE ${BILLING('i')}
                GROUP BY i.order_id) s
         JOIN orders o ON o.id = s.order_id
        WHERE o.estimate_yen IS NOT NULL AND s.invoiced > o.estimate_yen
        ORDER BY o.id`,
    );
    return rows.map((r) => ({
      orderId: r.order_id as string,
      caseId: r.case_id as string,
      partnerId: r.partner_id as string,
      estimateYen: Number(r.estimate_yen),
      invoicedYen: Number(r.invoiced_yen),
      invoices: r.invoices as InvoiceOnOrder[],
    }));
  }

  /** Counting invoices on orders the partner never accepted (core refuses them at submission; the data may still hold some). */
  async invoicesForUnacceptedOrders(db: EntityManager): Promise<InvoiceOfUnacceptedOrder[]> {
    const rows: Record<string, string>[] = await db.query(
      `SELECT i.id AS invoice_id, i.invoice_number, i.order_id, i.case_id, i.partner_id, o.status AS order_status, i.state, i.gross_yen::text AS gross_yen
         FROM invoices i
         JOIN orders o ON o.id = i.order_id
        WHERE o.accepted_at IS NULL AND ${BILLING('i')}
        ORDER BY i.id`,
    );
    return rows.map((r) => ({
      invoiceId: r.invoice_id,
      invoiceNumber: r.invoice_number,
      orderId: r.order_id,
      caseId: r.case_id,
      partnerId: r.partner_id,
      orderStatus: r.order_status,
      state: r.state,
      grossYen: Number(r.gross_yen),
    }));
  }

  /**
   * Invoices billing work an earlier invoice already billed: the same partner and case, supply periods that overlap
   * (an invoice without one is supplied on its issue date), and at least one line of the same work (category and
   * normalised description) for the same yen. Both must still bill something: neither rejected nor credited in full.
   * "Earlier" is by submission (then id); a later invoice is reported once, against the earliest it repeats.
   */
  async duplicateInvoices(db: EntityManager): Promise<DuplicateInvoice[]> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT DISTINCT ON (later.id)
              later.id AS invoice_id, later.invoice_number, later.case_id, later.partner_id,
              earlier.id AS earlier_invoice_id, earlier.invoice_number AS earlier_invoice_number, dup.line_nos, dup.yen::text AS duplicated_yen
         FROM invoices later
         JOIN invoices earlier
           ON earlier.partner_id = later.partner_id AND earlier.case_id = later.case_id AND earlier.id <> later.id
          AND (earlier.submitted_at, earlier.id) < (later.submitted_at, later.id)
          AND ${BILLING('earlier')} AND earlier.gross_yen > earlier.credited_yen
          AND COALESCE(earlier.supply_from, earlier.issue_date) <= COALESCE(later.supply_to, later.issue_date)
          AND COALESCE(later.supply_from, later.issue_date) <= COALESCE(earlier.supply_to, earlier.issue_date)
        CROSS JOIN LATERAL (
          SELECT jsonb_agg((l->>'lineNo')::int ORDER BY (l->>'lineNo')::int) AS line_nos, sum((l->>'grossYen')::bigint) AS yen
            FROM jsonb_array_elements(later.lines) l
           WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(earlier.lines) e
                          WHERE (${workOf('e')}) = (${workOf('l')}) AND (e->>'grossYen')::bigint = (l->>'grossYen')::bigint)
        ) dup
        WHERE ${BILLING('later')} AND later.gross_yen > later.credited_yen AND dup.line_nos IS NOT NULL
        ORDER BY later.id, earlier.submitted_at, earlier.id`,
    );
    return rows.map((r) => ({
      invoiceId: r.invoice_id as string,
      invoiceNumber: r.invoice_number as string,
      caseId: r.case_id as string,
      partnerId: r.partner_id as string,
      earlierInvoiceId: r.earlier_invoice_id as string,
      earlierInvoiceNumber: r.earlier_invoice_number as string,
      lineNos: r.line_nos as number[],
      duplicatedYen: Number(r.duplicated_yen),
    }));
  }

  /** Invoices held for a coordinator's approval since at least `days` before `asOf`. */
  async awaitingApproval(db: EntityManager, { asOf, days }: Deadline): Promise<InvoiceAwaitingApproval[]> {
    const rows: Record<string, string | number | null>[] = await db.query(
      `SELECT i.id AS invoice_id, i.invoice_number, i.case_id, i.partner_id, i.gross_yen::text AS gross_yen, i.state_reason,
              ${jstDay('i.submitted_at')} AS submitted_on, ${daysBetween('$1::timestamptz', 'i.submitted_at')} AS days
         FROM invoices i
        WHERE i.state = 'awaiting_approval' AND i.submitted_at <= $1::timestamptz - make_interval(days => $2)
        ORDER BY i.id`,
      [asOf.toISOString(), days],
    );
    return rows.map((r) => ({
      invoiceId: r.invoice_id as string,
      invoiceNumber: r.invoice_number as string,
      caseId: r.case_id as string,
      partnerId: r.partner_id as string,
      grossYen: Number(r.gross_yen),
      reason: r.state_reason as string | null,
      submittedOn: r.submitted_on as string,
      daysWaiting: r.days as number,
    }));
  }
}
