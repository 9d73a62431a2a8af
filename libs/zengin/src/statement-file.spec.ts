import * as iconv from 'iconv-lite';
import { ZenginFormatError } from './errors';
import { normalisePayeeName, toZenginKana } from './kana';
import { readStatementFile, writeStatementFile } from './statement-file';
import type { StatementAccountInput } from './statement-types';

const TODAY = '2026-11-27';

const current: StatementAccountInput = {
  header: {
    createdDate: '2026-11-27',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-26',
    bankCode: '0005',
    bankName: 'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ',
    branchCode: '001',
    branchName: 'ﾎﾝﾃﾝ',
    accountType: '1',
    accountNumber: '1234567',
    accountName: toZenginKana('トウキョウカイジョウ'),
    overdraft: '1',
    bookKind: '1',
    openingBalanceYen: 5_000_000,
  },
  entries: [
    {
      inquiryNumber: '1',
      accountDate: '2026-11-02',
      valueDate: '2026-11-02',
      direction: 'deposit',
      transactionKind: '11',
      amountYen: 120_000,
      counterpartyCode: '12345',
      counterpartyName: toZenginKana('カブシキガイシャ\u3000ラック'),
      bankName: 'ﾐｽﾞﾎ',
      branchName: 'ﾄｳｷﾖｳ',
      ediInfo: 'INV-2026-0042',
    },
    { inquiryNumber: '2', accountDate: '2026-11-10', valueDate: '2026-11-10', direction: 'withdrawal', transactionKind: '11', amountYen: 1_284_568, description: 'ｿｳｺﾞｳﾌﾘｺﾐ' },
    { inquiryNumber: '3', accountDate: '2026-11-20', valueDate: '2026-11-20', direction: 'withdrawal', transactionKind: '14', amountYen: 10_000_000 },
    {
      inquiryNumber: '4',
      accountDate: '2026-11-25',
      valueDate: '2026-11-26',
      direction: 'deposit',
      transactionKind: '12',
      amountYen: 30_000,
      otherBankChequeYen: 30_000,
      exchangePresentedDate: '2026-11-26',
      billKind: '1',
      billNumber: '0001234',
      branchOfficeNumber: '002',
      counterpartyName: toZenginKana('ゆうげんがいしゃ　ヤマダ'),
    },
  ],
};

// A second account whose statement spans the change of era (平成31年4月30日 → 令和元年5月1日).
const eraChange: StatementAccountInput = {
  header: { ...current.header, createdDate: '2019-05-07', periodFrom: '2019-04-26', periodTo: '2019-05-07', accountType: '2', accountNumber: '7654321', overdraft: '2', openingBalanceYen: 1_000 },
  entries: [
    { inquiryNumber: '10', accountDate: '2019-04-30', valueDate: '2019-04-30', direction: 'deposit', transactionKind: '10', amountYen: 500 },
    { inquiryNumber: '11', accountDate: '2019-05-01', valueDate: '2019-05-01', direction: 'deposit', transactionKind: '10', amountYen: 700 },
  ],
};

const recordOf = (file: Buffer, n: number) => file.subarray((n - 1) * 202, (n - 1) * 202 + 200);
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

