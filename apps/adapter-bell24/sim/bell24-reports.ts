import * as iconv from 'iconv-lite';

/** One inquiry type's figures for a day, as Bell24's reporting tool keeps them. */
export interface InquiryRow {
  inquiryType: string;
  offered: number;
  answered: number;
  abandoned: number;
  escalations: number;
  averageTalkSeconds?: number;
  remarks?: string;
}

/** Bell24's report columns, in the order its tool writes them. */
export const REPORT_HEADER = ['受付日', '問合せ種別', '入電数', '応答数', '放棄呼数', 'エスカレーション数', '平均通話時間（秒）', '備考'];

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The day's report as Excel would save it: CRLF lines, dates written 2026/11/24, empty cells for what is not known. */
export function dailyReportCsv(date: string, rows: InquiryRow[]): string {
  const day = date.replace(/-/g, '/');
  const lines = [
    REPORT_HEADER,
    ...rows.map((r) => [day, r.inquiryType, r.offered, r.answered, r.abandoned, r.escalations, r.averageTalkSeconds ?? '', r.remarks ?? ''].map(String)),
  ];
  return lines.map((cells) => cells.map(quoted).join(',')).join('\r\n') + '\r\n';
}

/** Text as the bytes Bell24 uploads: CP932 (Windows' Shift_JIS), which has ㈱ and 髙 where plain Shift_JIS has not. */
export const encodeCp932 = (text: string): Buffer => iconv.encode(text, 'cp932');

/** The calendar date in Japan `daysAgo` days before `now` (YYYY-MM-DD). */
export function tokyoDay(now: Date, daysAgo = 0): string {
  return new Date(now.getTime() + 9 * 3600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}
