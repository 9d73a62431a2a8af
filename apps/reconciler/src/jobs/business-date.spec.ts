import { addDays, endOfJapanDay, isBusinessDate, japanDateOf, monthOf } from './business-date';

describe('business dates (days in Japan)', () => {
  it('accepts real calendar days only', () => {
    expect(isBusinessDate('2026-11-27')).toBe(true);
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(isBusinessDate('2026-02-29')).toBe(false);
    expect(isBusinessDate('2026-13-01')).toBe(false);
    expect(isBusinessDate('20261127')).toBe(false);
  });

  it('takes the Japanese day of an instant, not the server’s', () => {
    expect(japanDateOf(new Date('2026-11-27T14:59:59Z'))).toBe('2026-11-27');
    expect(japanDateOf(new Date('2026-11-27T15:00:00Z'))).toBe('2026-11-28');
  });

  it('ends a day at midnight JST and steps across months and years', () => {
    expect(endOfJapanDay('2026-11-27').toISOString()).toBe('2026-11-27T15:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(monthOf('2026-11-27')).toBe('2026-11-01');
  });
});
