import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An instructed payout not yet exported, with the account its payee has on file (null columns when none). */
export interface ExportCandidate {
  payoutId: string;
  caseId: string;
  partnerId: string;
  payee: 'partner' | 'insured';
  /** The partner's id, or the insured's policy number: the key of payee_bank_accounts. */
  payeeId: string;
  payeeName: string;
  amountYen: number;
  instructedAt: Date;
  account: { bankCode: string; branchCode: string; accountType: '1' | '2' | '4' | '9'; accountNumber: string; accountNameKana: string } | null;
}

/** One transfer as instructed to the bank: the payout's amount and its payee's account at the time of the export. */
export interface InstructionRow {
  payoutId: string;
  reference: string;
  amountYen: number;
  bankCode: string;
  branchCode: string;
  accountType: '1' | '2' | '4' | '9';
  accountNumber: string;
  accountNameKana: string;
}

export interface ExportRow {
  exportId: string;
  transferDate: string;
  fileName: string;
  records: number;
  totalYen: number;
  createdBy: string;
  createdAt: Date;
}

export interface NewExport {
  exportId: string;
  transferDate: string;
  fileName: string;
  content: Buffer;
  totalYen: number;
  createdBy: string;
  instructions: InstructionRow[];
}

const EXPORT_COLUMNS = `id AS "exportId", to_char(transfer_date, 'YYYY-MM-DD') AS "transferDate", file_name AS "fileName", record_count AS records,
  total_yen::text AS "totalYen", created_by AS "createdBy", created_at AS "createdAt"`;

const exportOf = (row: ExportRow & { totalYen: string }): ExportRow => ({ ...row, totalYen: Number(row.totalYen) });

/** The 総合振込 files (bank_transfer_exports) and the transfers each instructs (bank_transfer_instructions). */
@Injectable()
export class BankExportRepository {
  /**
   * One export at a time, whichever day it is for, until the transaction ends: two runs (tonight's and a rerun) must
   * never both put one payout in a file.
   */
  async lockExports(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('bank-export', 0))`);
  }

  /**
   * Payouts still instructed, instructed before `before`, with money to pay, neither in a file yet nor already matched to
   * a bank transfer (paid outside the file, confirmation on its way): the payee's account joined by who the payout
   * names. Share-locked, so no amendment changes an amount between here and the file.
   */
  async candidates(tx: EntityManager, before: Date): Promise<ExportCandidate[]> {
    const rows: Record<string, string | Date | null>[] = await tx.query(
      `SELECT p.id AS payout_id, p.case_id, i.partner_id, p.payee, k.payee_id, p.payee_name, p.amount_yen::text AS amount_yen, p.instructed_at,
              a.bank_code, a.branch_code, a.account_type, a.account_number, a.account_name_kana
         FROM payouts p
         JOIN invoices i ON i.id = p.invoice_id
         JOIN cases c ON c.id = p.case_id
         JOIN policies pol ON pol.id = c.policy_id
         CROSS JOIN LATERAL (SELECT CASE p.payee WHEN 'partner' THEN i.partner_id ELSE pol.policy_number END AS payee_id) k
         LEFT JOIN payee_bank_accounts a ON a.payee_kind = p.payee AND a.payee_id = k.payee_id
        WHERE p.state = 'instructed' AND p.amount_yen > 0 AND p.instructed_at < $1
          AND NOT EXISTS (SELECT 1 FROM bank_transfer_instructions t WHERE t.payout_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM bank_transactions b WHERE b.matched_payout_id = p.id)
        ORDER BY p.instructed_at, p.id
        FOR SHARE OF p`,
      [before],
    );
    return rows.map((r) => ({
      payoutId: r.payout_id as string,
      caseId: r.case_id as string,
      partnerId: r.partner_id as string,
      payee: r.payee as ExportCandidate['payee'],
      payeeId: r.payee_id as string,
      payeeName: r.payee_name as string,
      amountYen: Number(r.amount_yen),
      instructedAt: r.instructed_at as Date,
      account:
        r.bank_code === null
          ? null
          : {
              bankCode: r.bank_code as string,
              branchCode: r.branch_code as string,
              accountType: r.account_type as '1' | '2' | '4' | '9',
              accountNumber: r.account_number as string,
              accountNameKana: r.account_name_kana as string,
            },
    }));
  }

  /** The file and its transfers, in the caller's transaction. */
  async insert(tx: EntityManager, file: NewExport): Promise<void> {
    await tx.query(
      `INSERT INTO bank_transfer_exports (id, transfer_date, file_name, content, record_count, total_yen, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [file.exportId, file.transferDate, file.fileName, file.content, file.instructions.length, file.totalYen, file.createdBy],
    );
    await tx.query(
      `INSERT INTO bank_transfer_instructions (payout_id, export_id, reference, amount_yen, bank_code, branch_code, account_type, account_number, account_name_kana)
       SELECT t."payoutId", $1, t.reference, t."amountYen", t."bankCode", t."branchCode", t."accountType", t."accountNumber", t."accountNameKana"
         FROM jsonb_to_recordset($2::jsonb) AS t("payoutId" uuid, reference text, "amountYen" bigint, "bankCode" text, "branchCode" text, "accountType" text, "accountNumber" text, "accountNameKana" text)`,
      [file.exportId, JSON.stringify(file.instructions)],
    );
  }

  /** The files of a transfer date, oldest first. */
  async exportsOn(db: EntityManager, transferDate: string): Promise<ExportRow[]> {
    const rows: (ExportRow & { totalYen: string })[] = await db.query(
      `SELECT ${EXPORT_COLUMNS} FROM bank_transfer_exports WHERE transfer_date = $1 ORDER BY created_at, id`,
      [transferDate],
    );
    return rows.map(exportOf);
  }

  /** The transfers of these files, each in its file's record order (the file is written in reference order). */
  async instructionsOf(db: EntityManager, exportIds: readonly string[]): Promise<Map<string, InstructionRow[]>> {
    const rows: (InstructionRow & { exportId: string; amountYen: string })[] = exportIds.length === 0 ? [] : await db.query(
      `SELECT export_id AS "exportId", payout_id AS "payoutId", reference, amount_yen::text AS "amountYen", bank_code AS "bankCode", branch_code AS "branchCode",
              account_type AS "accountType", account_number AS "accountNumber", account_name_kana AS "accountNameKana"
         FROM bank_transfer_instructions WHERE export_id = ANY($1::uuid[]) ORDER BY export_id, reference COLLATE "C"`,
      [exportIds],
    );
    const byExport = new Map<string, InstructionRow[]>(exportIds.map((id) => [id, []]));
    for (const { exportId, ...row } of rows) byExport.get(exportId)?.push({ ...row, amountYen: Number(row.amountYen) });
    return byExport;
  }

  /** One file's bytes as they were handed to the bank, with its name; null when there is no such export. */
  async file(db: EntityManager, exportId: string): Promise<{ fileName: string; content: Buffer } | null> {
    const [row]: { fileName: string; content: Buffer }[] = await db.query(`SELECT file_name AS "fileName", content FROM bank_transfer_exports WHERE id = $1`, [exportId]);
    return row ?? null;
  }
}
