import { ZenginFormatError } from './errors';
import { decodeRecord, defineLayout, encodeRecord, type FieldSpec, layoutProblems, type RecordLayout } from './layout';
import { STATEMENT_LAYOUTS } from './statement-layouts';
import { TRANSFER_LAYOUTS } from './transfer-layouts';

/** Computed here from the raw tables, not with layoutProblems, so that a bug in the engine's check cannot hide one. */
function widthsAndGaps(layout: RecordLayout): { total: number; gaps: string[] } {
  const gaps: string[] = [];
  layout.fields.forEach((field, index) => {
    const expected = index === 0 ? 1 : layout.fields[index - 1].start + layout.fields[index - 1].length;
    if (field.start !== expected) gaps.push(`${field.name} starts at ${field.start}, expected ${expected}`);
  });
  return { total: layout.fields.reduce((sum, field) => sum + field.length, 0), gaps };
}

describe('published layouts', () => {
  it.each(TRANSFER_LAYOUTS.map((layout) => [layout.name, layout] as const))('%s: widths sum to 120, fields contiguous', (_name, layout) => {
    expect(layout.recordLength).toBe(120);
    expect(widthsAndGaps(layout)).toEqual({ total: 120, gaps: [] });
    expect(layoutProblems(layout)).toEqual([]);
  });

  it.each(STATEMENT_LAYOUTS.map((layout) => [layout.name, layout] as const))('%s: widths sum to 200, fields contiguous', (_name, layout) => {
    expect(layout.recordLength).toBe(200);
    expect(widthsAndGaps(layout)).toEqual({ total: 200, gaps: [] });
    expect(layoutProblems(layout)).toEqual([]);
  });

  it('refuses, when defined, a layout with a gap, an overlap or the wrong total', () => {
    const field = (key: string, start: number, length: number): FieldSpec => ({ key, name: key, start, length, type: 'C' });
    expect(() => defineLayout('gap', 10, [field('a', 1, 4), field('b', 6, 5)])).toThrow(/b \(b\) starts at byte 6, expected 5/);
    expect(() => defineLayout('overlap', 10, [field('a', 1, 6), field('b', 6, 4)])).toThrow(/starts at byte 6, expected 7/);
    expect(() => defineLayout('short', 10, [field('a', 1, 4), field('b', 5, 5)])).toThrow(/sum to 9, not 10/);
    expect(() => defineLayout('ok', 10, [field('a', 1, 4), field('b', 5, 6)])).not.toThrow();
  });
});

describe('encodeRecord and decodeRecord', () => {
  const layout = defineLayout('test', 20, [
    { key: 'kind', name: '区分', start: 1, length: 1, type: 'N' },
    { key: 'amount', name: '金額', start: 2, length: 6, type: 'N' },
    { key: 'name', name: '名前', start: 8, length: 10, type: 'C' },
    { key: 'code', name: 'コード', start: 18, length: 3, type: 'N', optional: true },
  ] as const);

  function caught(work: () => unknown): ZenginFormatError {
    try {
      work();
    } catch (error) {
      if (error instanceof ZenginFormatError) return error;
      throw error;
    }
    throw new Error('expected a ZenginFormatError');
  }

  it('right-aligns and zero-fills N, left-aligns and space-fills C, blanks an absent optional N', () => {
    const bytes = encodeRecord(layout, { kind: '2', amount: '1500', name: 'ｶﾞｸ(ｶ' });
    expect(bytes.toString('latin1', 0, 7)).toBe('2001500');
    expect(bytes.subarray(7, 17)).toEqual(Buffer.from([0xb6, 0xde, 0xb8, 0x28, 0xb6, 0x20, 0x20, 0x20, 0x20, 0x20]));
    expect(bytes.toString('latin1', 17, 20)).toBe('   ');
    expect(decodeRecord(layout, bytes, 1)).toEqual({ kind: '2', amount: '001500', name: 'ｶﾞｸ(ｶ', code: '' });
  });

  it('never truncates a number that does not fit', () => {
    const error = caught(() => encodeRecord(layout, { kind: '2', amount: '1234567' }, 4));
    expect(error).toMatchObject({ record: 4, field: '金額 (amount)' });
    expect(error.reason).toBe('must fit 6 digits (at most 999999), got 1234567');
  });

  it('refuses a non-digit or missing required N value', () => {
    expect(caught(() => encodeRecord(layout, { kind: '2', amount: '12a' }))).toMatchObject({ field: '金額 (amount)', reason: 'must be digits, got "12a"' });
    expect(caught(() => encodeRecord(layout, { kind: '2' }))).toMatchObject({ field: '金額 (amount)', reason: 'is required' });
  });

  it('names a character the writer may not use instead of letting iconv-lite write "?"', () => {
    const error = caught(() => encodeRecord(layout, { kind: '2', amount: '1', name: 'ﾗﾂｸ株' }, 3));
    expect(error.record).toBe(3);
    expect(error.field).toBe('名前 (name)');
    expect(error.reason).toContain("'株' (U+682A) cannot be written");
    expect(error.message).toMatch(/^record 3, 名前 \(name\): '株'/);
    expect(caught(() => encodeRecord(layout, { kind: '2', amount: '1', name: 'ﾗｯｸ' })).reason).toContain("'ｯ' (U+FF6F)");
    expect(caught(() => encodeRecord(layout, { kind: '2', amount: '1', name: 'abc' })).reason).toContain("'a' (U+0061)");
  });

  it('refuses a C value longer than its field, in bytes', () => {
    expect(caught(() => encodeRecord(layout, { kind: '2', amount: '1', name: 'ｶﾞｶﾞｶﾞｶﾞｶﾞｶ' })).reason).toMatch(/is 11 bytes, longer than the field's 10/);
  });

  it('reads non-digits in an N field as an error naming record and field', () => {
    const bytes = Buffer.from('2001 00ABC          ', 'latin1');
    expect(caught(() => decodeRecord(layout, bytes, 7))).toMatchObject({ record: 7, field: '金額 (amount)', reason: 'must be digits, got "001 00"' });
  });

  it('reads a Shift_JIS double-byte character in a C field as an error, and 0x5C/0x7E as \\ and ~', () => {
    const kanji = Buffer.concat([Buffer.from('2000001', 'latin1'), Buffer.from([0x8a, 0x94]), Buffer.from('        000', 'latin1')]);
    expect(caught(() => decodeRecord(layout, kanji, 2))).toMatchObject({ record: 2, field: '名前 (name)' });
    expect(caught(() => decodeRecord(layout, kanji, 2)).reason).toMatch(/double-byte character \(lead byte 0x8a\) at byte 8/);
    const ascii = Buffer.concat([Buffer.from('2000001', 'latin1'), Buffer.from([0x5c, 0x7e, 0xb1]), Buffer.from('       000', 'latin1')]);
    expect(decodeRecord(layout, ascii, 1).name).toBe('\\~ｱ');
  });

  it('refuses a record of the wrong length', () => {
    expect(caught(() => decodeRecord(layout, Buffer.alloc(19, 0x30), 5))).toMatchObject({ record: 5, field: 'レコード長 (recordLength)', reason: 'must be 20 bytes, got 19' });
  });
});
