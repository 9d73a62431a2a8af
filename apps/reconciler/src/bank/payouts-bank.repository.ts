import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MatchedTransaction, OpenPayout, ReferencedPayout, UnmatchedTransaction } from './payout-matching';

export interface UnpaidPayout {
  payoutId: string;
  caseId: string;
  partnerId: string;
  payeeName: string;
  amountYen: number;
  instructedAt: Date;
  reference: string | null;
}

/** The matching of bank transactions to payouts: what it reads, and the match it records. */
@Injectable()
export class PayoutsBankRepository {
  /** One matching at a time, whichever day it is for, until the transaction ends: a payout is matched once. */
  async lockMatching(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('payouts-bank', 0))`);
  }

  /** Transactions of value date `upTo` or before that no payout is matched to, oldest first. */
  async unmatched(tx: EntityManager, upTo: string): Promise<UnmatchedTransaction[]> {
    const rows: (UnmatchedTransaction & { amountYen: string })[] = await tx.query(
      `SELECT id::text AS "transactionId", bank_file_id AS "bankFileId", record_no AS "recordNo", to_char(value_date, 'YYYY-MM-DD') AS "valueDate",
              amount_yen::text AS "amountYen", payee_name AS "payeeName", edi_info AS "ediInfo", bank_reference AS "bankReference"
         FROM bank_transactions WHERE matched_payout_id IS NULL AND value_date <= $1 ORDER BY value_date, id`,
      [upTo],
    );
    return rows.map((r) => ({ ...r, amountYen: Number(r.amountYen) }));
  }

  /** The payouts these transfer references name, by reference. */
  async byReference(tx: EntityManager, references: readonly string[]): Promise<Map<string, ReferencedPayout>> {
    if (references.length === 0) return new Map();
    const rows: (ReferencedPayout & { instructedYen: string })[] = await tx.query(
      `SELECT t.reference, p.id AS "payoutId", p.case_id AS "caseId", i.partner_id AS "partnerId", t.amount_yen::text AS "instructedYen", p.state,
              (SELECT b.id::text FROM bank_transactions b WHERE b.matched_payout_id = p.id) AS "matchedTransactionId"
         FROM bank_transfer_instructions t
         JOIN payouts p ON p.id = t.payout_id
         JOIN invoices i ON i.id = p.invoice_id
        WHERE t.reference = ANY($1::text[])`,
      [references],
    );
    return new Map(rows.map((r) => [r.reference, { ...r, instructedYen: Number(r.instructedYen) }]));
  }

  /**
   * Payouts waiting for their money (instructed, matched to no transaction), instructed before `before`, with the names
   * their payee may appear under: the account name exported, the account on file, the payout's payee name.
   */
  async openPayouts(tx: EntityManager, before: Date): Promise<OpenPayout[]> {
    const rows: { payout_id: string; case_id: string; partner_id: string; payable_yen: string; instructed_at: Date; reference: string | null; names: (string | null)[] }[] = await tx.query(
      `SELECT p.id AS payout_id, p.case_id, i.partner_id, COALESCE(t.amount_yen, p.amount_yen)::text AS payable_yen, p.instructed_at, t.reference,
              ARRAY[t.account_name_kana, a.account_name_kana, p.payee_name] AS names
         FROM payouts p
         JOIN invoices i ON i.id = p.invoice_id
         JOIN cases c ON c.id = p.case_id
         JOIN policies pol ON pol.id = c.policy_id
         LEFT JOIN bank_transfer_instructions t ON t.payout_id = p.id
         LEFT JOIN payee_bank_accounts a ON a.payee_kind = p.payee AND a.payee_id = CASE p.payee WHEN 'partner' THEN i.partner_id ELSE pol.policy_number END
        WHERE p.state = 'instructed' AND p.instructed_at < $1
          AND NOT EXISTS (SELECT 1 FROM bank_transactions b WHERE b.matched_payout_id = p.id)`,
      [before],
    );
    return rows.map((r) => ({
      payoutId: r.payout_id,
      caseId: r.case_id,
      partnerId: r.partner_id,
      payableYen: Number(r.payable_yen),
      instructedAt: r.instructed_at,
      reference: r.reference,
      names: r.names.filter((n): n is string => n !== null),
    }));
  }

  /** Transactions matched before on these days: a second file reporting one of them reports the same transfer. */
  async matchedOn(tx: EntityManager, days: readonly string[]): Promise<MatchedTransaction[]> {
    if (days.length === 0) return [];
    const rows: (MatchedTransaction & { amountYen: string })[] = await tx.query(
      `SELECT id::text AS "transactionId", bank_file_id AS "bankFileId", to_char(value_date, 'YYYY-MM-DD') AS "valueDate", amount_yen::text AS "amountYen",
              payee_name AS "payeeName", edi_info AS "ediInfo"
         FROM bank_transactions WHERE matched_payout_id IS NOT NULL AND value_date = ANY($1::date[])`,
      [days],
    );
    return rows.map((r) => ({ ...r, amountYen: Number(r.amountYen) }));
  }

  /** Records the match, unless the transaction was matched meanwhile (then false). */
  async recordMatch(tx: EntityManager, transactionId: string, payoutId: string, matchedBy: 'reference' | 'amount_and_payee'): Promise<boolean> {
    const [, affected]: [unknown, number] = await tx.query(
      `UPDATE bank_transactions SET matched_payout_id = $2, matched_by = $3, matched_at = now() WHERE id = $1 AND matched_payout_id IS NULL`,
      [transactionId, payoutId, matchedBy],
    );
    return affected === 1;
  }

  /** Payouts still instructed that were instructed on or before `instructedBy` and no bank transaction was matched to. */
  async unpaid(db: EntityManager, instructedBy: Date): Promise<UnpaidPayout[]> {
    const rows: (UnpaidPayout & { amountYen: string })[] = await db.query(
      `SELECT p.id AS "payoutId", p.case_id AS "caseId", i.partner_id AS "partnerId", p.payee_name AS "payeeName", p.amount_yen::text AS "amountYen",
              p.instructed_at AS "instructedAt", t.reference
         FROM payouts p
         JOIN invoices i ON i.id = p.invoice_id
         LEFT JOIN bank_transfer_instructions t ON t.payout_id = p.id
        WHERE p.state = 'instructed' AND p.instructed_at <= $1
          AND NOT EXISTS (SELECT 1 FROM bank_transactions b WHERE b.matched_payout_id = p.id)
        ORDER BY p.instructed_at, p.id`,
      [instructedBy],
    );
    return rows.map((r) => ({ ...r, amountYen: Number(r.amountYen) }));
  }
}
