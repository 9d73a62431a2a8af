/**
 * Names as a Zengin file holds them: half-width kana, A–Z, digits and `( ) - . /` (research §3). Account names
 * are stored by banks in this form, so both writing a payee and matching one go through the same conversion.
 */
import * as iconv from 'iconv-lite';
import { describeChar, isWritableChar } from './charset';
import { ZenginFormatError } from './errors';

const FULL_KATAKANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const HALF_KATAKANA = 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ';
// Small kana are written large (ｯ is not a Zengin character), and the obsolete ヰ ヱ as ｲ ｴ.
const FULL_SMALL_AND_OBSOLETE = 'ァィゥェォッャュョヮヵヶヰヱ';
const HALF_LARGE = 'ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹｲｴ';

const TO_HALF_WIDTH = new Map<string, string>([
  ...[...FULL_KATAKANA].map((char, index): [string, string] => [char, HALF_KATAKANA[index]]),
  ...[...FULL_SMALL_AND_OBSOLETE].map((char, index): [string, string] => [char, HALF_LARGE[index]]),
]);

/** Hyphens, dashes and the long vowel mark: ー is not allowed in Zengin files and is written '-'. */
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\u30fc']);
const DAKUTEN = '\u3099';
const HANDAKUTEN = '\u309a';

/** One character (already NFKC-normalised) in Zengin form, or undefined when it has none. */
function zenginForm(char: string): string | undefined {
  if (/^[0-9A-Z()\-./ ]$/.test(char)) return char;
  if (/^[a-z]$/.test(char)) return char.toUpperCase();
  if (DASHES.has(char)) return '-';
  if (char === DAKUTEN) return 'ﾞ';
  if (char === HANDAKUTEN) return 'ﾟ';
  const code = char.codePointAt(0) ?? 0;
  // Hiragana ぁ–ゖ sit exactly 0x60 below their katakana.
  const katakana = code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : char;
  // ガ decomposes to カ + U+3099: voiced kana become two half-width characters, ｶﾞ (2 bytes).
  const [base, mark, extra] = [...katakana.normalize('NFD')];
  const half = TO_HALF_WIDTH.get(base);
  if (half === undefined || extra !== undefined) return undefined;
  if (mark === undefined) return half;
  if (mark === DAKUTEN) return `${half}ﾞ`;
  if (mark === HANDAKUTEN) return `${half}ﾟ`;
  return undefined;
}

/** Converts what it can; hands every character without a Zengin form to `unknown`. */
function convert(text: string, unknown: (char: string) => void): string {
  // NFKC turns full-width ASCII and half-width kana (ｶﾞ → ガ) into one form; the spacing marks ゛゜ would become
  // a space plus a combining mark, so they are made combining first (and then compose: カ゛ → ガ).
  const normalised = text.replace(/\u309b/g, DAKUTEN).replace(/\u309c/g, HANDAKUTEN).normalize('NFKC');
  let out = '';
  for (const char of normalised) {
    const form = zenginForm(char);
    if (form === undefined) unknown(char);
    else out += form;
  }
  return out;
}

/**
 * `'カブシキガイシャ\u3000ラック'` → `'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ'`. Throws, naming the character, when one has no Zengin form
 * (kanji, `,`, `・`, `&`…). Corporate abbreviations (株式会社 → ｶ)) are not made up here: they are part of the
 * registered account name, which the caller supplies.
 */
export function toZenginKana(text: string, field = 'text'): string {
  const converted = convert(text, (char) => {
    throw new ZenginFormatError(undefined, field, `${describeChar(char)} has no Zengin half-width form (in ${JSON.stringify(text)})`);
  });
  // Defensive: everything `zenginForm` returns must be writable, or encodeRecord would refuse it later, less clearly.
  for (const char of converted) if (!isWritableChar(char)) throw new ZenginFormatError(undefined, field, `${describeChar(char)} is not writable`);
  return converted;
}

const isSoundMark = (char: string | undefined) => char === 'ﾞ' || char === 'ﾟ';

/**
 * The longest prefix of `kana` within `bytes` Shift_JIS bytes. It never splits ｶ from its ﾞ (the ｶ goes too) and
 * never starts with a lone ﾞ or ﾟ, which a bank would show as a mark over nothing.
 */
export function fitBytes(kana: string, bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`bytes must be a non-negative integer, got ${bytes}`);
  const chars = [...kana];
  let used = 0;
  let end = 0;
  while (end < chars.length) {
    const size = iconv.encode(chars[end], 'Shift_JIS').length;
    if (used + size > bytes) break;
    used += size;
    end += 1;
  }
  while (end > 0 && end < chars.length && isSoundMark(chars[end])) end -= 1;
  let start = 0;
  while (start < end && isSoundMark(chars[start])) start += 1;
  return chars.slice(start, end).join('');
}

// Company-form words, removed for matching: before kana conversion in kanji, after it in kana (spelled out or
// abbreviated as banks register them: ｶ) before the name, (ｶ after it; ﾕ 有限会社, ﾄﾞ 合同会社).
const CORPORATE_WORDS = ['株式会社', '有限会社', '合同会社', '(株)', '(有)', '(同)'];
const CORPORATE_KANA = [
  'ｶﾌﾞｼｷｶﾞｲｼﾔ', 'ｶﾌﾞｼｷｶｲｼﾔ', 'ﾕｳｹﾞﾝｶﾞｲｼﾔ', 'ﾕｳｹﾞﾝｶｲｼﾔ', 'ｺﾞｳﾄﾞｳｶﾞｲｼﾔ', 'ｺﾞｳﾄﾞｳｶｲｼﾔ',
  '(ｶ)', '(ﾕ)', '(ﾄﾞ)', 'ｶ)', '(ｶ', 'ﾕ)', '(ﾕ', 'ﾄﾞ)', '(ﾄﾞ',
];

/**
 * A payee or payer name in one canonical form, for MATCHING only (never written to a file): lenient conversion
 * (characters without a Zengin form are dropped), no spaces, no company-form words, no leading 10-digit
 * 依頼人番号 (some notices prefix the payer name with it). '株式会社ラック', 'カ）ラツク', 'ｶ)ﾗﾂｸ' and 'ﾗﾂｸ(ｶ'
 * all become 'ﾗﾂｸ'.
 */
export function normalisePayeeName(name: string): string {
  let text = name.normalize('NFKC').replace(/^\s*[0-9]{10} /, '');
  for (const word of CORPORATE_WORDS) text = text.split(word).join('');
  let kana = convert(text, () => undefined).replace(/ /g, '');
  for (const token of CORPORATE_KANA) kana = kana.split(token).join('');
  return kana;
}
