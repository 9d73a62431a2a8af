/** The 入出金取引明細 file as the codec's callers see it: typed records, ISO dates, integer yen. */
import type { Newline } from './records';
import type { DateMode } from './wareki';

/** 預金種目: 1 普通, 2 当座, 4 貯蓄, 5 通知, 6 定期, 7 積立定期. */
export type StatementAccountType = '1' | '2' | '4' | '5' | '6' | '7';
/** 貸越区分 of a balance: 1 plus, 2 minus (overdrawn). The balance itself is written without sign. */
export type Overdraft = '1' | '2';
/** 通帳・証書区分: 1 通帳, 2 証書. */
export type BookKind = '1' | '2';
/** 入払区分 1 (入金) or 2 (出金). */
export type Direction = 'deposit' | 'withdrawal';
/** 取引区分: 10 現金, 11 振込, 12 他店券入金, 13 交換, 14 振替, 18 その他, 19 訂正; '' when the bank leaves it blank. */
export type TransactionKind = '10' | '11' | '12' | '13' | '14' | '18' | '19' | '';
/** 手形・小切手区分: 1 小切手, 2 約束手形, 3 為替手形; '' when blank. */
export type BillKind = '1' | '2' | '3' | '';

export interface StatementHeader {
  /** 種別コード: '03' 入出金取引明細 (default; the only one this layout is for). */
  typeCode?: '03';
  /** コード区分: only '0' (JIS) is supported. */
  codeKind?: '0';
  /** 作成日, 勘定日(自), 勘定日(至): 'YYYY-MM-DD'. */
  createdDate: string;
  periodFrom: string;
  periodTo: string;
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  accountType: StatementAccountType;
  /** 10 digits in this layout (not 7). */
  accountNumber: string;
  accountName?: string;
  /** Sign of openingBalanceYen. */
  overdraft: Overdraft;
  bookKind: BookKind;
  /** 取引前残高, without sign (see overdraft). */
  openingBalanceYen: number;
}

/** One transaction. The reader fills every field; the writer defaults the optional ones to blank (or 0 yen). */
export interface StatementEntry {
  /** 照会番号, the bank's reference (8 digits). */
  inquiryNumber: string;
  /** 勘定日 and 預入・払出日 (起算日), 'YYYY-MM-DD'. */
  accountDate: string;
  valueDate: string;
  direction: Direction;
  transactionKind: TransactionKind;
  amountYen: number;
  /** うち他店券金額. */
  otherBankChequeYen?: number;
  /** 交換呈示日 and 不渡返還日: null when blank or zeros. */
  exchangePresentedDate?: string | null;
  dishonouredReturnDate?: string | null;
  billKind?: BillKind;
  billNumber?: string;
  /** 僚店番号, the branch where the transaction happened. */
  branchOfficeNumber?: string;
  /** 振込依頼人コード: 10 digits, or '' when blank. */
  counterpartyCode?: string;
  /** Bytes 82–129: the payer's name on a deposit; on a withdrawal the 口座振替 contract number, or nothing. */
  counterpartyName?: string;
  /** 仕向銀行名 and 仕向店名 of an incoming transfer. */
  bankName?: string;
  branchName?: string;
  /** 摘要内容, free text chosen by the bank. */
  description?: string;
  /** EDI情報 the payer sent with a transfer. */
  ediInfo?: string;
}

/** The trailer (8): computed by the writer, checked against the entries by the reader. */
export interface StatementTrailer {
  depositCount: number;
  depositTotalYen: number;
  withdrawalCount: number;
  withdrawalTotalYen: number;
  /** Sign of closingBalanceYen. */
  overdraft: Overdraft;
  /** 取引後残高 = 取引前残高 + deposits − withdrawals, without sign. */
  closingBalanceYen: number;
  dataRecordCount: number;
}

/** The end record (9). */
export interface StatementEnd {
  /** レコード総件数. */
  recordCount: number;
  /** 口座数: the number of header…trailer groups. */
  accountCount: number;
}

export interface StatementAccountInput {
  header: StatementHeader;
  entries: readonly StatementEntry[];
}

export interface StatementAccount {
  header: StatementHeader;
  entries: StatementEntry[];
  trailer: StatementTrailer;
}

export interface StatementFile {
  accounts: StatementAccount[];
  end: StatementEnd;
}

export interface WriteStatementOptions {
  /** Default 'CRLF'. */
  newline?: Newline;
  /** Default 'wareki' (the published layouts); 'seireki' for a bank configured to write AD years. */
  dateMode?: DateMode;
}

export interface ReadStatementOptions {
  /** Today's JST date 'YYYY-MM-DD': the era of a YYMMDD date is inferred against it. */
  today: string;
  /** Default 'wareki'. */
  dateMode?: DateMode;
}