describe('writeStatementFile, checked against the published byte positions (research §2.1)', () => {
  const file = writeStatementFile({ accounts: [current, eraChange] });

  it('writes 200-byte records with CRLF: 1 + 4 + 8, 1 + 2 + 8, then 9', () => {
    expect(file).toHaveLength(11 * 202);
    expect(Array.from({ length: 11 }, (_, index) => at(file, index * 202 + 1, index * 202 + 1)).join('')).toBe('12222812289');
  });

  it('header: 03, 和暦 dates 5–22, bank 23–41, branch 42–59, 000, account 63–113, 貸越区分 114, 取引前残高 116–129', () => {
    const header = recordOf(file, 1);
    expect([at(header, 1, 4), at(header, 5, 10), at(header, 11, 16), at(header, 17, 22)]).toEqual(['1030', '081127', '081101', '081126']);
    expect([at(header, 23, 26), at(header, 27, 41), at(header, 42, 44), at(header, 45, 59)]).toEqual(['0005', sjis('ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'.padEnd(15)), '001', sjis('ﾎﾝﾃﾝ'.padEnd(15))]);
    expect([at(header, 60, 62), at(header, 63, 63), at(header, 64, 73), at(header, 74, 113)]).toEqual(['000', '1', '0001234567', sjis('ﾄｳｷﾖｳｶｲｼﾞﾖｳ'.padEnd(40))]);
    expect([at(header, 114, 114), at(header, 115, 115), at(header, 116, 129), at(header, 130, 200)]).toEqual(['1', '1', '00000005000000', ' '.repeat(71)]);
  });

  it('data: 入払区分 22, 取引区分 23–24, 取引金額 25–36, name 82–129, banks 130–159, EDI 180–199', () => {
    const data = recordOf(file, 2);
    expect([at(data, 1, 1), at(data, 2, 9), at(data, 10, 15), at(data, 16, 21)]).toEqual(['2', '00000001', '081102', '081102']);
    expect([at(data, 22, 22), at(data, 23, 24), at(data, 25, 36), at(data, 37, 48)]).toEqual(['1', '11', '000000120000', '000000000000']);
    expect([at(data, 49, 54), at(data, 55, 60), at(data, 61, 71), at(data, 72, 81)]).toEqual([' '.repeat(6), ' '.repeat(6), ' '.repeat(11), '0000012345']);
    expect(at(data, 82, 129)).toBe(sjis('ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ'.padEnd(48)));
    expect([at(data, 130, 144), at(data, 145, 159), at(data, 160, 179)]).toEqual([sjis('ﾐｽﾞﾎ'.padEnd(15)), sjis('ﾄｳｷﾖｳ'.padEnd(15)), ' '.repeat(20)]);
    expect([at(data, 180, 199), at(data, 200, 200)]).toEqual(['INV-2026-0042'.padEnd(20), ' ']);
    expect([at(recordOf(file, 3), 22, 24), at(recordOf(file, 3), 160, 179)]).toEqual(['211', sjis('ｿｳｺﾞｳﾌﾘｺﾐ'.padEnd(20))]);
    const cheque = recordOf(file, 5);
    expect([at(cheque, 37, 48), at(cheque, 49, 54), at(cheque, 55, 60), at(cheque, 61, 61), at(cheque, 62, 68), at(cheque, 69, 71)]).toEqual([
      '000000030000', '081126', ' '.repeat(6), '1', '0001234', '002',
    ]);
  });

  it('trailer: counts and totals by direction, signed closing balance, data count', () => {
    const trailer = recordOf(file, 6);
    expect([at(trailer, 1, 1), at(trailer, 2, 7), at(trailer, 8, 20), at(trailer, 21, 26), at(trailer, 27, 39)]).toEqual([
      '8', '000002', '0000000150000', '000002', '0000011284568',
    ]);
    // 5,000,000 + 150,000 − 11,284,568 = −6,134,568: 貸越区分 2.
    expect([at(trailer, 40, 40), at(trailer, 41, 54), at(trailer, 55, 61), at(trailer, 62, 200)]).toEqual(['2', '00000006134568', '0000004', ' '.repeat(139)]);
    // −1,000 + 1,200 = 200.
    expect([at(recordOf(file, 10), 40, 40), at(recordOf(file, 10), 41, 54)]).toEqual(['1', '00000000000200']);
  });

  it('end: レコード総件数 2–11 (records before it), 口座数 12–16', () => {
    const end = recordOf(file, 11);
    expect([at(end, 1, 1), at(end, 2, 11), at(end, 12, 16), at(end, 17, 200)]).toEqual(['9', '0000000010', '00002', ' '.repeat(184)]);
  });

  it('writes 和暦 across the change of era', () => {
    expect([at(recordOf(file, 7), 5, 22), at(recordOf(file, 8), 10, 15), at(recordOf(file, 9), 10, 15)]).toEqual(['010507310426010507', '310430', '010501']);
  });
});

