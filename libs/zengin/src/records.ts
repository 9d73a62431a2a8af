/**
 * Physical records of a Zengin file: how they are separated (CRLF or nothing, research §1.5) and in which order
 * the record types come: one or more groups of header (1), data (2)*, trailer (8), then one end record (9).
 */
import { describeBytes, ZenginFormatError } from './errors';
import { RECORD_LENGTH_FIELD } from './layout';

/** CRLF after every record (accepted by every bank found) or no separator at all. */
export type Newline = 'CRLF' | 'none';

export const RECORD_TYPE_FIELD = 'データ区分 (recordType)';
const SEPARATOR_FIELD = 'レコード区切り (separator)';
const CR = 0x0d;
const LF = 0x0a;
const EOF = 0x1a;
const CRLF = Buffer.from([CR, LF]);

export function joinRecords(records: readonly Buffer[], newline: Newline): Buffer {
  if (newline === 'none') return Buffer.concat(records);
  return Buffer.concat(records.flatMap((record) => [record, CRLF]));
}

/**
 * Splits a file into records of `recordLength` bytes. A valid record never holds CR or LF (N fields are digits, C
 * fields 0x20–0x7E and 0xA1–0xDF), so a file without them is unseparated, and a file with them is CRLF-separated.
 * Tolerated: a final EOF byte 0x1A (old DOS tools append one) and a CRLF after the last record of an unseparated file.
 */
export function splitRecords(file: Buffer, recordLength: number): Buffer[] {
  const body = file.length > 0 && file[file.length - 1] === EOF ? file.subarray(0, -1) : file;
  if (body.length === 0) throw new ZenginFormatError(undefined, 'ファイル (file)', 'is empty');
  const endsWithCrlf = body.length >= 2 && body[body.length - 2] === CR && body[body.length - 1] === LF;
  const beforeFinalCrlf = endsWithCrlf ? body.subarray(0, -2) : body;
  if (!beforeFinalCrlf.includes(CR) && !beforeFinalCrlf.includes(LF)) return fixedLengthRecords(beforeFinalCrlf, recordLength);
  return crlfSeparatedRecords(body, recordLength);
}

function fixedLengthRecords(body: Buffer, recordLength: number): Buffer[] {
  const records: Buffer[] = [];
  for (let offset = 0; offset < body.length; offset += recordLength) {
    const record = body.subarray(offset, offset + recordLength);
    if (record.length !== recordLength) {
      const reason = `must be ${recordLength} bytes, got ${record.length} (the file has no CRLF separators and is ${body.length} bytes, not a multiple of ${recordLength})`;
      throw new ZenginFormatError(records.length + 1, RECORD_LENGTH_FIELD, reason);
    }
    records.push(record);
  }
  return records;
}

function crlfSeparatedRecords(body: Buffer, recordLength: number): Buffer[] {
  const records: Buffer[] = [];
  let offset = 0;
  while (offset < body.length) {
    const crlf = body.indexOf(CRLF, offset);
    const end = crlf === -1 ? body.length : crlf;
    const line = body.subarray(offset, end);
    const record = records.length + 1;
    const lone = line.findIndex((byte) => byte === CR || byte === LF);
    if (lone !== -1) {
      const which = line[lone] === CR ? 'CR' : 'LF';
      throw new ZenginFormatError(record, SEPARATOR_FIELD, `lone ${which} at byte ${lone + 1} of the record; records are separated by CRLF or by nothing`);
    }
    if (line.length !== recordLength) {
      throw new ZenginFormatError(record, RECORD_LENGTH_FIELD, `must be ${recordLength} bytes, got ${line.length}`);
    }
    records.push(line);
    offset = crlf === -1 ? body.length : crlf + 2;
  }
  return records;
}

/** A record with its 1-based number in the file, so that every later error can name it. */
export interface NumberedRecord {
  readonly record: number;
  readonly bytes: Buffer;
}

export interface RecordGroup {
  readonly header: NumberedRecord;
  readonly data: NumberedRecord[];
  readonly trailer: NumberedRecord;
}

export interface GroupedRecords {
  readonly groups: RecordGroup[];
  readonly end: NumberedRecord;
}

/** Checks the order of record types (byte 1) and groups them; the fields are decoded by the file's own module. */
export function groupRecords(records: readonly Buffer[]): GroupedRecords {
  const groups: RecordGroup[] = [];
  let open: { header: NumberedRecord; data: NumberedRecord[] } | undefined;
  let end: NumberedRecord | undefined;
  for (const [index, bytes] of records.entries()) {
    const numbered = { record: index + 1, bytes };
    const fail = (reason: string) => new ZenginFormatError(numbered.record, RECORD_TYPE_FIELD, reason);
    const type = String.fromCharCode(bytes[0]);
    if (end) throw fail(`no record may follow the end record (9) at record ${end.record}`);
    if (type === '1') {
      if (open) throw fail(`a header (1) cannot start a group before the trailer (8) of the group that starts at record ${open.header.record}`);
      open = { header: numbered, data: [] };
    } else if (type === '2') {
      if (!open) throw fail('a data record (2) must follow a header (1)');
      open.data.push(numbered);
    } else if (type === '8') {
      if (!open) throw fail('a trailer (8) must follow a header (1) and its data records');
      groups.push({ header: open.header, data: open.data, trailer: numbered });
      open = undefined;
    } else if (type === '9') {
      if (open) throw fail(`the end record (9) comes before the trailer (8) of the group that starts at record ${open.header.record}`);
      if (groups.length === 0) throw fail('the end record (9) comes before any header (1)');
      end = numbered;
    } else {
      throw fail(`must be 1, 2, 8 or 9, got ${describeBytes(bytes.subarray(0, 1))}`);
    }
  }
  if (!end) throw new ZenginFormatError(records.length, RECORD_TYPE_FIELD, 'the file ends without an end record (9)');
  return { groups, end };
}
