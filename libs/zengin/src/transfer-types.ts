/** The 総合振込 file as the codec's callers see it: typed records, ISO dates, integer yen. */
import type { Newline } from './records';

/** 預金種目 of the payer: 1 普通, 2 当座, 9 その他. */
export type PayerAccountType = '1' | '2' | '9';
/** 預金種目 of a payee: 1 普通, 2 当座, 4 貯蓄, 9 その他. */
export type PayeeAccountType = '1' | '2' | '4' | '9';
/** 振込指定区分: 7 テレ(電信)扱 (usual), 8 文書扱. */
export type TransferKind = '7' | '8';
/** 新規コード: 1 first transfer, 2 changed, 0 other (what we write). */
export type NewCode = '0' | '1' | '2';

export interface TransferFileHeader {
  /** 種別コード, default '21' (総合振込). */
  typeCode?: string;
  /** コード区分: only '0' (JIS, i.e. Shift_JIS single-byte) is supported. */
  codeKind?: '0';
  /** 振込依頼人コード, assigned by the bank (10 digits). */
  payerCode: string;
  /** 振込依頼人名 in Zengin kana (see toZenginKana), at most 40 bytes. */
  payerName: string;
  /** 'YYYY-MM-DD'; the file holds only MMDD. */
  transferDate: string;
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  accountType: PayerAccountType;
  /** 7 digits. */
  accountNumber: string;
}

/** The header as read: the year of 振込指定日 is not in the file, so transferDate is there only when `today` was given. */
export interface ReadTransferFileHeader extends Omit<TransferFileHeader, 'transferDate'> {
  typeCode: string;
  codeKind: '0';
  bankName: string;
  branchName: string;
  /** 振込指定日 as written, 'MMDD'. */
  transferMonthDay: string;
  /** The first date on or after the `today` option that falls on transferMonthDay. */
  transferDate?: string;
}

/** The fields every data record has, whichever way it uses bytes 92–111. */
export interface TransferRecordFields {
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  /** 手形交換所番号, unused: default '0000'. */
  clearingHouse?: string;
  accountType: PayeeAccountType;
  /** 7 digits. */
  accountNumber: string;
  /** 受取人名 in Zengin kana, at most 30 bytes. */
  payeeName: string;
  /** Whole yen, at most 9,999,999,999. */
  amountYen: number;
  /** Default '0'. */
  newCode?: NewCode;
  /** Default '7'. */
  transferKind?: TransferKind;
}

/**
 * One payee. Bytes 92–111 hold EITHER EDI情報 (20 characters; 識別表示 'Y'), which the payee's bank passes on and
 * which is where a payout reference belongs, OR two 10-digit 顧客コード (識別表示 space, blank when absent).
 */
export type TransferRecord = TransferRecordFields &
  ({ ediInfo: string; customerCode1?: undefined; customerCode2?: undefined } | { ediInfo?: undefined; customerCode1?: string; customerCode2?: string });

export interface TransferTrailer {
  /** 合計件数. */
  count: number;
  /** 合計金額. */
  totalYen: number;
}

export interface TransferGroup {
  header: ReadTransferFileHeader;
  records: TransferRecord[];
  trailer: TransferTrailer;
}

export interface TransferFile {
  header: TransferFileHeader;
  records: readonly TransferRecord[];
}

export interface WriteTransferOptions {
  /** Default 'CRLF' (accepted by every bank the research found). */
  newline?: Newline;
}

export interface ReadTransferOptions {
  /** A JST date 'YYYY-MM-DD': resolves 振込指定日 to its first occurrence on or after it. */
  today?: string;
}