describe('readStatementFile', () => {
  it.each(['CRLF', 'none'] as const)('round-trips byte for byte (%s)', (newline) => {
    const first = writeStatementFile({ accounts: [current, eraChange] }, { newline });
    const read = readStatementFile(first, { today: TODAY });
    expect(read.accounts.map((account) => account.header.periodFrom)).toEqual(['2026-11-01', '2019-04-26']);
    expect(read.accounts[1].entries.map((entry) => entry.accountDate)).toEqual(['2019-04-30', '2019-05-01']);
    expect(read.end).toEqual({ recordCount: 10, accountCount: 2 });
    expect(writeStatementFile(read, { newline }).equals(first)).toBe(true);
  });

  it('round-trips in 西暦 mode', () => {
    const first = writeStatementFile({ accounts: [current] }, { dateMode: 'seireki' });
    expect(at(recordOf(first, 1), 5, 10)).toBe('261127');
    const read = readStatementFile(first, { today: TODAY, dateMode: 'seireki' });
    expect(read.accounts[0].header.createdDate).toBe('2026-11-27');
    expect(writeStatementFile(read, { dateMode: 'seireki' }).equals(first)).toBe(true);
  });

  it('reads every field of an entry, blanks as empty strings and absent dates as null', () => {
    const [account] = readStatementFile(writeStatementFile({ accounts: [current] }), { today: TODAY }).accounts;
    expect(account.header).toMatchObject({ typeCode: '03', codeKind: '0', accountNumber: '0001234567', accountName: 'ﾄｳｷﾖｳｶｲｼﾞﾖｳ', openingBalanceYen: 5_000_000 });
    expect(account.entries[0]).toEqual({
      inquiryNumber: '00000001', accountDate: '2026-11-02', valueDate: '2026-11-02', direction: 'deposit', transactionKind: '11', amountYen: 120_000,
      otherBankChequeYen: 0, exchangePresentedDate: null, dishonouredReturnDate: null, billKind: '', billNumber: '', branchOfficeNumber: '',
      counterpartyCode: '0000012345', counterpartyName: 'ｶﾌﾞｼｷｶﾞｲｼﾔ ﾗﾂｸ', bankName: 'ﾐｽﾞﾎ', branchName: 'ﾄｳｷﾖｳ', description: '', ediInfo: 'INV-2026-0042',
    });
    expect(account.entries[3]).toMatchObject({ exchangePresentedDate: '2026-11-26', billKind: '1', counterpartyCode: '' });
    expect(account.trailer).toEqual({
      depositCount: 2, depositTotalYen: 150_000, withdrawalCount: 2, withdrawalTotalYen: 11_284_568, overdraft: '2', closingBalanceYen: 6_134_568, dataRecordCount: 4,
    });
  });

  it('matches payer names written from full-width katakana with the forms a bank registers', () => {
    const [account] = readStatementFile(writeStatementFile({ accounts: [current] }), { today: TODAY }).accounts;
    const [rack, , , yamada] = account.entries.map((entry) => normalisePayeeName(entry.counterpartyName ?? ''));
    expect(rack).toBe('ﾗﾂｸ');
    for (const name of ['株式会社ラック', 'カ）ラツク', 'ｶ)ﾗﾂｸ', 'ﾗﾂｸ(ｶ']) expect(normalisePayeeName(name)).toBe(rack);
    expect(yamada).toBe(normalisePayeeName('ﾔﾏﾀﾞ(ﾕ'));
  });

  it('reads zeros in an optional date as null', () => {
    const file = Buffer.from(writeStatementFile({ accounts: [current] }));
    file.write('000000', 202 + 48, 'latin1');
    expect(readStatementFile(file, { today: TODAY }).accounts[0].entries[0].exchangePresentedDate).toBeNull();
  });
});

