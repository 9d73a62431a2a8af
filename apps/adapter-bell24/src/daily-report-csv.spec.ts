import * as iconv from 'iconv-lite';
import { Refusal } from '@hub/refusals';
import { mediaTypeCharset, readCount, readReportDate, tokyoDate } from './daily-report-cells';
import { DAILY_REPORT_COLUMNS, readDailyReportFile, readDailyReportText } from './daily-report-csv';

const REQUEST_ID = '5b0c6d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
const context = { requestId: REQUEST_ID, today: '2026-11-27' };
const HEADER = DAILY_REPORT_COLUMNS.join(',');
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n') + '\r\n';
const sjis = (text: string) => iconv.encode(text, 'cp932');

/** The refusal's issues, or fails when the file was taken. */
function issuesOf(read: () => unknown) {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    expect((error as Refusal).code).toBe('validation_failed');
    return (error as Refusal).issues;
  }
  throw new Error('the file was taken');
}

describe('Bell24 daily report CSV', () => {
  it('decodes CP932 exactly: full-width and half-width kana, ㈱ (NEC special) and 髙 (IBM extension), wave dash and minus', () => {
    const remarks = '㈱髙島商事様（ｶﾅ：ﾀｶｼﾏ／カナ：タカシマ）①～－∥￢';
    const report = readDailyReportFile(sjis(csv(`2026/11/24,ｿﾉ他 カナ,10,9,1,0,,${remarks}`)), 'text/csv; charset=Shift_JIS', context);
    expect(report.rows[0]).toEqual({ rowNo: 2, inquiryType: 'ｿﾉ他 カナ', callsOffered: 10, callsAnswered: 9, callsAbandoned: 1, escalations: 0, remarks });
    // Half-width kana stay half-width: the text is stored as Bell24 wrote it, never normalised.
    expect(report.rows[0].remarks).toContain('ﾀｶｼﾏ');
  });

  it.each(['text/csv', 'text/csv; charset=Shift_JIS', 'text/csv;charset="windows-31j"', 'text/csv; charset=CP932', 'text/csv; charset=sjis'])('reads %s as CP932', (contentType) => {
    expect(readDailyReportFile(sjis(csv('2026/11/24,髙,1,1,0,0,,')), contentType, context).rows[0].inquiryType).toBe('髙');
  });

  it('names every bad cell of every row at once, and returns nothing', () => {
    const issues = issuesOf(() =>
      readDailyReportText(csv('2026/11/24,漏えい有無の確認,100,120,0,0,,', '2026/11/24,,10,9,1,0,abc,', '2026/11/24,その他,-5,0,0,1,,'), context),
    );
    expect(issues).toEqual([
      { field: 'row 2: 応答数', reason: 'must not exceed 入電数 (120 > 100)' },
      { field: 'row 3: 問合せ種別', reason: 'must not be empty' },
      { field: 'row 3: 平均通話時間（秒）', reason: 'must be a whole number of seconds, 0 or more (not "abc")' },
      { field: 'row 4: 入電数', reason: 'must be a whole number of calls, 0 or more (not "-5")' },
      { field: 'row 4: エスカレーション数', reason: 'must not exceed 応答数 (1 > 0)' },
    ]);
  });

  it('numbers rows as a spreadsheet shows them, blank rows included', () => {
    const issues = issuesOf(() => readDailyReportText(csv('2026/11/24,漏えい有無の確認,10,9,1,0,,', '', '2026/11/24,その他,10,11,0,0,,'), context));
    expect(issues).toEqual([{ field: 'row 4: 応答数', reason: 'must not exceed 入電数 (11 > 10)' }]);
  });

  it('refuses a day after today (JST), and takes today', () => {
    expect(issuesOf(() => readDailyReportText(csv('2026/11/28,その他,1,1,0,0,,'), context))).toEqual([
      { field: 'row 2: 受付日', reason: 'must not be after today (2026-11-27, JST): a report is of a day that has begun' },
    ]);
    expect(readDailyReportText(csv('2026/11/27,その他,1,1,0,0,,'), context).reportDate).toBe('2026-11-27');
  });

  it('refuses a header with a missing, an unknown and a repeated column, naming each, before reading any row', () => {
    const header = ['受付日', '問合せ種別', '入電数', '入電数', '応答数', '放棄呼数', '平均通話時間(秒)', '備考'].join(',');
    expect(issuesOf(() => readDailyReportText(`${header}\r\n2026/11/24,その他,1,1,1,0,,\r\n`, context))).toEqual([
      { field: 'header: 入電数', reason: 'appears more than once' },
      { field: 'header: 平均通話時間(秒)', reason: `is not a column of the daily report (the columns are ${DAILY_REPORT_COLUMNS.join(', ')})` },
      { field: 'header: エスカレーション数', reason: 'is missing' },
      { field: 'header: 平均通話時間（秒）', reason: 'is missing' },
    ]);
  });

  it('refuses a header with an unnamed column (a trailing comma)', () => {
    expect(issuesOf(() => readDailyReportText(`${HEADER},\r\n2026/11/24,その他,1,1,0,0,,,\r\n`, context))).toEqual([
      { field: 'header: column 9', reason: 'has no name (a trailing comma?): every column is named' },
    ]);
  });

  it('refuses an empty file and a bare quote inside a cell', () => {
    expect(issuesOf(() => readDailyReportText('', context))).toEqual([{ field: '(file)', reason: 'is empty: a header row and one row per inquiry type are needed' }]);
    expect(issuesOf(() => readDailyReportText(csv('2026/11/24,その他,1,1,0,0,,5"の書類'), context))).toEqual([
      { field: 'row 2', reason: 'has a quote inside an unquoted cell (write the cell in quotes, doubling its quotes)' },
    ]);
  });

  it('takes at most 200 inquiry types a day', () => {
    const rows = Array.from({ length: 201 }, (_, i) => `2026/11/24,種別${i},1,1,0,0,,`);
    expect(issuesOf(() => readDailyReportText(csv(...rows), context))).toEqual([{ field: '(file)', reason: 'has 201 data rows; at most 200' }]);
  });

  it('lists at most 100 problems of a garbage file', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `2026/11/24,種別${i},x,1,0,0,,`);
    const issues = issuesOf(() => readDailyReportText(csv(...rows), context)) ?? [];
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({ field: '(file)', reason: 'has more problems than the 100 listed' });
  });
});

