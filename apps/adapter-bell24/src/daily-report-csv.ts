import { parse } from 'csv-parse/sync';
import * as iconv from 'iconv-lite';
import type { Bell24DailyReportV1 } from '@hub/contracts';
import { type FieldIssue, invalidInput } from '@hub/refusals';
import { mediaTypeCharset, readCount, readReportDate } from './daily-report-cells';

type Row = Bell24DailyReportV1['rows'][number];

/** The columns of Bell24's daily report, as its reporting tool writes them (any order, each exactly once). */
export const DAILY_REPORT_COLUMNS = ['受付日', '問合せ種別', '入電数', '応答数', '放棄呼数', 'エスカレーション数', '平均通話時間（秒）', '備考'] as const;
type Column = (typeof DAILY_REPORT_COLUMNS)[number];

/** Charsets that name CP932 (Windows' Shift_JIS, which Bell24's Excel writes): ㈱ and 髙 are CP932, not plain Shift_JIS. */
const CP932_NAMES = new Set(['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'windows-31j', 'cp932', 'ms932', 'ms_kanji', 'csshiftjis']);
const MAX_ROWS = 200;
/** A garbage file could name thousands of cells; the first ones are enough to fix it. */
const MAX_ISSUES = 100;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface DailyReportContext {
  /** 依頼ID from the upload's path. */
  requestId: string;
  /** Today in JST (YYYY-MM-DD): a report day after it is refused. */
  today: string;
}

/**
 * Bell24's daily report file as the parsed report, or a refusal naming every bad cell (`row 3: 応答数`): the whole file
 * is refused when any row is bad, so a day is never stored half. Pure: the caller says what day it is.
 */
export function readDailyReportFile(bytes: Buffer, contentType: string, context: DailyReportContext): Bell24DailyReportV1 {
  return readDailyReportText(decodeCp932(bytes, contentType), context);
}

/** The file's text: CP932 unless the Content-Type names another charset, which is refused rather than guessed at. */
export function decodeCp932(bytes: Buffer, contentType: string): string {
  const charset = mediaTypeCharset(contentType);
  if (charset !== undefined && !CP932_NAMES.has(charset)) {
    throw invalidInput(`Daily reports are Shift_JIS (CP932), not ${charset}`, [{ field: 'Content-Type', reason: `charset must be Shift_JIS (CP932), not ${charset}` }]);
  }
  // Excel's "CSV UTF-8" starts with a byte order mark: read as CP932 it would be mojibake, so say what it is instead.
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
    throw invalidInput('The daily report is UTF-8; it must be Shift_JIS (CP932)', [{ field: '(file)', reason: 'is UTF-8 (it starts with a UTF-8 byte order mark); it must be Shift_JIS (CP932)' }]);
  }
  return iconv.decode(bytes, 'cp932');
}

/** The report from the file's text (see readDailyReportFile). */
export function readDailyReportText(text: string, context: DailyReportContext): Bell24DailyReportV1 {
  const records = parseCsv(text);
  const [header, ...data] = records;
  if (!header || (header.length === 1 && header[0] === '')) refuse([{ field: '(file)', reason: 'is empty: a header row and one row per inquiry type are needed' }]);
  const columns = readHeader(header);
  const issues: FieldIssue[] = [];
  const rows: Row[] = [];
  const dates: { rowNo: number; date: string }[] = [];
  const typeRows = new Map<string, number>();
  data.forEach((record, i) => {
    const rowNo = i + 2;
    if (record.every((cell) => cell.trim() === '')) return; // blank rows Excel leaves at the end
    if (record.length !== header.length) {
      issues.push({ field: `row ${rowNo}`, reason: `has ${record.length} cells; the header has ${header.length}` });
      return;
    }
    const cell = (column: Column) => record[columns.get(column) as number];
    const row = readRow(rowNo, cell, context.today, issues);
    if (row.date) dates.push({ rowNo, date: row.date });
    if (row.value) {
      const earlier = typeRows.get(row.value.inquiryType);
      if (earlier !== undefined) issues.push({ field: `row ${rowNo}: 問合せ種別`, reason: `repeats row ${earlier}'s 問合せ種別 (${row.value.inquiryType}): one row per inquiry type a day` });
      else typeRows.set(row.value.inquiryType, rowNo);
      rows.push(row.value);
    }
  });
  const first = dates[0];
  for (const { rowNo, date } of dates.slice(1)) {
    if (date !== first.date) issues.push({ field: `row ${rowNo}: 受付日`, reason: `must be the same day as row ${first.rowNo} (${first.date}): one file reports one day` });
  }
  if (issues.length === 0 && rows.length === 0) issues.push({ field: '(file)', reason: 'has no data rows: one row per inquiry type is needed' });
  if (rows.length > MAX_ROWS) issues.push({ field: '(file)', reason: `has ${rows.length} data rows; at most ${MAX_ROWS}` });
  if (issues.length > 0) refuse(issues);
  return { requestId: context.requestId, reportDate: first.date, rows };
}

function parseCsv(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, bom: false }) as string[][];
  } catch (error) {
    // The row being read when the parser gave up: the records before it, plus the header's row 1.
    const { code, records } = error as { code?: string; records?: number };
    const reasons: Record<string, string> = {
      CSV_QUOTE_NOT_CLOSED: 'has a quoted cell that is never closed',
      INVALID_OPENING_QUOTE: 'has a quote inside an unquoted cell (write the cell in quotes, doubling its quotes)',
      CSV_INVALID_CLOSING_QUOTE: 'has text after the closing quote of a quoted cell',
    };
    return refuse([{ field: records !== undefined ? `row ${records + 1}` : '(file)', reason: reasons[code ?? ''] ?? 'is not valid CSV' }]);
  }
}

