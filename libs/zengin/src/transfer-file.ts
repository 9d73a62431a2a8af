/**
 * 総合振込 transfer files (research §1): the insurer's payouts written for the bank, and the bank's result file
 * (same 120-byte layout) read back. Pure: Buffer in, Buffer out.
 */
import { atRecord, ZenginFormatError } from './errors';
import { addYen, decodeRecord, digitsToNumber, encodeRecord, labelOf, oneOf, yenDigits } from './layout';
import { groupRecords, joinRecords, type NumberedRecord, type RecordGroup, splitRecords } from './records';
import {
  TRANSFER_DATA_CUSTOMER_CODE_LAYOUT as CUSTOMER_CODE_DATA,
  TRANSFER_DATA_EDI_LAYOUT as EDI_DATA,
  TRANSFER_END_LAYOUT as END,
  TRANSFER_HEADER_LAYOUT as HEADER,
  TRANSFER_RECORD_LENGTH,
  TRANSFER_TRAILER_LAYOUT as TRAILER,
} from './transfer-layouts';
import type {
  NewCode,
  PayeeAccountType,
  PayerAccountType,
  ReadTransferFileHeader,
  ReadTransferOptions,
  TransferFile,
  TransferFileHeader,
  TransferGroup,
  TransferKind,
  TransferRecord,
  TransferRecordFields,
  WriteTransferOptions,
} from './transfer-types';
import { checkMMDD, nextOccurrence, parseIsoDate, toMMDD } from './wareki';

const PAYER_ACCOUNT_TYPES: readonly PayerAccountType[] = ['1', '2', '9'];
const PAYEE_ACCOUNT_TYPES: readonly PayeeAccountType[] = ['1', '2', '4', '9'];
const TRANSFER_KINDS: readonly TransferKind[] = ['7', '8'];
const NEW_CODES: readonly NewCode[] = ['0', '1', '2'];
const JIS = ['0'] as const;

const AMOUNT = labelOf(EDI_DATA, 'amountYen');

/** Header, data records, a computed trailer (8) and the end record (9). Every error names its record and field. */
export function writeTransferFile(file: TransferFile, options: WriteTransferOptions = {}): Buffer {
  if (file.records.length === 0) throw new ZenginFormatError(undefined, 'データ・レコード (records)', 'a transfer file needs at least one data record');
  const records = [atRecord(1, () => encodeHeader(file.header))];
  let totalYen = 0;
  file.records.forEach((record, index) => {
    const recordNo = index + 2;
    records.push(atRecord(recordNo, () => encodeData(record)));
    totalYen = atRecord(recordNo, () => addYen(totalYen, record.amountYen, AMOUNT));
  });
  const trailerNo = file.records.length + 2;
  const trailer = { recordType: '8', count: String(file.records.length), totalYen: String(totalYen) };
  records.push(encodeRecord(TRAILER, trailer, trailerNo));
  records.push(encodeRecord(END, { recordType: '9' }, trailerNo + 1));
  return joinRecords(records, options.newline ?? 'CRLF');
}

function encodeHeader(header: TransferFileHeader): Buffer {
  return encodeRecord(HEADER, {
    recordType: '1',
    typeCode: header.typeCode ?? '21',
    codeKind: oneOf(header.codeKind ?? '0', JIS, labelOf(HEADER, 'codeKind')),
    payerCode: header.payerCode,
    payerName: header.payerName,
    transferMonthDay: toMMDD(header.transferDate, labelOf(HEADER, 'transferMonthDay')),
    bankCode: header.bankCode,
    bankName: header.bankName,
    branchCode: header.branchCode,
    branchName: header.branchName,
    accountType: oneOf(header.accountType, PAYER_ACCOUNT_TYPES, labelOf(HEADER, 'accountType')),
    accountNumber: header.accountNumber,
  });
}

function encodeData(record: TransferRecord): Buffer {
  const common = {
    recordType: '2',
    bankCode: record.bankCode,
    bankName: record.bankName,
    branchCode: record.branchCode,
    branchName: record.branchName,
    clearingHouse: record.clearingHouse ?? '0000',
    accountType: oneOf(record.accountType, PAYEE_ACCOUNT_TYPES, labelOf(EDI_DATA, 'accountType')),
    accountNumber: record.accountNumber,
    payeeName: record.payeeName,
    amountYen: yenDigits(record.amountYen, AMOUNT),
    newCode: oneOf(record.newCode ?? '0', NEW_CODES, labelOf(EDI_DATA, 'newCode')),
    transferKind: oneOf(record.transferKind ?? '7', TRANSFER_KINDS, labelOf(EDI_DATA, 'transferKind')),
  };
  if (record.ediInfo === undefined) {
    const { customerCode1, customerCode2 } = record;
    return encodeRecord(CUSTOMER_CODE_DATA, { ...common, customerCode1, customerCode2, identification: ' ' });
  }
  if (record.customerCode1 !== undefined || record.customerCode2 !== undefined) {
    // Plain JS callers can send both; the bytes can hold only one.
    throw new ZenginFormatError(undefined, labelOf(EDI_DATA, 'ediInfo'), 'cannot be combined with customerCode1/2 (they share bytes 92–111)');
  }
  return encodeRecord(EDI_DATA, { ...common, ediInfo: record.ediInfo, identification: 'Y' });
}

