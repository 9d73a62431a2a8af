import * as iconv from 'iconv-lite';
import { unprocessable } from '@hub/refusals';
import { japanDateOf } from '../jobs/business-date';
import type { MonthFigures, MonthInvoiceLine } from './month-figures';

export type CsvCharset = 'utf-8' | 'shift_jis';

export interface MonthEndCsvInput {
  /** YYYY-MM. */
  month: string;
  partnerName: string;
  closed: boolean;
  figures: MonthFigures;
  invoices: readonly MonthInvoiceLine[];
}

export const SUMMARY_HEADER = ['対象月', 'パートナー', '発注件数', '完了件数', '請求件数', '請求額(円)', '保険対象額(円)', '自己負担額(円)', '支払件数', '支払額(円)', '締め'];
export const INVOICE_HEADER = ['請求書番号', '発行日', '提出日', '請求額(円)', '保険対象額(円)', '自己負担額(円)', '支払額(円)', '支払日'];
/** 確定: the figures the month-end job stored; 速報: computed when asked, the month not closed yet. */
export const CLOSED_LABEL = { closed: '確定', open: '速報' } as const;

const CRLF = '\r\n';
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Whole yen as digits (no separators, no sign: the figures are never negative); empty when there is none. */
function yen(amount: number | null): string {
  if (amount === null) return '';
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`${amount} is not whole yen`);
  return String(amount);
}

/**
 * A partner's month as its accounting staff read it: the summary (header and one row), a blank line, then one line per
 * invoice counted in the month under its own header. CRLF after every line, the last one included.
 */
export function monthEndCsvText(statement: MonthEndCsvInput): string {
  const f = statement.figures;
  const summary = [statement.month, statement.partnerName, ...[f.ordersIssued, f.ordersCompleted, f.invoices, f.invoicedYen, f.coveredYen, f.retainedYen, f.payoutsPaid, f.paidYen].map(yen)];
  const lines = statement.invoices.map((i) => [
    i.invoiceNumber, i.issueDate, japanDateOf(i.submittedAt), yen(i.grossYen), yen(i.coveredYen), yen(i.retainedYen), yen(i.paidYen), i.paidOn ?? '',
  ]);
  const rows = [SUMMARY_HEADER, [...summary, statement.closed ? CLOSED_LABEL.closed : CLOSED_LABEL.open], [], INVOICE_HEADER, ...lines];
  return rows.map((row) => row.map(csvField).join(',') + CRLF).join('');
}

/**
 * The CSV text as bytes: UTF-8 after a byte order mark (Excel then reads it as UTF-8), or Shift_JIS (Windows-31J, which
 * iconv-lite's Shift_JIS is). iconv-lite writes '?' for a character Shift_JIS cannot hold, without a word: the bytes are
 * decoded back and compared, and a statement that does not come back the same is refused naming its characters.
 */
export function encodeCsv(text: string, charset: CsvCharset): Buffer {
  if (charset === 'utf-8') return Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]);
  const bytes = iconv.encode(text, 'Shift_JIS');
  if (iconv.decode(bytes, 'Shift_JIS') === text) return bytes;
  const where = unencodable(text);
  const said = where.length > 0 ? where.join(', ') : 'a character of this statement';
  return refuse(`Shift_JIS cannot hold ${said}: ask for charset=utf-8`, `Shift_JIS cannot hold ${said}; utf-8 can`);
}

export function monthEndCsv(statement: MonthEndCsvInput, charset: CsvCharset): Buffer {
  return encodeCsv(monthEndCsvText(statement), charset);
}

/** Each distinct character that does not survive Shift_JIS, with its code point and the CSV line it is on (the first five). */
function unencodable(text: string): string[] {
  const found = new Map<string, string>();
  text.split(CRLF).forEach((line, i) => {
    for (const char of line) {
      if (!found.has(char) && iconv.decode(iconv.encode(char, 'Shift_JIS'), 'Shift_JIS') !== char) {
        found.set(char, `"${char}" (U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}, line ${i + 1})`);
      }
    }
  });
  return [...found.values()].slice(0, 5);
}

function refuse(message: string, reason: string): never {
  throw unprocessable('not_encodable', message, [{ field: 'charset', reason }]);
}