/** Where each column is; a missing, unknown or repeated column is refused by name before any row is read. */
function readHeader(header: string[]): Map<Column, number> {
  const issues: FieldIssue[] = [];
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    if (name === '') {
      issues.push({ field: `header: column ${index + 1}`, reason: 'has no name (a trailing comma?): every column is named' });
    } else if (!(DAILY_REPORT_COLUMNS as readonly string[]).includes(name)) {
      issues.push({ field: `header: ${name}`, reason: `is not a column of the daily report (the columns are ${DAILY_REPORT_COLUMNS.join(', ')})` });
    } else if (columns.has(name as Column)) {
      issues.push({ field: `header: ${name}`, reason: 'appears more than once' });
    } else columns.set(name as Column, index);
  });
  for (const column of DAILY_REPORT_COLUMNS) if (!columns.has(column) && !issues.some((i) => i.field === `header: ${column}`)) issues.push({ field: `header: ${column}`, reason: 'is missing' });
  if (issues.length > 0) refuse(issues);
  return columns;
}

/** One row's figures (value absent when a cell is bad), its day, and an issue per bad cell. */
function readRow(rowNo: number, cell: (column: Column) => string, today: string, issues: FieldIssue[]): { value?: Row; date?: string } {
  const before = issues.length;
  const at = (column: Column) => `row ${rowNo}: ${column}`;
  const flag = (column: Column, reason: string) => issues.push({ field: at(column), reason });
  for (const column of DAILY_REPORT_COLUMNS) if (cell(column).includes('\uFFFD')) flag(column, 'is not valid Shift_JIS (CP932) text');
  if (issues.length > before) return {};

  const date = readReportDate(cell('受付日'), today);
  if (!date.ok) flag('受付日', date.reason);
  const inquiryType = cell('問合せ種別');
  if (inquiryType.trim() === '') flag('問合せ種別', 'must not be empty');
  else if (inquiryType.length > 100) flag('問合せ種別', 'must be at most 100 characters long');
  const count = (column: Column, unit: string) => {
    const read = readCount(cell(column), unit, 1_000_000);
    if (!read.ok) flag(column, read.reason);
    return read.ok ? read.value : undefined;
  };
  const offered = count('入電数', 'calls');
  const answered = count('応答数', 'calls');
  const abandoned = count('放棄呼数', 'calls');
  const escalations = count('エスカレーション数', 'calls');
  const talk = cell('平均通話時間（秒）').trim() === '' ? undefined : count('平均通話時間（秒）', 'seconds');
  const remarks = cell('備考');
  if (remarks.length > 1000) flag('備考', 'must be at most 1000 characters long');

  // A call is answered, abandoned or still waiting: neither (nor both together) can be more than the calls that came in.
  if (offered !== undefined && answered !== undefined && answered > offered) flag('応答数', `must not exceed 入電数 (${answered} > ${offered})`);
  if (offered !== undefined && abandoned !== undefined) {
    if (abandoned > offered) flag('放棄呼数', `must not exceed 入電数 (${abandoned} > ${offered})`);
    else if (answered !== undefined && answered <= offered && answered + abandoned > offered) flag('放棄呼数', `応答数 + 放棄呼数 must not exceed 入電数 (${answered} + ${abandoned} > ${offered})`);
  }
  // Only an answered call can be handed on.
  if (answered !== undefined && escalations !== undefined && escalations > answered) flag('エスカレーション数', `must not exceed 応答数 (${escalations} > ${answered})`);
  if (issues.length > MAX_ISSUES) refuse([...issues.slice(0, MAX_ISSUES), { field: '(file)', reason: `has more problems than the ${MAX_ISSUES} listed` }]);
  if (issues.length > before) return date.ok ? { date: date.value } : {};
  return {
    date: date.ok ? date.value : undefined,
    value: {
      rowNo,
      inquiryType,
      callsOffered: offered as number,
      callsAnswered: answered as number,
      callsAbandoned: abandoned as number,
      escalations: escalations as number,
      ...(talk !== undefined ? { averageTalkSeconds: talk } : {}),
      ...(remarks !== '' ? { remarks } : {}),
    },
  };
}

function refuse(issues: FieldIssue[]): never {
  throw invalidInput(`The daily report was refused (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing of the file was stored`, issues);
}
