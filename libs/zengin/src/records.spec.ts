import { ZenginFormatError } from './errors';
import { groupRecords, joinRecords, splitRecords } from './records';

const record = (type: string, fill = 'A') => Buffer.from(type + fill.repeat(9), 'latin1');
const RECORDS = [record('1'), record('2'), record('8'), record('9')];
const CRLF = Buffer.from('\r\n', 'latin1');

function caught(work: () => unknown): ZenginFormatError {
  try {
    work();
  } catch (error) {
    if (error instanceof ZenginFormatError) return error;
    throw error;
  }
  throw new Error('expected a ZenginFormatError');
}

describe('splitRecords', () => {
  it('reads CRLF-separated and unseparated files alike', () => {
    expect(splitRecords(joinRecords(RECORDS, 'CRLF'), 10)).toEqual(RECORDS);
    expect(splitRecords(joinRecords(RECORDS, 'none'), 10)).toEqual(RECORDS);
    expect(joinRecords(RECORDS, 'CRLF')).toHaveLength(4 * 12);
  });

  it('tolerates a final EOF 0x1A, a missing final CRLF, and a trailing CRLF after an unseparated file', () => {
    const eof = Buffer.from([0x1a]);
    expect(splitRecords(Buffer.concat([joinRecords(RECORDS, 'CRLF'), eof]), 10)).toEqual(RECORDS);
    expect(splitRecords(Buffer.concat([joinRecords(RECORDS, 'none'), eof]), 10)).toEqual(RECORDS);
    expect(splitRecords(joinRecords(RECORDS, 'CRLF').subarray(0, -2), 10)).toEqual(RECORDS);
    expect(splitRecords(Buffer.concat([joinRecords(RECORDS, 'none'), CRLF]), 10)).toEqual(RECORDS);
    expect(splitRecords(Buffer.concat([joinRecords(RECORDS, 'none'), CRLF, eof]), 10)).toEqual(RECORDS);
  });

  it('refuses a lone LF or CR, naming the record', () => {
    const lf = Buffer.concat([RECORDS[0], CRLF, RECORDS[1], Buffer.from('\n'), RECORDS[2], CRLF]);
    expect(caught(() => splitRecords(lf, 10))).toMatchObject({ record: 2, field: 'レコード区切り (separator)' });
    expect(caught(() => splitRecords(lf, 10)).reason).toMatch(/^lone LF at byte 11/);
    const unseparatedWithLf = Buffer.concat([RECORDS[0], RECORDS[1], Buffer.from('\n')]);
    expect(caught(() => splitRecords(unseparatedWithLf, 10)).reason).toMatch(/^lone LF/);
    const cr = Buffer.concat([RECORDS[0], Buffer.from('\r'), RECORDS[1]]);
    expect(caught(() => splitRecords(cr, 10))).toMatchObject({ record: 1 });
    expect(caught(() => splitRecords(cr, 10)).reason).toMatch(/^lone CR/);
  });

  it('refuses a record of the wrong length, in either form', () => {
    const short = Buffer.concat([RECORDS[0], CRLF, RECORDS[1].subarray(0, 9), CRLF, RECORDS[2], CRLF]);
    expect(caught(() => splitRecords(short, 10))).toMatchObject({ record: 2, field: 'レコード長 (recordLength)', reason: 'must be 10 bytes, got 9' });
    const unseparated = joinRecords(RECORDS, 'none').subarray(0, -1);
    expect(caught(() => splitRecords(unseparated, 10))).toMatchObject({ record: 4, field: 'レコード長 (recordLength)' });
    expect(caught(() => splitRecords(unseparated, 10)).reason).toMatch(/^must be 10 bytes, got 9/);
    expect(caught(() => splitRecords(Buffer.alloc(0), 10)).reason).toBe('is empty');
  });
});

describe('groupRecords', () => {
  it('groups 1 2* 8 repeatedly before one 9', () => {
    const grouped = groupRecords([record('1'), record('2'), record('2'), record('8'), record('1'), record('8'), record('9')]);
    expect(grouped.groups.map((group) => [group.header.record, group.data.map((data) => data.record), group.trailer.record])).toEqual([
      [1, [2, 3], 4],
      [5, [], 6],
    ]);
    expect(grouped.end.record).toBe(7);
  });

  it.each([
    [['2', '8', '9'], 1, /must follow a header/],
    [['1', '2', '9'], 3, /before the trailer \(8\) of the group that starts at record 1/],
    [['1', '1', '8', '9'], 2, /cannot start a group/],
    [['1', '8', '9', '2'], 4, /no record may follow the end record/],
    [['1', '8'], 2, /ends without an end record/],
    [['1', '3', '8', '9'], 2, /must be 1, 2, 8 or 9, got "3"/],
    [['9'], 1, /before any header/],
  ])('refuses the order %j at record %i', (types, recordNo, reason) => {
    const error = caught(() => groupRecords(types.map((type) => record(type))));
    expect(error).toMatchObject({ record: recordNo, field: 'データ区分 (recordType)' });
    expect(error.reason).toMatch(reason);
  });
});
