/**
 * 入出金取引明細 statement files (research §2.1), 200-byte records, one header…trailer group per account. The
 * writer exists for tests and simulators; the reconciliation job reads what the bank sends.
 */
import { atRecord, ZenginFormatError } from './errors';
import { decodeRecord, digitsToNumber, encodeRecord, labelOf, oneOf, yenDigits } from './layout';
import { groupRecords, joinRecords, type NumberedRecord, type RecordGroup, splitRecords } from './records';
import {
  STATEMENT_DATA_LAYOUT as DATA,
  STATEMENT_END_LAYOUT as END,
  STATEMENT_HEADER_LAYOUT as HEADER,
  STATEMENT_RECORD_LENGTH,
  STATEMENT_TRAILER_LAYOUT as TRAILER,
} from './statement-layouts';
import type {
  BillKind,
  BookKind,
  Overdraft,
  ReadStatementOptions,
  StatementAccount,
  StatementAccountInput,
  StatementAccountType,
  StatementEntry,
  StatementFile,
  StatementHeader,
  StatementTrailer,
  TransactionKind,
  WriteStatementOptions,
} from './statement-types';
import { checkTrailer, computeTrailer, trailerDigits } from './statement-trailer';
import { type DateMode, fromYYMMDD, parseIsoDate, toYYMMDD } from './wareki';

const ACCOUNT_TYPES: readonly StatementAccountType[] = ['1', '2', '4', '5', '6', '7'];
const OVERDRAFTS: readonly Overdraft[] = ['1', '2'];
const BOOK_KINDS: readonly BookKind[] = ['1', '2'];
const TRANSACTION_KINDS: readonly TransactionKind[] = ['10', '11', '12', '13', '14', '18', '19', ''];
const BILL_KINDS: readonly BillKind[] = ['1', '2', '3', ''];
const DIRECTIONS = ['deposit', 'withdrawal'] as const;
const DIRECTION_CODES = ['1', '2'] as const;
const TYPE_CODES = ['03'] as const;
const JIS = ['0'] as const;
const label = {
  header: (key: (typeof HEADER.fields)[number]['key']) => labelOf(HEADER, key),
  data: (key: (typeof DATA.fields)[number]['key']) => labelOf(DATA, key),
  trailer: (key: (typeof TRAILER.fields)[number]['key']) => labelOf(TRAILER, key),
};

export function writeStatementFile(file: { accounts: readonly StatementAccountInput[] }, options: WriteStatementOptions = {}): Buffer {
  const mode = options.dateMode ?? 'wareki';
  if (file.accounts.length === 0) throw new ZenginFormatError(undefined, '口座 (accounts)', 'a statement file needs at least one account');
  const records: Buffer[] = [];
  for (const { header, entries } of file.accounts) {
    records.push(atRecord(records.length + 1, () => encodeHeader(header, mode)));
    for (const entry of entries) records.push(atRecord(records.length + 1, () => encodeEntry(entry, mode)));
    const trailer = atRecord(records.length + 1, () => computeTrailer(header, entries));
    records.push(encodeRecord(TRAILER, trailerDigits(trailer), records.length + 1));
  }
  // レコード総件数 counts header, data and trailer records; whether a bank also counts the end record is UNCONFIRMED.
  const end = { recordType: '9', recordCount: String(records.length), accountCount: String(file.accounts.length) };
  records.push(encodeRecord(END, end, records.length + 1));
  return joinRecords(records, options.newline ?? 'CRLF');
}

