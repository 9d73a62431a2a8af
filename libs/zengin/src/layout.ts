/**
 * A declarative fixed-length record layout, and the one place where values become bytes and bytes become values.
 * Records stay Buffers and fields are sliced by BYTE offset: decoding a whole file to a string first would break
 * on 0x5C/0x7E (they do not round-trip through Shift_JIS as strings) and would count characters, not bytes.
 */
import * as iconv from 'iconv-lite';
import { describeChar, isReadableByte, isShiftJisLeadByte, isWritableChar, WRITABLE_CHARACTERS } from './charset';
import { describeBytes, ZenginFormatError } from './errors';

/** N: half-width digits, right-aligned, zero-filled. C: half-width characters, left-aligned, space-filled. */
export type FieldType = 'N' | 'C';

export interface FieldSpec<K extends string = string> {
  /** The codec's English name for the value (the property of the typed record it becomes). */
  readonly key: K;
  /** The name in the published layout, so that an error can be checked against the bank's spec. */
  readonly name: string;
  /** 1-based byte position, as the published tables give it. */
  readonly start: number;
  readonly length: number;
  readonly type: FieldType;
  /** N fields only: the bank may leave it blank (all spaces); read as '', and '' is written as spaces. */
  readonly optional?: boolean;
}

export interface RecordLayout<K extends string = string> {
  readonly name: string;
  readonly recordLength: number;
  readonly fields: readonly FieldSpec<K>[];
}

export type RecordValues<K extends string> = Record<K, string>;
export type RecordInput<K extends string> = Partial<Record<K, string>>;

export const RECORD_LENGTH_FIELD = 'レコード長 (recordLength)';

export function fieldLabel(field: FieldSpec): string {
  return `${field.name} (${field.key})`;
}

/** What is wrong with a layout: fields must start at byte 1, follow each other without gap or overlap, and fill it. */
export function layoutProblems(layout: RecordLayout): string[] {
  const problems: string[] = [];
  let next = 1;
  const keys = new Set<string>();
  for (const field of layout.fields) {
    if (field.start !== next) problems.push(`${fieldLabel(field)} starts at byte ${field.start}, expected ${next}`);
    if (!Number.isInteger(field.length) || field.length < 1) problems.push(`${fieldLabel(field)} has length ${field.length}`);
    if (field.optional && field.type !== 'N') problems.push(`${fieldLabel(field)}: only N fields can be optional`);
    if (keys.has(field.key)) problems.push(`${field.key} appears twice`);
    keys.add(field.key);
    next = field.start + field.length;
  }
  const total = layout.fields.reduce((sum, field) => sum + field.length, 0);
  if (total !== layout.recordLength) problems.push(`field widths sum to ${total}, not ${layout.recordLength}`);
  return problems;
}

/** Defines a layout and checks it when the module loads, so a typo in a table can never reach a bank. */
export function defineLayout<K extends string>(name: string, recordLength: number, fields: readonly FieldSpec<K>[]): RecordLayout<K> {
  const layout: RecordLayout<K> = { name, recordLength, fields };
  const problems = layoutProblems(layout);
  if (problems.length > 0) throw new Error(`Zengin layout ${name}: ${problems.join('; ')}`);
  return layout;
}

/** One record as bytes. Missing C values are spaces; a missing required N value is an error, never zeros. */
export function encodeRecord<K extends string>(layout: RecordLayout<K>, values: RecordInput<K>, record?: number): Buffer {
  const parts = layout.fields.map((field) => encodeField(field, values[field.key], record));
  return Buffer.concat(parts, layout.recordLength);
}

