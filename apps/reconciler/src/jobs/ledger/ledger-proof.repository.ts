import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CounterBreak {
  counterId: string;
  policyId: string;
  policyNumber: string;
  caseId: string | null;
  counter: string;
  limitYen: number;
  usedYen: number;
  postedYen: number;
}

export interface DecisionBreak {
  decisionId: string;
  invoiceId: string;
  caseId: string;
  partnerId: string;
  invoiceNumber: string;
  kind: string;
  coveredYen: number;
  retainedYen: number;
  invoiceYen: number;
  totalsCoveredYen: number | null;
  totalsRetainedYen: number | null;
}

/**
 * The ledger proof's queries: each one pass over its table in SQL (postings summed per counter by one hash aggregate,
 * not row by row in JavaScript), returning only the rows that break. Integer yen stay in PostgreSQL's bigint until the
 * few breaking rows come back.
 */
@Injectable()
export class LedgerProofRepository {
  /** Counters whose used yen differ from the sum of their postings, or exceed their cap, or whose postings do. */
  async counterBreaks(db: EntityManager): Promise<CounterBreak[]> {
    const rows: Record<string, string | null>[] = await db.query(`
      SELECT c.id::text AS counter_id, c.policy_id, p.policy_number, c.case_id, c.counter, c.limit_yen::text, c.used_yen::text, COALESCE(s.posted, 0)::text AS posted_yen
        FROM limit_counters c
        JOIN policies p ON p.id = c.policy_id
        LEFT JOIN (SELECT counter_id, sum(yen) AS posted FROM limit_postings GROUP BY counter_id) s ON s.counter_id = c.id
       WHERE c.used_yen <> COALESCE(s.posted, 0) OR c.used_yen > c.limit_yen OR COALESCE(s.posted, 0) > c.limit_yen OR c.used_yen < 0
       ORDER BY c.id`);
    return rows.map((r) => ({
      counterId: r.counter_id as string,
      policyId: r.policy_id as string,
      policyNumber: r.policy_number as string,
      caseId: r.case_id,
      counter: r.counter as string,
      limitYen: Number(r.limit_yen),
      usedYen: Number(r.used_yen),
      postedYen: Number(r.posted_yen),
    }));
  }

  /** Decisions whose covered plus retained is not their invoice's total, or disagree with the totals they were decided with. */
  async decisionBreaks(db: EntityManager): Promise<DecisionBreak[]> {
    const rows: Record<string, string | null>[] = await db.query(`
      SELECT d.id AS decision_id, d.invoice_id, d.case_id, i.partner_id, i.invoice_number, d.kind,
             d.covered_yen::text, d.retained_yen::text, i.gross_yen::text AS invoice_yen,
             d.decision #>> '{totals,coveredYen}' AS totals_covered_yen, d.decision #>> '{totals,retainedYen}' AS totals_retained_yen
        FROM settlement_decisions d
        JOIN invoices i ON i.id = d.invoice_id
       WHERE d.covered_yen + d.retained_yen <> i.gross_yen
          OR (d.decision ? 'totals' AND ((d.decision #>> '{totals,coveredYen}')::bigint <> d.covered_yen OR (d.decision #>> '{totals,retainedYen}')::bigint <> d.retained_yen))
       ORDER BY d.seq`);
    return rows.map((r) => ({
      decisionId: r.decision_id as string,
      invoiceId: r.invoice_id as string,
      caseId: r.case_id as string,
      partnerId: r.partner_id as string,
      invoiceNumber: r.invoice_number as string,
      kind: r.kind as string,
      coveredYen: Number(r.covered_yen),
      retainedYen: Number(r.retained_yen),
      invoiceYen: Number(r.invoice_yen),
      totalsCoveredYen: r.totals_covered_yen === null ? null : Number(r.totals_covered_yen),
      totalsRetainedYen: r.totals_retained_yen === null ? null : Number(r.totals_retained_yen),
    }));
  }
}