describe('daily report cells', () => {
  it.each([
    ['0', 0],
    ['120', 120],
    ['1,200', 1200],
    ['１２０', 120],
    [' 7 ', 7],
  ])('reads the count %j', (cell, value) => expect(readCount(cell, 'calls', 1_000_000)).toEqual({ ok: true, value }));

  it.each([
    ['', 'is required'],
    ['1,20', 'must be a whole number of calls, 0 or more (not "1,20")'],
    ['1.5', 'must be a whole number of calls, 0 or more (not "1.5")'],
    ['-1', 'must be a whole number of calls, 0 or more (not "-1")'],
    ['1000001', 'must be at most 1,000,000 calls (not 1000001)'],
  ])('refuses the count %j', (cell, reason) => expect(readCount(cell, 'calls', 1_000_000)).toEqual({ ok: false, reason }));

  it.each([
    ['2026/11/24', '2026-11-24'],
    ['2026/1/5', '2026-01-05'],
    ['2026-11-24', '2026-11-24'],
    ['２０２６／１１／２４', '2026-11-24'],
    ['2028/02/29', '2028-02-29'],
  ])('reads the date %j', (cell, value) => expect(readReportDate(cell, '2030-01-01')).toEqual({ ok: true, value }));

  it.each([
    ['2026/02/29', 'is not a day of the calendar (2026/02/29)'],
    ['2026/13/01', 'is not a day of the calendar (2026/13/01)'],
    ['令和8年11月24日', 'must be a date written YYYY/MM/DD (not "令和8年11月24日")'],
    ['24/11/2026', 'must be a date written YYYY/MM/DD (not "24/11/2026")'],
  ])('refuses the date %j', (cell, reason) => expect(readReportDate(cell, '2030-01-01')).toEqual({ ok: false, reason }));

  it('reads the charset of a Content-Type', () => {
    expect(mediaTypeCharset('text/csv')).toBeUndefined();
    expect(mediaTypeCharset('text/csv; charset="Shift_JIS"')).toBe('shift_jis');
    expect(mediaTypeCharset('text/csv;Charset=UTF-8;header=present')).toBe('utf-8');
  });

  it('dates in JST', () => {
    expect(tokyoDate(new Date('2026-11-26T14:59:59Z'))).toBe('2026-11-26');
    expect(tokyoDate(new Date('2026-11-26T15:00:00Z'))).toBe('2026-11-27');
  });
});