function encodeField(field: FieldSpec, value: string | undefined, record: number | undefined): Buffer {
  const fail = (reason: string) => new ZenginFormatError(record, fieldLabel(field), reason);
  if (field.type === 'N') {
    if (value === undefined || value === '') {
      if (field.optional) return Buffer.alloc(field.length, 0x20);
      throw fail('is required');
    }
    if (!/^[0-9]+$/.test(value)) throw fail(`must be digits, got ${JSON.stringify(value)}`);
    // Numbers are never truncated: a cut amount or account number would pay the wrong sum or the wrong person.
    if (value.length > field.length) throw fail(`must fit ${field.length} digits (at most ${'9'.repeat(field.length)}), got ${value}`);
    return Buffer.from(value.padStart(field.length, '0'), 'latin1');
  }
  const text = value ?? '';
  // iconv-lite turns an unencodable character into '?' without a word, so every character is checked first.
  for (const char of text) {
    if (!isWritableChar(char)) throw fail(`${describeChar(char)} cannot be written to a Zengin file (allowed: ${WRITABLE_CHARACTERS})`);
  }
  const bytes = iconv.encode(text, 'Shift_JIS');
  if (bytes.length > field.length) throw fail(`is ${bytes.length} bytes, longer than the field's ${field.length} (shorten it with fitBytes)`);
  return Buffer.concat([bytes, Buffer.alloc(field.length - bytes.length, 0x20)], field.length);
}

/** One record's values: N fields as their digits ('' when an optional one is blank), C fields with trailing spaces trimmed. */
export function decodeRecord<K extends string>(layout: RecordLayout<K>, buffer: Buffer, record: number): RecordValues<K> {
  if (buffer.length !== layout.recordLength) {
    throw new ZenginFormatError(record, RECORD_LENGTH_FIELD, `must be ${layout.recordLength} bytes, got ${buffer.length}`);
  }
  const values = {} as RecordValues<K>;
  for (const field of layout.fields) {
    const bytes = buffer.subarray(field.start - 1, field.start - 1 + field.length);
    values[field.key] = field.type === 'N' ? decodeDigits(field, bytes, record) : decodeText(field, bytes, record);
  }
  return values;
}

function decodeDigits(field: FieldSpec, bytes: Buffer, record: number): string {
  if (field.optional && bytes.every((byte) => byte === 0x20)) return '';
  if (!bytes.every((byte) => byte >= 0x30 && byte <= 0x39)) {
    throw new ZenginFormatError(record, fieldLabel(field), `must be digits, got ${describeBytes(bytes)}`);
  }
  return bytes.toString('latin1');
}

function decodeText(field: FieldSpec, bytes: Buffer, record: number): string {
  const bad = bytes.findIndex((byte) => !isReadableByte(byte));
  if (bad !== -1) {
    const byte = bytes[bad];
    const position = field.start + bad;
    const what = isShiftJisLeadByte(byte)
      ? `holds a Shift_JIS double-byte character (lead byte 0x${byte.toString(16)}) at byte ${position}; only half-width characters are allowed`
      : `holds byte 0x${byte.toString(16).padStart(2, '0')} at byte ${position}, which is not a half-width character`;
    throw new ZenginFormatError(record, fieldLabel(field), what);
  }
  return iconv.decode(bytes, 'Shift_JIS').replace(/ +$/, '');
}

/** An amount as the digits of an N field. Whether it fits the field is checked by encodeRecord. */
export function yenDigits(amountYen: number, field: string): string {
  if (!Number.isSafeInteger(amountYen) || amountYen < 0) {
    throw new ZenginFormatError(undefined, field, `must be a whole, non-negative number of yen, got ${amountYen}`);
  }
  return String(amountYen);
}

/** The digits of an N field as a number: at most 14 digits in any layout, so always a safe integer. */
export function digitsToNumber(digits: string): number {
  return Number(digits);
}

/** a + b for yen totals, refusing to go past exact integer arithmetic instead of rounding silently. */
export function addYen(a: number, b: number, field: string): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new ZenginFormatError(undefined, field, `sum ${a} + ${b} is beyond exact integer arithmetic`);
  return sum;
}

/** The error label of a layout's field, e.g. `振込金額 (amountYen)`, so conversions name fields as the layout does. */
export function labelOf<K extends string>(layout: RecordLayout<K>, key: K): string {
  const field = layout.fields.find((candidate) => candidate.key === key);
  return field ? fieldLabel(field) : key;
}

/** A code field's value, refused when it is not one the layout defines. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ZenginFormatError(undefined, field, `must be one of ${allowed.map((code) => `'${code}'`).join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}