describe('errors name the record and the field', () => {
  const file = () => Buffer.from(writeStatementFile({ accounts: [current, eraChange] }));

  it('a bad 和暦 date', () => {
    const broken = file();
    broken.write('081332', 2 * 202 + 9, 'latin1');
    const error = caught(() => readStatementFile(broken, { today: TODAY }));
    expect(error).toMatchObject({ record: 3, field: '勘定日 (accountDate)' });
    expect(error.reason).toMatch(/"081332" is neither a 令和 date up to 2027-11-27 nor a 平成 date/);
    expect(caught(() => writeStatementFile({ accounts: [{ ...current, header: { ...current.header, periodTo: '2026-11-31' } }] }))).toMatchObject({ record: 1, field: '勘定日(至) (periodTo)' });
  });

  it('a trailer total, count or closing balance that differs from the entries', () => {
    const total = file();
    total.write('0000000150001', 5 * 202 + 7, 'latin1');
    expect(caught(() => readStatementFile(total, { today: TODAY }))).toMatchObject({ record: 6, field: '入金額合計 (depositTotalYen)', reason: 'total 150001 differs from the sum of deposit records 150000' });
    const count = file();
    count.write('000003', 5 * 202 + 20, 'latin1');
    expect(caught(() => readStatementFile(count, { today: TODAY }))).toMatchObject({ record: 6, field: '出金件数 (withdrawalCount)', reason: 'count 3 differs from the number of withdrawal records 2' });
    const sign = file();
    sign.write('1', 5 * 202 + 39, 'latin1');
    expect(caught(() => readStatementFile(sign, { today: TODAY }))).toMatchObject({ record: 6, field: '取引後残高 (closingBalanceYen)', reason: 'balance 6134568 differs from 取引前残高 + deposits − withdrawals = -6134568' });
  });

  it('an end record that miscounts the accounts', () => {
    const broken = file();
    broken.write('00001', 10 * 202 + 11, 'latin1');
    expect(caught(() => readStatementFile(broken, { today: TODAY }))).toMatchObject({ record: 11, field: '口座数 (accountCount)' });
  });

  it('a record of the wrong length, a lone LF, a non-digit amount, a code outside the layout', () => {
    const short = Buffer.concat([file().subarray(0, 202 + 199), file().subarray(202 + 200)]);
    expect(caught(() => readStatementFile(short, { today: TODAY }))).toMatchObject({ record: 2, field: 'レコード長 (recordLength)', reason: 'must be 200 bytes, got 199' });
    const lf = file();
    lf[202 + 200] = 0x20;
    expect(caught(() => readStatementFile(lf, { today: TODAY }))).toMatchObject({ record: 2, field: 'レコード区切り (separator)' });
    const amount = file();
    amount.write('x', 202 + 30, 'latin1');
    expect(caught(() => readStatementFile(amount, { today: TODAY }))).toMatchObject({ record: 2, field: '取引金額 (amountYen)' });
    const direction = file();
    direction.write('3', 202 + 21, 'latin1');
    expect(caught(() => readStatementFile(direction, { today: TODAY }))).toMatchObject({ record: 2, field: '入払区分 (direction)', reason: "must be one of '1', '2', got \"3\"" });
    const notice = file();
    notice.write('01', 1, 'latin1');
    expect(caught(() => readStatementFile(notice, { today: TODAY }))).toMatchObject({ record: 1, field: '種別コード (typeCode)' });
  });

  it('a kanji or an amount too large on write', () => {
    const kanji = { ...current.entries[0], counterpartyName: '株式会社ラック' };
    const error = caught(() => writeStatementFile({ accounts: [{ ...current, entries: [kanji] }] }));
    expect(error).toMatchObject({ record: 2, field: '振込依頼人名または契約者番号 (counterpartyName)' });
    expect(error.reason).toContain("'株' (U+682A)");
    const huge = { ...current.entries[0], amountYen: 1_000_000_000_000 };
    expect(caught(() => writeStatementFile({ accounts: [{ ...current, entries: [huge] }] }))).toMatchObject({ record: 2, field: '取引金額 (amountYen)', reason: 'must fit 12 digits (at most 999999999999), got 1000000000000' });
  });
});