function encodeHeader(header: StatementHeader, mode: DateMode): Buffer {
  return encodeRecord(HEADER, {
    recordType: '1',
    typeCode: oneOf(header.typeCode ?? '03', TYPE_CODES, label.header('typeCode')),
    codeKind: oneOf(header.codeKind ?? '0', JIS, label.header('codeKind')),
    createdDate: toYYMMDD(header.createdDate, mode, label.header('createdDate')),
    periodFrom: toYYMMDD(header.periodFrom, mode, label.header('periodFrom')),
    periodTo: toYYMMDD(header.periodTo, mode, label.header('periodTo')),
    bankCode: header.bankCode,
    bankName: header.bankName,
    branchCode: header.branchCode,
    branchName: header.branchName,
    zeros: '000',
    accountType: oneOf(header.accountType, ACCOUNT_TYPES, label.header('accountType')),
    accountNumber: header.accountNumber,
    accountName: header.accountName,
    overdraft: oneOf(header.overdraft, OVERDRAFTS, label.header('overdraft')),
    bookKind: oneOf(header.bookKind, BOOK_KINDS, label.header('bookKind')),
    openingBalanceYen: yenDigits(header.openingBalanceYen, label.header('openingBalanceYen')),
  });
}

function encodeEntry(entry: StatementEntry, mode: DateMode): Buffer {
  const optionalDate = (date: string | null | undefined, key: 'exchangePresentedDate' | 'dishonouredReturnDate') =>
    date === null || date === undefined ? '' : toYYMMDD(date, mode, label.data(key));
  return encodeRecord(DATA, {
    recordType: '2',
    inquiryNumber: entry.inquiryNumber,
    accountDate: toYYMMDD(entry.accountDate, mode, label.data('accountDate')),
    valueDate: toYYMMDD(entry.valueDate, mode, label.data('valueDate')),
    direction: oneOf(entry.direction, DIRECTIONS, label.data('direction')) === 'deposit' ? '1' : '2',
    transactionKind: oneOf(entry.transactionKind, TRANSACTION_KINDS, label.data('transactionKind')),
    amountYen: yenDigits(entry.amountYen, label.data('amountYen')),
    otherBankChequeYen: yenDigits(entry.otherBankChequeYen ?? 0, label.data('otherBankChequeYen')),
    exchangePresentedDate: optionalDate(entry.exchangePresentedDate, 'exchangePresentedDate'),
    dishonouredReturnDate: optionalDate(entry.dishonouredReturnDate, 'dishonouredReturnDate'),
    billKind: oneOf(entry.billKind ?? '', BILL_KINDS, label.data('billKind')),
    billNumber: entry.billNumber,
    branchOfficeNumber: entry.branchOfficeNumber,
    counterpartyCode: entry.counterpartyCode,
    counterpartyName: entry.counterpartyName,
    bankName: entry.bankName,
    branchName: entry.branchName,
    description: entry.description,
    ediInfo: entry.ediInfo,
  });
}

/** Reads CRLF-separated or unseparated files with one group per account, checking every trailer and the end record. */
export function readStatementFile(file: Buffer, options: ReadStatementOptions): StatementFile {
  parseIsoDate(options.today, 'today');
  const mode = options.dateMode ?? 'wareki';
  const { groups, end } = groupRecords(splitRecords(file, STATEMENT_RECORD_LENGTH));
  const accounts = groups.map((group) => readAccount(group, mode, options.today));
  const values = decodeRecord(END, end.bytes, end.record);
  const result = { recordCount: digitsToNumber(values.recordCount), accountCount: digitsToNumber(values.accountCount) };
  if (result.accountCount !== accounts.length) {
    throw new ZenginFormatError(end.record, labelOf(END, 'accountCount'), `count ${result.accountCount} differs from the number of accounts ${accounts.length}`);
  }
  // Accept both readings of レコード総件数 (with or without the end record itself) until a bank's spec settles it.
  if (result.recordCount !== end.record - 1 && result.recordCount !== end.record) {
    throw new ZenginFormatError(end.record, labelOf(END, 'recordCount'), `count ${result.recordCount} differs from the ${end.record - 1} records before the end record`);
  }
  return { accounts, end: result };
}

