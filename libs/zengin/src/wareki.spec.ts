import { ZenginFormatError } from './errors';
import { fromSeirekiYYMMDD, fromWarekiYYMMDD, nextOccurrence, toMMDD, toSeirekiYYMMDD, toWarekiYYMMDD } from './wareki';

const TODAY = '2026-11-27';

describe('和暦 YYMMDD', () => {
  it.each([
    ['2026-11-27', '081127'],
    ['2019-05-01', '010501'],
    ['2019-04-30', '310430'],
    ['1989-01-08', '010108'],
    ['2024-02-29', '060229'],
  ])('%s ↔ %s', (date, yymmdd) => {
    expect(toWarekiYYMMDD(date)).toBe(yymmdd);
    expect(fromWarekiYYMMDD(yymmdd, TODAY)).toBe(date);
  });

  it('takes 令和 up to a year after today, and falls back to 平成 beyond it', () => {
    expect(fromWarekiYYMMDD('091127', TODAY)).toBe('2027-11-27');
    expect(fromWarekiYYMMDD('091128', TODAY)).toBe('1997-11-28');
    expect(fromWarekiYYMMDD('300101', TODAY)).toBe('2018-01-01');
    expect(fromWarekiYYMMDD('010430', TODAY)).toBe('1989-04-30');
  });

  it.each([
    ['310501', 'a 令和 date far in the future, past the end of 平成'],
    ['080230', 'no 30 February'],
    ['081301', 'no month 13'],
    ['000101', 'no year 0'],
    ['0811', 'too short'],
    ['08112a', 'not digits'],
  ])('refuses %s (%s), naming the field', (yymmdd) => {
    expect(() => fromWarekiYYMMDD(yymmdd, TODAY, '勘定日 (accountDate)')).toThrow(ZenginFormatError);
    expect(() => fromWarekiYYMMDD(yymmdd, TODAY, '勘定日 (accountDate)')).toThrow(/^勘定日 \(accountDate\): /);
  });

  it('refuses dates that are not real or are before 平成', () => {
    expect(() => toWarekiYYMMDD('2026-02-29')).toThrow(/must be a real date YYYY-MM-DD, got "2026-02-29"/);
    expect(() => toWarekiYYMMDD('2026-2-3')).toThrow(ZenginFormatError);
    expect(() => toWarekiYYMMDD('1989-01-07')).toThrow(/before 平成/);
  });
});

describe('西暦 YYMMDD', () => {
  it('writes the AD year and reads it back against today', () => {
    expect(toSeirekiYYMMDD('2026-11-27')).toBe('261127');
    expect(fromSeirekiYYMMDD('261127', TODAY)).toBe('2026-11-27');
    expect(fromSeirekiYYMMDD('991231', TODAY)).toBe('1999-12-31');
    expect(() => fromSeirekiYYMMDD('260230', TODAY)).toThrow(ZenginFormatError);
  });
});

describe('MMDD', () => {
  it('writes the month and day, and finds the next occurrence on or after today', () => {
    expect(toMMDD('2026-12-01')).toBe('1201');
    expect(() => toMMDD('2026-04-31')).toThrow(ZenginFormatError);
    expect(nextOccurrence('1127', TODAY)).toBe('2026-11-27');
    expect(nextOccurrence('1201', TODAY)).toBe('2026-12-01');
    expect(nextOccurrence('0105', TODAY)).toBe('2027-01-05');
    expect(nextOccurrence('0229', TODAY)).toBe('2028-02-29');
    expect(() => nextOccurrence('0230', TODAY)).toThrow(ZenginFormatError);
  });
});
