import fc from 'fast-check';
import { hasLetterOrDigit, normaliseInvoiceNumber, sameInvoiceNumber } from './invoice-number';

describe('normaliseInvoiceNumber', () => {
  it.each([
    ['the canonical form', 'LAC-INV-0042', 'LACINV0042'],
    ['lower case', 'lac-inv-0042', 'LACINV0042'],
    ['a trailing dot', 'LAC-INV-0042.', 'LACINV0042'],
    ['full width (NFKC)', 'ＬＡＣ－ＩＮＶ－００４２', 'LACINV0042'],
    ['spaces', 'LAC INV 0042', 'LACINV0042'],
    ['underscore and slash', 'LAC_INV/0042', 'LACINV0042'],
    ['ideographic spaces U+3000', 'LAC\u3000INV\u30000042', 'LACINV0042'],
    ['tab and line break from a CSV cell', 'LAC\tINV\n0042', 'LACINV0042'],
    ['hyphen U+2010', 'LAC\u2010INV\u20100042', 'LACINV0042'],
    ['non-breaking hyphen U+2011', 'LAC\u2011INV\u20110042', 'LACINV0042'],
    ['figure dash U+2012', 'LAC\u2012INV\u20120042', 'LACINV0042'],
    ['en dash U+2013', 'LAC\u2013INV\u20130042', 'LACINV0042'],
    ['em dash U+2014', 'LAC\u2014INV\u20140042', 'LACINV0042'],
    ['horizontal bar U+2015', 'LAC\u2015INV\u20150042', 'LACINV0042'],
    ['minus sign U+2212 (JIS decoding of Shift_JIS 0x817C)', 'LAC\u2212INV\u22120042', 'LACINV0042'],
    ['full-width hyphen-minus U+FF0D (cp932 decoding of 0x817C)', 'LAC\uFF0DINV\uFF0D0042', 'LACINV0042'],
    ['katakana prolonged sound mark U+30FC used as a dash', 'LAC\u30FCINV\u30FC0042', 'LACINV0042'],
    ['half-width prolonged sound mark U+FF70', 'LAC\uFF70INV\uFF700042', 'LACINV0042'],
    ['wave dash U+301C and full-width tilde U+FF5E (the two decodings of 0x8160)', 'LAC\u301CINV\uFF5E0042', 'LACINV0042'],
    ['box-drawing horizontal U+2500 (typing けいせん)', 'LAC\u2500INV\u25000042', 'LACINV0042'],
    ['a hash and a colon', '#LAC:INV:0042', 'LACINV0042'],
    ['brackets and a katakana middle dot', '【LAC・INV】0042', 'LACINV0042'],
    ['zero-width space and soft hyphen from a PDF', 'LAC\u200BINV\u00AD0042', 'LACINV0042'],
    ['"No." keeps its letters: only the dot goes', 'No.0042', 'NO0042'],
    ['№ (NFKC → No)', '№0042', 'NO0042'],
    ['leading zeros are kept', 'LAC-INV-42', 'LACINV42'],
    ['a prolonged sound mark after kana is part of the word', 'データー001', 'データー001'],
    ['half-width katakana become full-width (NFKC)', 'ﾃﾞｰﾀ-001', 'データ001'],
    ['other symbols are kept', 'A+1', 'A+1'],
  ])('%s: %j → %j', (_what, input, expected) => {
    expect(normaliseInvoiceNumber(input)).toBe(expected);
  });

  // What partners' numbers are made of: ASCII and full-width letters and digits, kana, every separator above.
  const typed = fc.string({ unit: fc.constantFrom(...'AZaz09ＡＺａｚ０９データｶﾀ-－‐–—―−ー〜～_./#:・ \u3000\u200B\u00ADe\u0301+'), maxLength: 30 });

  it('is idempotent, and case and width do not matter', () => {
    fc.assert(fc.property(typed, (value) => {
      expect(normaliseInvoiceNumber(value.toLowerCase())).toBe(normaliseInvoiceNumber(value.normalize('NFKC').toUpperCase()));
      const once = normaliseInvoiceNumber(value);
      expect(normaliseInvoiceNumber(once)).toBe(once);
    }));
  });
});

describe('sameInvoiceNumber', () => {
  const spellings = ['LAC-INV-0042', 'lac-inv-0042', 'LAC-INV-0042.', 'ＬＡＣ－ＩＮＶ－００４２', 'LAC INV 0042', 'LAC_INV/0042'];

  it.each(spellings)('%j is LAC-INV-0042', (spelling) => {
    expect(sameInvoiceNumber(spelling, 'LAC-INV-0042')).toBe(true);
  });

  it.each([
    ['leading zeros differ', 'LAC-INV-42'],
    ['another number', 'LAC-INV-0043'],
    ['a symbol that is not a separator', 'LAC-INV-0042+'],
  ])('is not LAC-INV-0042 when %s (%j)', (_what, other) => {
    expect(sameInvoiceNumber(other, 'LAC-INV-0042')).toBe(false);
  });

  it('never matches a number without a letter or digit, not even itself', () => {
    expect(sameInvoiceNumber('-', '-')).toBe(false);
    expect(sameInvoiceNumber('－', '—')).toBe(false);
    expect(hasLetterOrDigit(normaliseInvoiceNumber(' - / . '))).toBe(false);
    expect(hasLetterOrDigit(normaliseInvoiceNumber('ー'))).toBe(false);
  });
});