function readAccount(group: RecordGroup, mode: DateMode, today: string): StatementAccount {
  const header = decodeHeader(group.header, mode, today);
  const entries = group.data.map((data) => decodeEntry(data, mode, today));
  const { record, bytes } = group.trailer;
  const values = decodeRecord(TRAILER, bytes, record);
  const stated: StatementTrailer = {
    depositCount: digitsToNumber(values.depositCount),
    depositTotalYen: digitsToNumber(values.depositTotalYen),
    withdrawalCount: digitsToNumber(values.withdrawalCount),
    withdrawalTotalYen: digitsToNumber(values.withdrawalTotalYen),
    overdraft: atRecord(record, () => oneOf(values.overdraft, OVERDRAFTS, label.trailer('overdraft'))),
    closingBalanceYen: digitsToNumber(values.closingBalanceYen),
    dataRecordCount: digitsToNumber(values.dataRecordCount),
  };
  checkTrailer(stated, atRecord(record, () => computeTrailer(header, entries)), record);
  return { header, entries, trailer: stated };
}

function decodeHeader({ record, bytes }: NumberedRecord, mode: DateMode, today: string): StatementHeader {
  const values = decodeRecord(HEADER, bytes, record);
  return atRecord(record, () => ({
    typeCode: oneOf(values.typeCode, TYPE_CODES, label.header('typeCode')),
    codeKind: oneOf(values.codeKind, JIS, label.header('codeKind')),
    createdDate: fromYYMMDD(values.createdDate, mode, today, label.header('createdDate')),
    periodFrom: fromYYMMDD(values.periodFrom, mode, today, label.header('periodFrom')),
    periodTo: fromYYMMDD(values.periodTo, mode, today, label.header('periodTo')),
    bankCode: values.bankCode,
    bankName: values.bankName,
    branchCode: values.branchCode,
    branchName: values.branchName,
    accountType: oneOf(values.accountType, ACCOUNT_TYPES, label.header('accountType')),
    accountNumber: values.accountNumber,
    accountName: values.accountName,
    overdraft: oneOf(values.overdraft, OVERDRAFTS, label.header('overdraft')),
    bookKind: oneOf(values.bookKind, BOOK_KINDS, label.header('bookKind')),
    openingBalanceYen: digitsToNumber(values.openingBalanceYen),
  }));
}

function decodeEntry({ record, bytes }: NumberedRecord, mode: DateMode, today: string): StatementEntry {
  const values = decodeRecord(DATA, bytes, record);
  // Optional dates: banks leave them blank or write zeros.
  const optionalDate = (key: 'exchangePresentedDate' | 'dishonouredReturnDate') =>
    /^0*$/.test(values[key]) ? null : fromYYMMDD(values[key], mode, today, label.data(key));
  return atRecord(record, () => ({
    inquiryNumber: values.inquiryNumber,
    accountDate: fromYYMMDD(values.accountDate, mode, today, label.data('accountDate')),
    valueDate: fromYYMMDD(values.valueDate, mode, today, label.data('valueDate')),
    direction: oneOf(values.direction, DIRECTION_CODES, label.data('direction')) === '1' ? 'deposit' : 'withdrawal',
    transactionKind: oneOf(values.transactionKind, TRANSACTION_KINDS, label.data('transactionKind')),
    amountYen: digitsToNumber(values.amountYen),
    otherBankChequeYen: digitsToNumber(values.otherBankChequeYen),
    exchangePresentedDate: optionalDate('exchangePresentedDate'),
    dishonouredReturnDate: optionalDate('dishonouredReturnDate'),
    billKind: oneOf(values.billKind, BILL_KINDS, label.data('billKind')),
    billNumber: values.billNumber,
    branchOfficeNumber: values.branchOfficeNumber,
    counterpartyCode: values.counterpartyCode,
    counterpartyName: values.counterpartyName,
    bankName: values.bankName,
    branchName: values.branchName,
    description: values.description,
    ediInfo: values.ediInfo,
  }));
}
