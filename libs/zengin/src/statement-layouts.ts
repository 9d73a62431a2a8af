/**
 * 入出金取引明細 (種別コード 03) records, 200 bytes each, exactly as research §2.1 gives them ([Diva]
 * 入出金取引明細Header/Data1/Trailer/End; header order and the '000' dummy confirmed by [kiraboshi]). Data1 is the
 * layout for 普通, 当座 and 貯蓄 accounts. Each layout is checked when this module loads.
 */
import { defineLayout } from './layout';

export const STATEMENT_RECORD_LENGTH = 200;

export const STATEMENT_HEADER_LAYOUT = defineLayout('入出金取引明細 header (1)', STATEMENT_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'typeCode', name: '種別コード', start: 2, length: 2, type: 'N' },
  { key: 'codeKind', name: 'コード区分', start: 4, length: 1, type: 'N' },
  { key: 'createdDate', name: '作成日', start: 5, length: 6, type: 'N' },
  { key: 'periodFrom', name: '勘定日(自)', start: 11, length: 6, type: 'N' },
  { key: 'periodTo', name: '勘定日(至)', start: 17, length: 6, type: 'N' },
  { key: 'bankCode', name: '銀行コード', start: 23, length: 4, type: 'N' },
  { key: 'bankName', name: '銀行名', start: 27, length: 15, type: 'C' },
  { key: 'branchCode', name: '支店コード', start: 42, length: 3, type: 'N' },
  { key: 'branchName', name: '支店名', start: 45, length: 15, type: 'C' },
  { key: 'zeros', name: 'ダミー', start: 60, length: 3, type: 'N', optional: true },
  { key: 'accountType', name: '預金種目', start: 63, length: 1, type: 'N' },
  { key: 'accountNumber', name: '口座番号', start: 64, length: 10, type: 'N' },
  { key: 'accountName', name: '口座名', start: 74, length: 40, type: 'C' },
  { key: 'overdraft', name: '貸越区分', start: 114, length: 1, type: 'N' },
  { key: 'bookKind', name: '通帳・証書区分', start: 115, length: 1, type: 'N' },
  { key: 'openingBalanceYen', name: '取引前残高', start: 116, length: 14, type: 'N' },
  { key: 'dummy', name: 'ダミー', start: 130, length: 71, type: 'C' },
] as const);

// Fields [Diva] marks 任意項目 are optional: a bank may leave them blank.
export const STATEMENT_DATA_LAYOUT = defineLayout('入出金取引明細 data (2)', STATEMENT_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'inquiryNumber', name: '照会番号', start: 2, length: 8, type: 'N' },
  { key: 'accountDate', name: '勘定日', start: 10, length: 6, type: 'N' },
  { key: 'valueDate', name: '預入・払出日', start: 16, length: 6, type: 'N' },
  { key: 'direction', name: '入払区分', start: 22, length: 1, type: 'N' },
  { key: 'transactionKind', name: '取引区分', start: 23, length: 2, type: 'N', optional: true },
  { key: 'amountYen', name: '取引金額', start: 25, length: 12, type: 'N' },
  { key: 'otherBankChequeYen', name: 'うち他店券金額', start: 37, length: 12, type: 'N' },
  { key: 'exchangePresentedDate', name: '交換呈示日', start: 49, length: 6, type: 'N', optional: true },
  { key: 'dishonouredReturnDate', name: '不渡返還日', start: 55, length: 6, type: 'N', optional: true },
  { key: 'billKind', name: '手形・小切手区分', start: 61, length: 1, type: 'N', optional: true },
  { key: 'billNumber', name: '手形・小切手番号', start: 62, length: 7, type: 'N', optional: true },
  { key: 'branchOfficeNumber', name: '僚店番号', start: 69, length: 3, type: 'N', optional: true },
  { key: 'counterpartyCode', name: '振込依頼人コード', start: 72, length: 10, type: 'N', optional: true },
  { key: 'counterpartyName', name: '振込依頼人名または契約者番号', start: 82, length: 48, type: 'C' },
  { key: 'bankName', name: '仕向銀行名', start: 130, length: 15, type: 'C' },
  { key: 'branchName', name: '仕向店名', start: 145, length: 15, type: 'C' },
  { key: 'description', name: '摘要内容', start: 160, length: 20, type: 'C' },
  { key: 'ediInfo', name: 'EDI情報', start: 180, length: 20, type: 'C' },
  { key: 'dummy', name: 'ダミー', start: 200, length: 1, type: 'C' },
] as const);

export const STATEMENT_TRAILER_LAYOUT = defineLayout('入出金取引明細 trailer (8)', STATEMENT_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'depositCount', name: '入金件数', start: 2, length: 6, type: 'N' },
  { key: 'depositTotalYen', name: '入金額合計', start: 8, length: 13, type: 'N' },
  { key: 'withdrawalCount', name: '出金件数', start: 21, length: 6, type: 'N' },
  { key: 'withdrawalTotalYen', name: '出金額合計', start: 27, length: 13, type: 'N' },
  { key: 'overdraft', name: '貸越区分', start: 40, length: 1, type: 'N' },
  { key: 'closingBalanceYen', name: '取引後残高', start: 41, length: 14, type: 'N' },
  { key: 'dataRecordCount', name: 'データ・レコード件数', start: 55, length: 7, type: 'N' },
  { key: 'dummy', name: 'ダミー', start: 62, length: 139, type: 'C' },
] as const);

export const STATEMENT_END_LAYOUT = defineLayout('入出金取引明細 end (9)', STATEMENT_RECORD_LENGTH, [
  { key: 'recordType', name: 'データ区分', start: 1, length: 1, type: 'N' },
  { key: 'recordCount', name: 'レコード総件数', start: 2, length: 10, type: 'N' },
  { key: 'accountCount', name: '口座数', start: 12, length: 5, type: 'N' },
  { key: 'dummy', name: 'ダミー', start: 17, length: 184, type: 'C' },
] as const);

export const STATEMENT_LAYOUTS = [STATEMENT_HEADER_LAYOUT, STATEMENT_DATA_LAYOUT, STATEMENT_TRAILER_LAYOUT, STATEMENT_END_LAYOUT] as const;
