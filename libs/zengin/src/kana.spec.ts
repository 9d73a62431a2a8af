import * as iconv from 'iconv-lite';
import { ZenginFormatError } from './errors';
import { fitBytes, normalisePayeeName, toZenginKana } from './kana';

describe('toZenginKana', () => {
  it.each([
    ['カブシキガイシャ\u3000ラック', 'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ'],
    ['がっこう', 'ｶﾞﾂｺｳ'],
    ['パーク', 'ﾊﾟ-ｸ'],
    ['ヴィクトリア', 'ｳﾞｲｸﾄﾘｱ'],
    ['ァィゥェォッャュョヮヵヶ', 'ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹ'],
    ['ヰヱヲ', 'ｲｴｦ'],
    ['ｷｬｯｼｭ', 'ｷﾔﾂｼﾕ'],
    ['ＡＢＣ　ａｂｃ　０１２', 'ABC ABC 012'],
    ['（カ）．－／', '(ｶ).-/'],
    ['ミツビシユ－エフジエイ', 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'],
    ['ア‐イ−ウ', 'ｱ-ｲ-ｳ'],
    ['ｶﾞｸｾｲ', 'ｶﾞｸｾｲ'],
    ['カ゛', 'ｶﾞ'],
  ])('%s → %s', (text, kana) => {
    expect(toZenginKana(text)).toBe(kana);
  });

  it('counts voiced kana as two bytes in Shift_JIS', () => {
    expect(iconv.encode(toZenginKana('ガッコウ'), 'Shift_JIS')).toEqual(Buffer.from([0xb6, 0xde, 0xc2, 0xba, 0xb3]));
  });

  it.each([
    ['株式会社ラック', '株', 'U+682A'],
    ['ラック・ジャパン', '・', 'U+30FB'],
    ['A,B', ',', 'U+002C'],
    ['ラック&カンパニー', '&', 'U+0026'],
    ['ﾗﾂｸ😀', '😀', 'U+1F600'],
  ])('refuses %s, naming %s (%s) and the field', (text, char, codePoint) => {
    let error: unknown;
    try {
      toZenginKana(text, '受取人名 (payeeName)');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ZenginFormatError);
    expect(error).toMatchObject({ field: '受取人名 (payeeName)', record: undefined });
    expect((error as ZenginFormatError).reason).toContain(`'${char}' (${codePoint})`);
  });
});

describe('fitBytes', () => {
  it('cuts by bytes and never splits a kana from its sound mark', () => {
    expect(fitBytes('ｶﾞｸｾｲ', 5)).toBe('ｶﾞｸｾｲ');
    expect(fitBytes('ｶﾞｸｾｲ', 4)).toBe('ｶﾞｸｾ');
    expect(fitBytes('ｱｶﾞｸ', 2)).toBe('ｱ');
    expect(fitBytes('ｱｶﾞｸ', 3)).toBe('ｱｶﾞ');
    expect(fitBytes('ﾊﾟ', 1)).toBe('');
  });

  it('never leaves a lone sound mark at the start', () => {
    expect(fitBytes('ﾞｱｲ', 3)).toBe('ｱｲ');
  });

  it('counts double-byte characters as two bytes', () => {
    expect(fitBytes('ラック', 5)).toBe('ラッ');
  });
});

describe('normalisePayeeName', () => {
  it.each(['株式会社ラック', 'カ）ラツク', 'ｶ)ﾗﾂｸ', 'ﾗﾂｸ(ｶ', 'ﾗﾂｸ(ｶ)', '（株）ラック', '㈱ラック', 'カブシキガイシャ\u3000ラック', 'ｶ) ﾗ ﾂｸ', 'ラック株式会社'])(
    '%s → ﾗﾂｸ',
    (name) => {
      expect(normalisePayeeName(name)).toBe('ﾗﾂｸ');
    },
  );

  it('removes 有限会社 and 合同会社 forms, and a leading 10-digit 依頼人番号', () => {
    expect(normalisePayeeName('有限会社ヤマダ')).toBe(normalisePayeeName('ﾔﾏﾀﾞ(ﾕ'));
    expect(normalisePayeeName('ﾕ)ﾔﾏﾀﾞ')).toBe('ﾔﾏﾀﾞ');
    expect(normalisePayeeName('合同会社ヤマダ')).toBe(normalisePayeeName('ﾄﾞ)ﾔﾏﾀﾞ'));
    expect(normalisePayeeName('0000012345 ｶ)ﾗﾂｸ')).toBe('ﾗﾂｸ');
  });

  it('keeps different names different', () => {
    expect(normalisePayeeName('ｶ)ﾗﾂｸ')).not.toBe(normalisePayeeName('ｶ)ﾗｸ'));
    expect(normalisePayeeName('ヤマダ タロウ')).toBe('ﾔﾏﾀﾞﾀﾛｳ');
  });
});
