import * as iconv from 'iconv-lite';
import { ZenginFormatError } from './errors';
import { toZenginKana } from './kana';
import { readTransferFile, writeTransferFile } from './transfer-file';
import type { TransferFile } from './transfer-types';

const TODAY = '2026-11-27';

const sample: TransferFile = {
  header: {
    payerCode: '12345',
    payerName: 'ﾄｳｷﾖｳｶｲｼﾞﾖｳ(ｶ',
    transferDate: '2026-12-01',
    bankCode: '0005',
    bankName: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ',
    branchCode: '001',
    branchName: 'ﾎﾝﾃﾝ',
    accountType: '1',
    accountNumber: '1234567',
  },
  records: [
    {
      bankCode: '0001',
      bankName: 'ﾐｽﾞﾎ',
      branchCode: '110',
      branchName: 'ﾄｳｷﾖｳ',
      accountType: '1',
      accountNumber: '7654321',
      payeeName: toZenginKana('カ）ラック'),
      amountYen: 1_234_567,
      ediInfo: 'PAYOUT-2026-000123',
    },
    { bankCode: '0009', branchCode: '220', accountType: '2', accountNumber: '0000042', payeeName: toZenginKana('ガッコウホウジン　パブロ'), amountYen: 50_000, ediInfo: 'CLAIM 77/8.9' },
    { bankCode: '0010', branchCode: '333', accountType: '4', accountNumber: '42', payeeName: 'ﾔﾏﾀﾞ ﾀﾛｳ', amountYen: 9_999_999_999, customerCode1: '123', customerCode2: '9876543210', transferKind: '8' },
    { bankCode: '0033', branchCode: '001', accountType: '9', accountNumber: '1', payeeName: 'ｳﾞｲｸﾄﾘｱ', amountYen: 1 },
  ],
};

/** Record n (1-based) of a CRLF-separated 120-byte file. */
const recordOf = (file: Buffer, n: number) => file.subarray((n - 1) * 122, (n - 1) * 122 + 120);
/** Bytes from..to (1-based, inclusive, as the published tables number them) as text. */
const at = (record: Buffer, from: number, to: number) => record.subarray(from - 1, to).toString('latin1');
const sjis = (text: string) => iconv.encode(text, 'Shift_JIS').toString('latin1');

function caught(work: () => unknown): ZenginFormatError {
  try {
    work();
  } catch (error) {
    if (error instanceof ZenginFormatError) return error;
    throw error;
  }
  throw new Error('expected a ZenginFormatError');
}

