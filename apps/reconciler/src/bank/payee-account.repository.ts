import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { encodeCursor, decodeCursor, PositionalParams, whereAll } from '@hub/http';

export type PayeeKind = 'partner' | 'insured';

export interface PayeeAccountRow {
  payee_kind: PayeeKind;
  payee_id: string;
  bank_code: string;
  branch_code: string;
  account_type: '1' | '2' | '4' | '9';
  account_number: string;
  account_name_kana: string;
  updated_by: string;
  updated_at: Date;
}

export interface PayeeAccountInput {
  bankCode: string;
  branchCode: string;
  accountType: '1' | '2' | '4' | '9';
  accountNumber: string;
  accountNameKana: string;
}

const COLUMNS = 'payee_kind, payee_id, bank_code, branch_code, account_type, account_number, account_name_kana, updated_by, updated_at';
const CURSOR_KIND = 'payee-accounts';
const PAYEE_ID = /^[A-Za-z0-9-]{1,40}$/;

/** Where a page of payee accounts continues: after this payee, in (kind, id) order. */
export interface PayeeAccountAfter {
  payeeKind: PayeeKind;
  payeeId: string;
}

export const encodePayeeCursor = (after: PayeeAccountAfter): string => encodeCursor(CURSOR_KIND, [after.payeeKind, after.payeeId]);

/** The position a cursor of this list names; null when it is not one. */
export function decodePayeeCursor(cursor: string): PayeeAccountAfter | null {
  const parts = decodeCursor(CURSOR_KIND, cursor, [/^(partner|insured)$/, PAYEE_ID]);
  return parts && { payeeKind: parts[0] as PayeeKind, payeeId: parts[1] };
}

/** The payees' bank accounts (payee_bank_accounts), keyed by who a payout names: a partner by id, an insured by policy number. */
@Injectable()
export class PayeeAccountRepository {
  /** Records the account, replacing the one on file; `created` when the payee had none. */
  async upsert(db: EntityManager, kind: PayeeKind, payeeId: string, account: PayeeAccountInput, updatedBy: string): Promise<{ row: PayeeAccountRow; created: boolean }> {
    const [row]: (PayeeAccountRow & { created: boolean })[] = await db.query(
      `INSERT INTO payee_bank_accounts AS a (payee_kind, payee_id, bank_code, branch_code, account_type, account_number, account_name_kana, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (payee_kind, payee_id) DO UPDATE SET
         bank_code = EXCLUDED.bank_code, branch_code = EXCLUDED.branch_code, account_type = EXCLUDED.account_type, account_number = EXCLUDED.account_number,
         account_name_kana = EXCLUDED.account_name_kana, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${COLUMNS}, (xmax = 0) AS created`,
      [kind, payeeId, account.bankCode, account.branchCode, account.accountType, account.accountNumber, account.accountNameKana, updatedBy],
    );
    const { created, ...stored } = row;
    return { row: stored, created };
  }

  /** Whether the insured of this policy number exists (a partner is checked against the directory instead). */
  async policyExists(db: EntityManager, policyNumber: string): Promise<boolean> {
    const rows: unknown[] = await db.query('SELECT 1 FROM policies WHERE policy_number = $1', [policyNumber]);
    return rows.length > 0;
  }

  /** A page in (kind, id) order, continuing after `after`; one row more than `limit` says another page follows. */
  async page(db: EntityManager, filter: { payeeKind?: PayeeKind; payeeId?: string }, limit: number, after?: PayeeAccountAfter): Promise<{ items: PayeeAccountRow[]; nextCursor: string | null }> {
    const params = new PositionalParams();
    const where = whereAll([
      filter.payeeKind && `payee_kind = ${params.bind(filter.payeeKind)}`,
      filter.payeeId && `payee_id = ${params.bind(filter.payeeId)}`,
      after && `(payee_kind, payee_id) > (${params.bind(after.payeeKind)}, ${params.bind(after.payeeId)})`,
    ]);
    const rows: PayeeAccountRow[] = await db.query(`SELECT ${COLUMNS} FROM payee_bank_accounts ${where} ORDER BY payee_kind, payee_id LIMIT ${limit + 1}`, params.values);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodePayeeCursor({ payeeKind: last.payee_kind, payeeId: last.payee_id }) : null };
  }
}

/** The account as the HTTP API shows it (contracts/http/reconciler/payee-account.v1). */
export function payeeAccountView(row: PayeeAccountRow) {
  return {
    payeeKind: row.payee_kind,
    payeeId: row.payee_id,
    bankCode: row.bank_code,
    branchCode: row.branch_code,
    accountType: row.account_type,
    accountNumber: row.account_number,
    accountName: row.account_name_kana,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}
