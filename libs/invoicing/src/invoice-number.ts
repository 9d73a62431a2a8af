/**
 * Invoice numbers as partners actually type them. One invoice reaches the hub as `LAC-INV-0042` from the
 * adapter, `ＬＡＣ－ＩＮＶ－００４２` from a Shift_JIS CSV keyed in with a Japanese IME, and `LAC INV 0042` on a
 * credit note that refers back to it. The hub refuses the same partner invoice twice and matches credit notes
 * to invoices, so it compares numbers by what identifies them — letters and digits in order — and not by how
 * they were separated or which width they were typed in.
 *
 * The steps, in this order:
 * 1. NFKC: full-width Latin and digits to ASCII (Ｌ → L, ０ → 0), half-width katakana to full-width
 *    (ｶ → カ, ｰ → ー), ideographic space to space, compatibility forms (№ → No, ① → 1).
 * 2. Upper case, locale-free (`lac` and `LAC` are one number).
 * 3. Drop separators, which carry no identity:
 *    - \p{P}, every punctuation character: hyphens and dashes of all kinds (U+2010–U+2015, U+FF0D, 〜 U+301C),
 *      `_ . / # : , ( ) [ ] ・ 、 。` and quotes. Letters are never dropped, so `No.42` keeps its `NO`: only the dot goes.
 *    - \p{Z} and \s, every space (the ideographic space U+3000 included, tabs and line breaks from CSV cells).
 *    - \p{Cf}, invisible format characters (zero-width space, soft hyphen, BOM) that copy-paste from PDFs leaves.
 *    - From \p{S} (symbols), only those that stand in for a hyphen: − U+2212 (how a JIS table decodes the
 *      Shift_JIS minus 0x817C, which cp932 decodes as U+FF0D), ˗ U+02D7, ➖ U+2796, ─ U+2500 and ━ U+2501 (what
 *      typing けいせん gives), and ~ (U+FF5E after NFKC: cp932's decoding of the Shift_JIS wave dash 0x8160,
 *      which JIS tables decode as 〜 U+301C, already dropped as punctuation; both decodings must agree).
 *      Other symbols (+ = < > | ^ ` ¥ $ and the like) are kept: they are not written as separators, and
 *      `A+1` and `A1` may well be two invoices.
 *    - ー U+30FC (katakana prolonged sound mark, a letter, \p{Lm}) where it is used as a dash: anywhere it
 *      does not follow kana. After kana it is part of the word (データ) and stays.
 * Leading zeros are digits, so `LAC-INV-0042` and `LAC-INV-42` stay two numbers.
 */

const SEPARATORS = /[\p{P}\p{Z}\s\p{Cf}\u2212\u02D7\u2796\u2500\u2501~]/gu;
// ー not preceded by hiragana or katakana. ー itself is Script=Common, so in `ーー` neither counts as kana.
const PROLONGED_SOUND_MARK_AS_DASH = /(?<![\p{Script=Hiragana}\p{Script=Katakana}])\u30FC/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `ＬＡＣ－ＩＮＶ－００４２` → `LACINV0042`. */
export function normaliseInvoiceNumber(value: string): string {
  return value
    .normalize('NFKC')
    .toUpperCase()
    .replace(PROLONGED_SOUND_MARK_AS_DASH, '')
    .replace(SEPARATORS, '')
    .normalize('NFKC'); // a dropped zero-width character can leave e + ◌́ to compose: keep the result stable
}

/**
 * Whether two invoice numbers name the same invoice. A number with no letter or digit identifies nothing,
 * so it is the same as no other (not even itself): `-` and `--` are not one invoice.
 */
export function sameInvoiceNumber(a: string, b: string): boolean {
  const left = normaliseInvoiceNumber(a);
  return hasLetterOrDigit(left) && left === normaliseInvoiceNumber(b);
}

/** What the validators ask of an invoice number: at least one letter or digit once separators are gone. */
export function hasLetterOrDigit(normalised: string): boolean {
  return LETTER_OR_DIGIT.test(normalised);
}
