import * as iconv from 'iconv-lite';
import { Refusal } from '@hub/refusals';
import { csvField, encodeCsv, monthEndCsv, monthEndCsvText, type MonthEndCsvInput } from './month-end-csv';

const statement = (overrides: Partial<MonthEndCsvInput> = {}): MonthEndCsvInput => ({
  month: '2026-11',
  partnerName: '株式会社ラック',
  closed: true,
  figures: { ordersIssued: 3, ordersCompleted: 2, invoices: 2, invoicedYen: 3_300_000, coveredYen: 3_000_000, retainedYen: 300_000, payoutsPaid: 1, paidYen: 2_200_000 },
  invoices: [
    { invoiceId: 'a', invoiceNumber: 'LAC-1101', issueDate: '2026-11-10', submittedAt: new Date('2026-11-10T01:00:00Z'), grossYen: 2_200_000, coveredYen: 2_200_000, retainedYen: 0, paidYen: 2_200_000, paidOn: '2026-11-25' },
    // Submitted at 23:30 JST on the 30th (14:30 UTC): the Japanese day is the 30th. Undecided at the end of the month.
    { invoiceId: 'b', invoiceNumber: 'LAC-1102', issueDate: '2026-11-28', submittedAt: new Date('2026-11-30T14:30:00Z'), grossYen: 1_100_000, coveredYen: null, retainedYen: null, paidYen: 0, paidOn: null },
  ],
  ...overrides,
});

describe('the month-end CSV', () => {
  it('writes the summary, a blank line and one line per invoice, CRLF after every line, integer yen without separators', () => {
    expect(monthEndCsvText(statement())).toBe(
      [
        '対象月,パートナー,発注件数,完了件数,請求件数,請求額(円),保険対象額(円),自己負担額(円),支払件数,支払額(円),締め',
        '2026-11,株式会社ラック,3,2,2,3300000,3000000,300000,1,2200000,確定',
        '',
        '請求書番号,発行日,提出日,請求額(円),保険対象額(円),自己負担額(円),支払額(円),支払日',
        'LAC-1101,2026-11-10,2026-11-10,2200000,2200000,0,2200000,2026-11-25',
        'LAC-1102,2026-11-28,2026-11-30,1100000,,,0,',
        '',
      ].join('\r\n'),
    );
    expect(monthEndCsvText(statement({ closed: false, invoices: [] })).split('\r\n')[1].endsWith(',速報')).toBe(true);
  });

  it('quotes a field per RFC 4180 only when it holds a comma, a quote or a line break', () => {
    expect(csvField('LAC-1101')).toBe('LAC-1101');
    expect(csvField('A,1')).toBe('"A,1"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    const text = monthEndCsvText(statement({ invoices: [{ ...statement().invoices[0], invoiceNumber: '請求,"第1号"' }] }));
    expect(text).toContain('\r\n"請求,""第1号""",2026-11-10,');
  });

  it('writes UTF-8 after a byte order mark by default', () => {
    const bytes = monthEndCsv(statement(), 'utf-8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(monthEndCsvText(statement()));
  });

  it('writes Shift_JIS on request: the Japanese header is two bytes a character and decodes back', () => {
    const bytes = monthEndCsv(statement(), 'shift_jis');
    expect([...bytes.subarray(0, 6)]).toEqual([0x91, 0xce, 0x8f, 0xdb, 0x8c, 0x8e]); // 対象月
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(iconv.decode(bytes, 'Shift_JIS')).toBe(monthEndCsvText(statement()));
    expect(iconv.decode(bytes, 'Shift_JIS').split('\r\n')[0]).toBe('対象月,パートナー,発注件数,完了件数,請求件数,請求額(円),保険対象額(円),自己負担額(円),支払件数,支払額(円),締め');
  });

  it('refuses a character Shift_JIS cannot hold, naming it, its code point and its line, rather than writing "?"', () => {
    const text = monthEndCsvText(statement({ invoices: [{ ...statement().invoices[0], invoiceNumber: '𠮷野家-🍣-1' }] }));
    let refusal: unknown;
    try {
      encodeCsv(text, 'shift_jis');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toMatchObject({
      kind: 'unprocessable',
      code: 'not_encodable',
      message: 'Shift_JIS cannot hold "𠮷" (U+20BB7, line 5), "🍣" (U+1F363, line 5): ask for charset=utf-8',
      issues: [{ field: 'charset', reason: 'Shift_JIS cannot hold "𠮷" (U+20BB7, line 5), "🍣" (U+1F363, line 5); utf-8 can' }],
    });
    // The same statement in UTF-8 is written as it is.
    expect(encodeCsv(text, 'utf-8').subarray(3).toString('utf8')).toBe(text);
  });

  it('refuses a character Shift_JIS would write as another (¥ comes back as a backslash)', () => {
    expect(() => encodeCsv('¥100\r\n', 'shift_jis')).toThrow('Shift_JIS cannot hold "¥" (U+00A5, line 1): ask for charset=utf-8');
  });

  it('refuses yen that are not whole', () => {
    expect(() => monthEndCsvText(statement({ figures: { ...statement().figures, paidYen: 10.5 } }))).toThrow('10.5 is not whole yen');
  });
});
