/**
 * Which characters a Zengin C (character) field may hold. Writing and reading differ on purpose: the writer uses
 * the narrow set every bank accepts (research §3: banks disagree on `,`, small kana and `ｰ`), the reader accepts
 * whatever single-byte JIS X 0201 a bank may send back.
 */

/** `0-9 A-Z ｱ-ﾝ ｦ ﾞ ﾟ ( ) - . /` and space: U+FF71–FF9D (ｱ–ﾝ) and U+FF9E/FF9F (ﾞ ﾟ) form one range. */
const WRITABLE = /^[0-9A-Z\uFF66\uFF71-\uFF9F()\-./ ]$/;

export const WRITABLE_CHARACTERS = '0-9, A-Z, half-width kana ｱ-ﾝ and ｦ, ﾞ, ﾟ, ( ) - . / and space';

export function isWritableChar(char: string): boolean {
  return WRITABLE.test(char);
}

/** A character as an error shows it: `'株' (U+682A)`, so an invisible or look-alike character is still identifiable. */
export function describeChar(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return `'${char}' (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Printable ASCII (0x20–0x7E) or a half-width kana byte (0xA1–0xDF): what a bank's C field may contain. */
export function isReadableByte(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || (byte >= 0xa1 && byte <= 0xdf);
}

/** The first byte of a Shift_JIS double-byte character (kanji, full-width kana): never valid in a Zengin file. */
export function isShiftJisLeadByte(byte: number): boolean {
  return (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);
}
