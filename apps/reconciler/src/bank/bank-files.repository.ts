import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BankFileKind, ImportedTransaction } from './bank-file-reader';

export interface BankFileRow {
  bankFileId: string;
  kind: BankFileKind;
  fileName: string;
  sha256: string;
  importedBy: string;
  importedAt: Date;
}

export interface BankTransactionRow extends ImportedTransaction {
  transactionId: string;
  matchedPayoutId: string | null;
  matchedBy: 'reference' | 'amount_and_payee' | null;
  matchedAt: Date | null;
}

export interface NewBankFile {
  bankFileId: string;
  kind: BankFileKind;
  fileName: string;
  sha256: string;
  content: Buffer;
  importedBy: string;
  transactions: ImportedTransaction[];
}

const FILE_COLUMNS = `id AS "bankFileId", kind, file_name AS "fileName", sha256, imported_by AS "importedBy", imported_at AS "importedAt"`;

/** Files the bank sent back (bank_files) and the outgoing transfers each reports (bank_transactions). */
@Injectable()
export class BankFilesRepository {
  /**
   * Stores the file and its transfers, in the caller's transaction, unless the same bytes were imported before: then
   * nothing is stored and the first import's id is returned (`created` false). Two uploads of one file at once meet on
   * the unique sha256; the second waits for the first and finds it.
   */
  async importFile(tx: EntityManager, file: NewBankFile): Promise<{ bankFileId: string; created: boolean }> {
    const inserted: { id: string }[] = await tx.query(
      `INSERT INTO bank_files (id, kind, file_name, sha256, content, imported_by) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING RETURNING id`,
      [file.bankFileId, file.kind, file.fileName, file.sha256, file.content, file.importedBy],
    );
    if (inserted.length === 0) {
      const [existing]: { id: string }[] = await tx.query('SELECT id FROM bank_files WHERE sha256 = $1', [file.sha256]);
      return { bankFileId: existing.id, created: false };
    }
    if (file.transactions.length > 0) {
      await tx.query(
        `INSERT INTO bank_transactions (bank_file_id, record_no, value_date, amount_yen, payee_name, bank_code, branch_code, account_number, edi_info, bank_reference)
         SELECT $1, t."recordNo", t."valueDate", t."amountYen", t."payeeName", t."bankCode", t."branchCode", t."accountNumber", t."ediInfo", t."bankReference"
           FROM jsonb_to_recordset($2::jsonb) AS t("recordNo" integer, "valueDate" date, "amountYen" bigint, "payeeName" text, "bankCode" text, "branchCode" text,
                                                   "accountNumber" text, "ediInfo" text, "bankReference" text)
          ORDER BY t."recordNo"`,
        [file.bankFileId, JSON.stringify(file.transactions)],
      );
    }
    return { bankFileId: file.bankFileId, created: true };
  }

  async byId(db: EntityManager, bankFileId: string): Promise<BankFileRow | null> {
    const [row]: BankFileRow[] = await db.query(`SELECT ${FILE_COLUMNS} FROM bank_files WHERE id = $1`, [bankFileId]);
    return row ?? null;
  }

  /** The file's transfers in file order, with what they were matched to so far. */
  async transactionsOf(db: EntityManager, bankFileId: string): Promise<BankTransactionRow[]> {
    const rows: (BankTransactionRow & { amountYen: string })[] = await db.query(
      `SELECT id::text AS "transactionId", record_no AS "recordNo", to_char(value_date, 'YYYY-MM-DD') AS "valueDate", amount_yen::text AS "amountYen",
              payee_name AS "payeeName", bank_code AS "bankCode", branch_code AS "branchCode", account_number AS "accountNumber", edi_info AS "ediInfo",
              bank_reference AS "bankReference", matched_payout_id AS "matchedPayoutId", matched_by AS "matchedBy", matched_at AS "matchedAt"
         FROM bank_transactions WHERE bank_file_id = $1 ORDER BY record_no`,
      [bankFileId],
    );
    return rows.map((row) => ({ ...row, amountYen: Number(row.amountYen) }));
  }
}

/** The import as the HTTP API shows it (contracts/http/reconciler/bank-file-import.v1). */
export function bankFileView(file: BankFileRow, transactions: readonly BankTransactionRow[]) {
  return {
    bankFileId: file.bankFileId,
    kind: file.kind,
    fileName: file.fileName,
    sha256: file.sha256,
    importedBy: file.importedBy,
    importedAt: file.importedAt.toISOString(),
    transactions: transactions.map((t) => ({
      transactionId: t.transactionId,
      recordNo: t.recordNo,
      valueDate: t.valueDate,
      amountYen: t.amountYen,
      payeeName: t.payeeName,
      bankCode: t.bankCode,
      branchCode: t.branchCode,
      accountNumber: t.accountNumber,
      ediInfo: t.ediInfo,
      bankReference: t.bankReference,
      matchedPayoutId: t.matchedPayoutId,
      matchedBy: t.matchedBy,
      matchedAt: t.matchedAt?.toISOString() ?? null,
    })),
  };
}
