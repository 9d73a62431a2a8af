// @hub/zengin: a pure codec (no I/O, no clock) for Japanese bank files in the 全銀協 fixed-length formats:
// 総合振込 transfer files (120 bytes: our payouts, and the bank's result file) and 入出金取引明細 statements
// (200 bytes). Layouts and rules: docs/notes/issue11-zengin-and-pg-boss-research.md §1–4.
export { ZenginFormatError } from './errors';
export { type Newline } from './records';

export {
  decodeRecord,
  defineLayout,
  encodeRecord,
  type FieldSpec,
  type FieldType,
  layoutProblems,
  type RecordInput,
  type RecordLayout,
  type RecordValues,
} from './layout';
export { describeChar, isWritableChar, WRITABLE_CHARACTERS } from './charset';
export { fitBytes, normalisePayeeName, toZenginKana } from './kana';
export {
  type DateMode,
  fromSeirekiYYMMDD,
  fromWarekiYYMMDD,
  nextOccurrence,
  toMMDD,
  toSeirekiYYMMDD,
  toWarekiYYMMDD,
} from './wareki';

export {
  TRANSFER_DATA_CUSTOMER_CODE_LAYOUT,
  TRANSFER_DATA_EDI_LAYOUT,
  TRANSFER_END_LAYOUT,
  TRANSFER_HEADER_LAYOUT,
  TRANSFER_LAYOUTS,
  TRANSFER_RECORD_LENGTH,
  TRANSFER_TRAILER_LAYOUT,
} from './transfer-layouts';
export { readTransferFile, writeTransferFile } from './transfer-file';
export type {
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
  TransferTrailer,
  WriteTransferOptions,
} from './transfer-types';

export {
  STATEMENT_DATA_LAYOUT,
  STATEMENT_END_LAYOUT,
  STATEMENT_HEADER_LAYOUT,
  STATEMENT_LAYOUTS,
  STATEMENT_RECORD_LENGTH,
  STATEMENT_TRAILER_LAYOUT,
} from './statement-layouts';
export { readStatementFile, writeStatementFile } from './statement-file';
export type {
  BillKind,
  BookKind,
  Direction,
  Overdraft,
  ReadStatementOptions,
  StatementAccount,
  StatementAccountInput,
  StatementAccountType,
  StatementEnd,
  StatementEntry,
  StatementFile,
  StatementHeader,
  StatementTrailer,
  TransactionKind,
  WriteStatementOptions,
} from './statement-types';