describe('writeTransferFile, checked against the published byte positions (research §1)', () => {
  const file = writeTransferFile(sample);

  it('writes 120-byte records, each followed by CRLF', () => {
    expect(file).toHaveLength(7 * 122);
    for (let n = 1; n <= 7; n += 1) expect(at(file, n * 122 - 1, n * 122)).toBe('\r\n');
  });

  it('header: 1, 21, 0, payer code 5–14, name 15–54, MMDD 55–58, bank 59–62/63–77, branch 78–80/81–95, account 96/97–103', () => {
    const header = recordOf(file, 1);
    expect([at(header, 1, 1), at(header, 2, 3), at(header, 4, 4), at(header, 5, 14)]).toEqual(['1', '21', '0', '0000012345']);
    expect(at(header, 15, 54)).toBe(sjis('ﾄｳｷﾖｳｶｲｼﾞﾖｳ(ｶ'.padEnd(40)));
    expect(at(header, 55, 58)).toBe('1201');
    expect([at(header, 59, 62), at(header, 63, 77)]).toEqual(['0005', sjis('ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'.padEnd(15))]);
    expect([at(header, 78, 80), at(header, 81, 95)]).toEqual(['001', sjis('ﾎﾝﾃﾝ'.padEnd(15))]);
    expect([at(header, 96, 96), at(header, 97, 103), at(header, 104, 120)]).toEqual(['1', '1234567', ' '.repeat(17)]);
  });

  it('data with EDI: amount 81–90, 新規コード 91, EDI 92–111, 振込指定区分 112, Y at 113', () => {
    const data = recordOf(file, 2);
    expect([at(data, 1, 1), at(data, 2, 5), at(data, 6, 20)]).toEqual(['2', '0001', sjis('ﾐｽﾞﾎ'.padEnd(15))]);
    expect([at(data, 21, 23), at(data, 24, 38), at(data, 39, 42)]).toEqual(['110', sjis('ﾄｳｷﾖｳ'.padEnd(15)), '0000']);
    expect([at(data, 43, 43), at(data, 44, 50)]).toEqual(['1', '7654321']);
    expect(data.subarray(50, 80)).toEqual(Buffer.from([0xb6, 0x29, 0xd7, 0xc2, 0xb8, ...Array(25).fill(0x20)]));
    expect([at(data, 81, 90), at(data, 91, 91)]).toEqual(['0001234567', '0']);
    expect([at(data, 92, 111), at(data, 112, 112), at(data, 113, 113), at(data, 114, 120)]).toEqual(['PAYOUT-2026-000123  ', '7', 'Y', ' '.repeat(7)]);
  });

  it('data with 顧客コード: codes at 92–101 and 102–111, a space at 113; voiced kana as two bytes', () => {
    const data = recordOf(file, 4);
    expect([at(data, 44, 50), at(data, 81, 90)]).toEqual(['0000042', '9999999999']);
    expect([at(data, 92, 101), at(data, 102, 111), at(data, 112, 112), at(data, 113, 113)]).toEqual(['0000000123', '9876543210', '8', ' ']);
    expect(recordOf(file, 3).subarray(50, 56)).toEqual(Buffer.from([0xb6, 0xde, 0xc2, 0xba, 0xb3, 0xce]));
    expect(at(recordOf(file, 5), 92, 113)).toBe(' '.repeat(20) + '7 ');
  });

  it('trailer: count 2–7 and total 8–19, computed; end record: 9 and spaces', () => {
    const trailer = recordOf(file, 6);
    expect([at(trailer, 1, 1), at(trailer, 2, 7), at(trailer, 8, 19), at(trailer, 20, 120)]).toEqual(['8', '000004', '010001284567', ' '.repeat(101)]);
    expect(at(recordOf(file, 7), 1, 120)).toBe('9' + ' '.repeat(119));
  });

  it('writes no separator at all when asked', () => {
    const none = writeTransferFile(sample, { newline: 'none' });
    expect(none).toHaveLength(7 * 120);
    expect(none.subarray(120, 240)).toEqual(recordOf(file, 2));
  });
});

