import { Refusal, unprocessable } from '@hub/refusals';
import { nextOccurrence, readStatementFile, readTransferFile, ZenginFormatError } from '@hub/zengin';
import { addDays } from '../jobs/business-date';

export type BankFileKind = 'transfer_result' | 'statement';

/** One outgoing transfer a bank file reports, as bank_transactions keeps it. */
export interface ImportedTransaction {
  /** The record in the file, 1-based, the header being record 1. */
  recordNo: number;
  valueDate: string;
  amountYen: number;
  payeeName: string;
  bankCode: string | null;
  branchCode: string | null;
  accountNumber: string | null;
  ediInfo: string | null;
  bankReference: string | null;
}

/** The insurer's own account and company code at its bank: a file of another's is refused, not imported. */
export interface PayerAccount {
  payerCode: string;
  bankCode: string;
  branchCode: string;
  accountNumber: string;
}

const blankToNull = (text: string | undefined): string | null => (text === undefined || text.trim() === '' ? null : text.trim());

/** A format error as the HTTP answer says it: the record (when there is one) and the field, and why. */
function unreadable(error: ZenginFormatError): Refusal {
  const where = error.record === undefined ? error.field : `record ${error.record}: ${error.field}`;
  return new Refusal('invalid', 'bank_file_unreadable', `The bank file cannot be read: ${error.message}`, [{ field: where, reason: error.reason }]);
}

const anotherAccount = (record: number, field: string, reason: string) =>
  unprocessable('bank_file_of_another_account', `The bank file is not the insurer's: record ${record}, ${field} ${reason}`, [{ field: `record ${record}: ${field}`, reason }]);

/**
 * The outgoing transfers a bank file reports, or a Refusal: a file that does not parse (400, naming the record and the
 * field), or one of another company or account (422). Transfer results: every data record, dated by the file's
 * 振込指定日 (MMDD, its year the occurrence nearest `today`). Statements: the withdrawals (出金) of each account, dated
 * by 預入・払出日, named by 振込依頼人名または契約者番号 or else 摘要内容 (which a bank may use for the payee).
 */
export function readBankFile(kind: BankFileKind, content: Buffer, today: string, payer: PayerAccount): ImportedTransaction[] {
  try {
    return kind === 'transfer_result' ? readTransferResult(content, today, payer) : readStatement(content, today, payer);
  } catch (error) {
    if (error instanceof ZenginFormatError) throw unreadable(error);
    throw error;
  }
}

function readTransferResult(content: Buffer, today: string, payer: PayerAccount): ImportedTransaction[] {
  const { groups } = readTransferFile(content);
  const transactions: ImportedTransaction[] = [];
  let recordNo = 0;
  for (const { header, records } of groups) {
    recordNo += 1;
    if (header.typeCode !== '21') throw anotherAccount(recordNo, '種別コード (typeCode)', `is ${header.typeCode}, not 21 (総合振込)`);
    if (header.payerCode !== payer.payerCode) throw anotherAccount(recordNo, '振込依頼人コード (payerCode)', `is ${header.payerCode}, not the insurer's ${payer.payerCode}`);
    // The year is not in the file: the occurrence of MMDD nearest today (within half a year either side).
    const valueDate = nextOccurrence(header.transferMonthDay, addDays(today, -182), `record ${recordNo}: 振込指定日 (transferMonthDay)`);
    for (const record of records) {
      recordNo += 1;
      transactions.push({
        recordNo,
        valueDate,
        amountYen: record.amountYen,
        payeeName: record.payeeName,
        bankCode: record.bankCode,
        branchCode: record.branchCode,
        accountNumber: record.accountNumber,
        ediInfo: blankToNull(record.ediInfo),
        bankReference: null,
      });
    }
    recordNo += 1; // the trailer
  }
  return transactions;
}

function readStatement(content: Buffer, today: string, payer: PayerAccount): ImportedTransaction[] {
  const { accounts } = readStatementFile(content, { today });
  const transactions: ImportedTransaction[] = [];
  let recordNo = 0;
  for (const { header, entries } of accounts) {
    recordNo += 1;
    const ours = header.bankCode === payer.bankCode && header.branchCode === payer.branchCode && Number(header.accountNumber) === Number(payer.accountNumber);
    if (!ours) {
      const account = `${header.bankCode}-${header.branchCode}-${header.accountNumber}`;
      throw anotherAccount(recordNo, '口座番号 (accountNumber)', `is account ${account}, not the insurer's ${payer.bankCode}-${payer.branchCode}-${payer.accountNumber}`);
    }
    for (const entry of entries) {
      recordNo += 1;
      if (entry.direction !== 'withdrawal') continue;
      transactions.push({
        recordNo,
        valueDate: entry.valueDate,
        amountYen: entry.amountYen,
        payeeName: (blankToNull(entry.counterpartyName) ?? blankToNull(entry.description) ?? '').slice(0, 100),
        bankCode: null,
        branchCode: null,
        accountNumber: null,
        ediInfo: blankToNull(entry.ediInfo),
        bankReference: blankToNull(entry.inquiryNumber),
      });
    }
    recordNo += 1; // the trailer
  }
  return transactions;
}
