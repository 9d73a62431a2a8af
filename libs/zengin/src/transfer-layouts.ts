/**
 * 総合振込 (sogo furikomi) records, 120 bytes each, exactly as research §1 gives them (positions confirmed by
 * [expydoc-8010391], [gulliver], [gunma], [nahi/jba] and [Diva]). Each layout is checked when this module loads.
 */
import { defineLayout } from './layout';

export const TRANSFER_RECORD_LENGTH = 120;

export const TRANSFER_HEADER_LAYOUT = defineLayout('総合振込 header (1)', TRANSFER_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'typeCode', name: '種別コード', start: 2, length: 2, type: 'N' },
  { key: 'codeKind', name: 'コード区分', start: 4, length: 1, type: 'N' },
  { key: 'payerCode', name: '振込依頼人コード', start: 5, length: 10, type: 'N' },
  { key: 'payerName', name: '振込依頼人名', start: 15, length: 40, type: 'C' },
  { key: 'transferMonthDay', name: '振込指定日', start: 55, length: 4, type: 'N' },
  { key: 'bankCode', name: '仕向銀行番号', start: 59, length: 4, type: 'N' },
  { key: 'bankName', name: '仕向銀行名', start: 63, length: 15, type: 'C' },
  { key: 'branchCode', name: '仕向支店番号', start: 78, length: 3, type: 'N' },
  { key: 'branchName', name: '仕向支店名', start: 81, length: 15, type: 'C' },
  { key: 'accountType', name: '預金種目', start: 96, length: 1, type: 'N' },
  { key: 'accountNumber', name: '口座番号', start: 97, length: 7, type: 'N' },
  { key: 'dummy', name: 'ダミー', start: 104, length: 17, type: 'C' },
] as const);

// Bytes 92–111 hold either EDI情報 (識別表示 'Y') or 顧客コード1/2 (識別表示 space): two layouts over the same
// bytes, chosen by byte 113, rather than one layout with overlapping fields.
const DATA_BEFORE_BYTE_92 = [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'bankCode', name: '被仕向銀行番号', start: 2, length: 4, type: 'N' },
  { key: 'bankName', name: '被仕向銀行名', start: 6, length: 15, type: 'C' },
  { key: 'branchCode', name: '被仕向支店番号', start: 21, length: 3, type: 'N' },
  { key: 'branchName', name: '被仕向支店名', start: 24, length: 15, type: 'C' },
  // Unused ('0000'); [Diva] treats it as optional, so a bank may leave it blank.
  { key: 'clearingHouse', name: '手形交換所番号', start: 39, length: 4, type: 'N', optional: true },
  { key: 'accountType', name: '預金種目', start: 43, length: 1, type: 'N' },
  { key: 'accountNumber', name: '口座番号', start: 44, length: 7, type: 'N' },
  { key: 'payeeName', name: '受取人名', start: 51, length: 30, type: 'C' },
  { key: 'amountYen', name: '振込金額', start: 81, length: 10, type: 'N' },
  { key: 'newCode', name: '新規コード', start: 91, length: 1, type: 'N' },
] as const;

const DATA_FROM_BYTE_112 = [
  { key: 'transferKind', name: '振込指定区分', start: 112, length: 1, type: 'N' },
  { key: 'identification', name: '識別表示', start: 113, length: 1, type: 'C' },
  { key: 'dummy', name: 'ダミー', start: 114, length: 7, type: 'C' },
] as const;

export const TRANSFER_DATA_EDI_LAYOUT = defineLayout('総合振込 data (2) with EDI情報', TRANSFER_RECORD_LENGTH, [
  ...DATA_BEFORE_BYTE_92,
  { key: 'ediInfo', name: 'EDI情報', start: 92, length: 20, type: 'C' },
  ...DATA_FROM_BYTE_112,
] as const);

export const TRANSFER_DATA_CUSTOMER_CODE_LAYOUT = defineLayout('総合振込 data (2) with 顧客コード', TRANSFER_RECORD_LENGTH, [
  ...DATA_BEFORE_BYTE_92,
  // Blank when the payer uses neither customer codes nor EDI: [Diva] writes a missing optional N as spaces.
  { key: 'customerCode1', name: '顧客コード1', start: 92, length: 10, type: 'N', optional: true },
  { key: 'customerCode2', name: '顧客コード2', start: 102, length: 10, type: 'N', optional: true },
  ...DATA_FROM_BYTE_112,
] as const);

export const TRANSFER_TRAILER_LAYOUT = defineLayout('総合振込 trailer (8)', TRANSFER_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'count', name: '合計件数', start: 2, length: 6, type: 'N' },
  { key: 'totalYen', name: '合計金額', start: 8, length: 12, type: 'N' },
  { key: 'dummy', name: 'ダミー', start: 20, length: 101, type: 'C' },
] as const);

export const TRANSFER_END_LAYOUT = defineLayout('総合振込 end (9)', TRANSFER_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'dummy', name: 'ダミー', start: 2, length: 119, type: 'C' },
] as const);

export const TRANSFER_LAYOUTS = [
  TRANSFER_HEADER_LAYOUT,
  TRANSFER_DATA_EDI_LAYOUT,
  TRANSFER_DATA_CUSTOMER_CODE_LAYOUT,
  TRANSFER_TRAILER_LAYOUT,
  TRANSFER_END_LAYOUT,
] as const;