describe('readTransferFile', () => {
  it('reads a header assembled column by column from the published table', () => {
    const header =
      '1' + '21' + '0' + '0000012345' + 'ﾄｳｷｮｳｶｲｼﾞｮｳ'.padEnd(40) + '1127' + '0005' + 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'.padEnd(15) + '001' + 'ﾎﾝﾃﾝ'.padEnd(15) + '1' + '1234567' + ' '.repeat(17);
    const data =
      '2' + '0001' + 'ﾐｽﾞﾎ'.padEnd(15) + '110' + ''.padEnd(15) + '0000' + '1' + '7654321' + 'ｶ)ﾗﾂｸ'.padEnd(30) + '0000012000' + '0' + 'PAYOUT-1'.padEnd(20) + '7' + 'Y' + ' '.repeat(7);
    const trailer = '8' + '000001' + '000000012000' + ' '.repeat(101);
    const end = '9' + ' '.repeat(119);
    const lines = [header, data, trailer, end];
    expect(lines.map((line) => iconv.encode(line, 'Shift_JIS').length)).toEqual([120, 120, 120, 120]);

    const { groups } = readTransferFile(iconv.encode(lines.join('\r\n') + '\r\n', 'Shift_JIS'), { today: TODAY });
    expect(groups).toHaveLength(1);
    expect(groups[0].header).toEqual({
      typeCode: '21',
      codeKind: '0',
      payerCode: '0000012345',
      payerName: 'ﾄｳｷｮｳｶｲｼﾞｮｳ',
      transferMonthDay: '1127',
      transferDate: '2026-11-27',
      bankCode: '0005',
      bankName: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ',
      branchCode: '001',
      branchName: 'ﾎﾝﾃﾝ',
      accountType: '1',
      accountNumber: '1234567',
    });
    expect(groups[0].records).toEqual([
      {
        bankCode: '0001', bankName: 'ﾐｽﾞﾎ', branchCode: '110', branchName: '', clearingHouse: '0000', accountType: '1', accountNumber: '7654321',
        payeeName: 'ｶ)ﾗﾂｸ', amountYen: 12000, newCode: '0', transferKind: '7', ediInfo: 'PAYOUT-1',
      },
    ]);
    expect(groups[0].trailer).toEqual({ count: 1, totalYen: 12000 });
  });

  it('returns only the MMDD when no today is given', () => {
    const { header } = readTransferFile(writeTransferFile(sample)).groups[0];
    expect(header.transferMonthDay).toBe('1201');
    expect(header).not.toHaveProperty('transferDate');
  });

  it.each(['CRLF', 'none'] as const)('round-trips byte for byte (%s)', (newline) => {
    const first = writeTransferFile(sample, { newline });
    const { groups } = readTransferFile(first, { today: TODAY });
    const { header, records } = groups[0];
    expect(header.transferDate).toBe('2026-12-01');
    expect(records.map((record) => record.payeeName)).toEqual(['ｶ)ﾗﾂｸ', 'ｶﾞﾂｺｳﾎｳｼﾞﾝ ﾊﾟﾌﾞﾛ', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'ｳﾞｲｸﾄﾘｱ']);
    expect(records.map((record) => record.ediInfo)).toEqual(['PAYOUT-2026-000123', 'CLAIM 77/8.9', undefined, undefined]);
    expect(records[2]).toMatchObject({ customerCode1: '0000000123', customerCode2: '9876543210', transferKind: '8' });
    expect(records[3]).toMatchObject({ customerCode1: '', customerCode2: '' });
    const second = writeTransferFile({ header: { ...header, transferDate: header.transferDate ?? '' }, records }, { newline });
    expect(second.equals(first)).toBe(true);
  });

  it('reads several header…trailer groups before one end record, with a final EOF byte', () => {
    const one = writeTransferFile(sample);
    const two = writeTransferFile({ ...sample, records: sample.records.slice(1, 2) });
    const multi = Buffer.concat([one.subarray(0, 6 * 122), two, Buffer.from([0x1a])]);
    const { groups } = readTransferFile(multi);
    expect(groups.map((group) => group.trailer)).toEqual([{ count: 4, totalYen: 10_001_284_567 }, { count: 1, totalYen: 50_000 }]);
  });
});