/**
 * Reads CRLF-separated (122-byte lines) or unseparated files, several header…trailer groups before one end record,
 * and checks each trailer's 合計件数 and 合計金額 against its data records.
 */
export function readTransferFile(file: Buffer, options: ReadTransferOptions = {}): { groups: TransferGroup[] } {
  if (options.today !== undefined) parseIsoDate(options.today, 'today');
  const { groups, end } = groupRecords(splitRecords(file, TRANSFER_RECORD_LENGTH));
  decodeRecord(END, end.bytes, end.record);
  return { groups: groups.map((group) => readGroup(group, options)) };
}

function readGroup(group: RecordGroup, options: ReadTransferOptions): TransferGroup {
  const header = decodeHeader(group.header, options);
  const records = group.data.map(decodeData);
  const { record } = group.trailer;
  const values = decodeRecord(TRAILER, group.trailer.bytes, record);
  const trailer = { count: digitsToNumber(values.count), totalYen: digitsToNumber(values.totalYen) };
  if (trailer.count !== records.length) {
    throw new ZenginFormatError(record, labelOf(TRAILER, 'count'), `count ${trailer.count} differs from the number of data records ${records.length}`);
  }
  const sum = atRecord(record, () => records.reduce((total, data) => addYen(total, data.amountYen, labelOf(TRAILER, 'totalYen')), 0));
  if (trailer.totalYen !== sum) {
    throw new ZenginFormatError(record, labelOf(TRAILER, 'totalYen'), `total ${trailer.totalYen} differs from the sum of data records ${sum}`);
  }
  return { header, records, trailer };
}

function decodeHeader({ record, bytes }: NumberedRecord, options: ReadTransferOptions): ReadTransferFileHeader {
  const values = decodeRecord(HEADER, bytes, record);
  return atRecord(record, () => {
    const dateLabel = labelOf(HEADER, 'transferMonthDay');
    const transferMonthDay = checkMMDD(values.transferMonthDay, dateLabel);
    return {
      typeCode: values.typeCode,
      codeKind: oneOf(values.codeKind, JIS, labelOf(HEADER, 'codeKind')),
      payerCode: values.payerCode,
      payerName: values.payerName,
      transferMonthDay,
      ...(options.today === undefined ? {} : { transferDate: nextOccurrence(transferMonthDay, options.today, dateLabel) }),
      bankCode: values.bankCode,
      bankName: values.bankName,
      branchCode: values.branchCode,
      branchName: values.branchName,
      accountType: oneOf(values.accountType, PAYER_ACCOUNT_TYPES, labelOf(HEADER, 'accountType')),
      accountNumber: values.accountNumber,
    };
  });
}

function decodeData({ record, bytes }: NumberedRecord): TransferRecord {
  const identification = bytes[112];
  if (identification !== 0x59 && identification !== 0x20) {
    const got = JSON.stringify(bytes.subarray(112, 113).toString('latin1'));
    throw new ZenginFormatError(record, labelOf(EDI_DATA, 'identification'), `must be 'Y' (EDI情報) or a space (顧客コード), got ${got}`);
  }
  const values = identification === 0x59 ? decodeRecord(EDI_DATA, bytes, record) : decodeRecord(CUSTOMER_CODE_DATA, bytes, record);
  return atRecord(record, () => {
    const common: TransferRecordFields = {
      bankCode: values.bankCode,
      bankName: values.bankName,
      branchCode: values.branchCode,
      branchName: values.branchName,
      clearingHouse: values.clearingHouse,
      accountType: oneOf(values.accountType, PAYEE_ACCOUNT_TYPES, labelOf(EDI_DATA, 'accountType')),
      accountNumber: values.accountNumber,
      payeeName: values.payeeName,
      amountYen: digitsToNumber(values.amountYen),
      newCode: oneOf(values.newCode, NEW_CODES, labelOf(EDI_DATA, 'newCode')),
      transferKind: oneOf(values.transferKind, TRANSFER_KINDS, labelOf(EDI_DATA, 'transferKind')),
    };
    if ('ediInfo' in values) return { ...common, ediInfo: values.ediInfo };
    return { ...common, customerCode1: values.customerCode1, customerCode2: values.customerCode2 };
  });
}
