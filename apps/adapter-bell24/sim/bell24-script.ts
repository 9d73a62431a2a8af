import type { Bell24OperationRequestV1, Bell24StatusReportV1 } from '@hub/contracts';
import type { InquiryRow } from './bell24-reports';

type StatusStep = Pick<Bell24StatusReportV1, 'reportType' | 'progressStep' | 'declineReason' | 'comment' | 'tollFreeNumber'>;

/** One thing Bell24's people do for a request, in order. */
export type Bell24Step =
  | { kind: 'status'; report: StatusStep }
  | { kind: 'booth_change'; boothsBefore: number; boothsAfter: number; effectiveDay: number; requestedBy: string; reason: string }
  /** A day's report; `firstSent` is a first upload with a mistake, refused by the hub, before the corrected file. */
  | { kind: 'daily_report'; day: number; rows: InquiryRow[]; firstSent?: InquiryRow[] }
  | { kind: 'invoice' };

/** Booths open on each report day (day 0, 1, 2): three at launch, five from day 1 after the change. */
export const BOOTHS_BY_DAY = [3, 5, 5];

const DAY_0: InquiryRow[] = [
  { inquiryType: '漏えい有無の確認', offered: 120, answered: 105, abandoned: 15, escalations: 4, averageTalkSeconds: 312, remarks: '㈱髙島商事様より照会あり（ｶﾅ氏名：ﾀｶｼﾏ／カナ氏名：タカシマ）' },
  { inquiryType: '補償・お詫びについて', offered: 60, answered: 55, abandoned: 5, escalations: 2, averageTalkSeconds: 405 },
  { inquiryType: 'カード停止・パスワード変更', offered: 40, answered: 36, abandoned: 4, escalations: 0, averageTalkSeconds: 220, remarks: 'ｸﾚｼﾞｯﾄｶｰﾄﾞ会社の連絡先を案内' },
  { inquiryType: 'その他', offered: 25, answered: 22, abandoned: 3, escalations: 1 },
];

const DAY_1: InquiryRow[] = [
  { inquiryType: '漏えい有無の確認', offered: 180, answered: 172, abandoned: 8, escalations: 6, averageTalkSeconds: 298 },
  { inquiryType: '補償・お詫びについて', offered: 90, answered: 86, abandoned: 4, escalations: 3, averageTalkSeconds: 389, remarks: 'お詫び状の到着時期の問合せが増加' },
  { inquiryType: 'カード停止・パスワード変更', offered: 55, answered: 53, abandoned: 2, escalations: 1, averageTalkSeconds: 231 },
  { inquiryType: 'その他', offered: 30, answered: 29, abandoned: 1, escalations: 0 },
];

/** Day 1 as first keyed in: 応答数 of row 3 (補償・お詫びについて) typed as 95 against 90 calls offered. */
const DAY_1_MISTYPED: InquiryRow[] = DAY_1.map((row) => (row.inquiryType === '補償・お詫びについて' ? { ...row, answered: 95 } : row));

const DAY_2: InquiryRow[] = [
  { inquiryType: '漏えい有無の確認', offered: 110, answered: 108, abandoned: 2, escalations: 2, averageTalkSeconds: 276 },
  { inquiryType: '補償・お詫びについて', offered: 70, answered: 69, abandoned: 1, escalations: 1, averageTalkSeconds: 350 },
  { inquiryType: 'カード停止・パスワード変更', offered: 35, answered: 35, abandoned: 0, escalations: 0, averageTalkSeconds: 205 },
  { inquiryType: 'その他', offered: 20, answered: 20, abandoned: 0, escalations: 0, remarks: '髙橋様（ﾀｶﾊｼ）より折返し希望、対応済み' },
];

/**
 * What Bell24's people do after an operation request arrives: accept, secure the toll-free number, get the script and
 * FAQ approved, train the operators, open; report three days (adding booths on request after the first, and keying
 * one figure wrong on the second, which the hub refuses and the supervisor corrects); close, delete the callers' data,
 * report the operation complete and invoice. A request whose details ask for it (`#sim-decline`) is declined instead.
 */
export function bell24ScriptFor(request: Bell24OperationRequestV1): Bell24Step[] {
  if (request.requestDetails.includes('#sim-decline')) {
    return [{ kind: 'status', report: { reportType: 'DECLINED', declineReason: 'ご指定の開設日までにオペレーターを確保できないため辞退いたします' } }];
  }
  const progress = (progressStep: StatusStep['progressStep'], comment: string, extra: Partial<StatusStep> = {}): Bell24Step => ({ kind: 'status', report: { reportType: 'PROGRESS', progressStep, comment, ...extra } });
  return [
    { kind: 'status', report: { reportType: 'ACCEPTED', comment: '受託しました。SVを1名アサイン済みです' } },
    progress('NUMBER_SECURED', 'フリーダイヤルを確保しました', { tollFreeNumber: '0120-924-024' }),
    progress('SCRIPT_FAQ_APPROVED', 'トークスクリプト・FAQがご承認されました'),
    progress('OPERATORS_TRAINED', 'オペレーター研修を完了しました'),
    progress('RECEPTION_STARTED', '3ブースで受付を開始しました'),
    { kind: 'daily_report', day: 0, rows: DAY_0 },
    { kind: 'booth_change', boothsBefore: BOOTHS_BY_DAY[0], boothsAfter: BOOTHS_BY_DAY[1], effectiveDay: 1, requestedBy: 'SOMPOリスケアマネジメント 佐藤', reason: '入電増加のため増席' },
    { kind: 'daily_report', day: 1, rows: DAY_1, firstSent: DAY_1_MISTYPED },
    { kind: 'daily_report', day: 2, rows: DAY_2 },
    progress('CENTER_CLOSED', '受付を終了し、センターを閉鎖しました'),
    progress('DATA_DELETION_CONFIRMED', '受付記録の個人データ消去を確認しました'),
    { kind: 'status', report: { reportType: 'COMPLETED', comment: '業務を完了しました' } },
    { kind: 'invoice' },
  ];
}