describe('errors name the record and the field', () => {
  const file = () => Buffer.from(writeTransferFile(sample));

  it('a trailer total that differs from the data records', () => {
    const broken = file();
    broken.write('000000012000', 5 * 122 + 7, 'latin1');
    expect(caught(() => readTransferFile(broken))).toMatchObject({ record: 6, field: '合計金額 (totalYen)', reason: 'total 12000 differs from the sum of data records 10001284567' });
  });

  it('a trailer count that differs from the data records', () => {
    const broken = file();
    broken.write('000003', 5 * 122 + 1, 'latin1');
    expect(caught(() => readTransferFile(broken))).toMatchObject({ record: 6, field: '合計件数 (count)', reason: 'count 3 differs from the number of data records 4' });
  });

  it('a record of the wrong length', () => {
    const broken = Buffer.concat([file().subarray(0, 122 + 119), file().subarray(122 + 120)]);
    expect(caught(() => readTransferFile(broken))).toMatchObject({ record: 2, field: 'レコード長 (recordLength)', reason: 'must be 120 bytes, got 119' });
  });

  it('a lone LF', () => {
    const broken = file();
    broken[2 * 122 + 120] = 0x20;
    expect(caught(() => readTransferFile(broken))).toMatchObject({ record: 3, field: 'レコード区切り (separator)' });
  });

  it('a non-digit in an N field, read or written', () => {
    const broken = file();
    broken.write('00012A4567', 122 + 80, 'latin1');
    expect(caught(() => readTransferFile(broken))).toMatchObject({ record: 2, field: '振込金額 (amountYen)', reason: 'must be digits, got "00012A4567"' });
    const written = caught(() => writeTransferFile({ ...sample, records: [{ ...sample.records[0], accountNumber: '12-3456' }] }));
    expect(written).toMatchObject({ record: 2, field: '口座番号 (accountNumber)', reason: 'must be digits, got "12-3456"' });
  });

  it('a kanji in a C field on write: the field and the character, not a "?" in the file', () => {
    const error = caught(() => writeTransferFile({ ...sample, records: [sample.records[0], { ...sample.records[1], payeeName: '株式会社ラック' }] }));
    expect(error).toMatchObject({ record: 3, field: '受取人名 (payeeName)' });
    expect(error.reason).toMatch(/^'株' \(U\+682A\) cannot be written/);
    expect(caught(() => writeTransferFile({ ...sample, header: { ...sample.header, payerName: 'ﾄｳｷｮｳ' } }))).toMatchObject({ record: 1, field: '振込依頼人名 (payerName)' });
  });

  it('a Shift_JIS kanji in a C field on read', () => {
    const broken = file();
    iconv.encode('株', 'Shift_JIS').copy(broken, 122 + 50);
    const error = caught(() => readTransferFile(broken));
    expect(error).toMatchObject({ record: 2, field: '受取人名 (payeeName)' });
    expect(error.reason).toMatch(/double-byte character .* at byte 51/);
  });

  it('an amount too large, fractional or negative', () => {
    const withAmount = (amountYen: number) => caught(() => writeTransferFile({ ...sample, records: [{ ...sample.records[0], amountYen }] }));
    expect(withAmount(10_000_000_000)).toMatchObject({ record: 2, field: '振込金額 (amountYen)', reason: 'must fit 10 digits (at most 9999999999), got 10000000000' });
    expect(withAmount(100.5)).toMatchObject({ record: 2, field: '振込金額 (amountYen)', reason: 'must be a whole, non-negative number of yen, got 100.5' });
    expect(withAmount(-1)).toMatchObject({ record: 2, field: '振込金額 (amountYen)' });
  });

  it('a transfer date that is not a real date, and codes outside the layout', () => {
    expect(caught(() => writeTransferFile({ ...sample, header: { ...sample.header, transferDate: '2026-02-30' } }))).toMatchObject({ record: 1, field: '振込指定日 (transferMonthDay)' });
    const badType = { ...sample.records[0], accountType: '3' } as unknown as TransferFile['records'][number];
    expect(caught(() => writeTransferFile({ ...sample, records: [badType] }))).toMatchObject({ record: 2, field: '預金種目 (accountType)', reason: "must be one of '1', '2', '4', '9', got \"3\"" });
    const both = { ...sample.records[0], customerCode1: '1' } as unknown as TransferFile['records'][number];
    expect(caught(() => writeTransferFile({ ...sample, records: [both] }))).toMatchObject({ record: 2, field: 'EDI情報 (ediInfo)' });
  });

  it('a 識別表示 other than Y or a space on read', () => {
    const broken = file();
    broken.write('X', 122 + 112, 'latin1');
    expect(caught(() => readTransferFile(broken))).toMatchObject({ record: 2, field: '識別表示 (identification)', reason: "must be 'Y' (EDI情報) or a space (顧客コード), got \"X\"" });
  });
});
