// The public API through the path alias, as the reconciliation job uses it: names from the insurer's records
// (full-width), fitted to their fields, written as a transfer file, read back as the bank's result file.
import { fitBytes, normalisePayeeName, readTransferFile, toZenginKana, writeTransferFile, ZenginFormatError } from '@hub/zengin';

describe('@hub/zengin', () => {
  it('writes payouts from full-width names and matches the result file back by EDI and name', () => {
    const payeeName = fitBytes(toZenginKana('カブシキガイシャ　サイバーインシデントタイオウセンター', '受取人名 (payeeName)'), 30);
    expect(payeeName).toBe('ｶﾌﾞｼｷｶﾞｲｼﾔ ｻｲﾊﾞ-ｲﾝｼﾃﾞﾝﾄﾀｲｵｳｾﾝﾀ'); // 30 bytes: ｾﾝﾀ-, cut before the -
    const file = writeTransferFile({
      header: { payerCode: '1', payerName: 'ﾎｹﾝ(ｶ', transferDate: '2026-12-01', bankCode: '0005', branchCode: '001', accountType: '1', accountNumber: '1' },
      records: [{ bankCode: '0001', branchCode: '001', accountType: '1', accountNumber: '1234567', payeeName, amountYen: 330_000, ediInfo: 'PAYOUT-42' }],
    });
    const [record] = readTransferFile(file, { today: '2026-11-27' }).groups[0].records;
    expect(record.ediInfo).toBe('PAYOUT-42');
    expect(normalisePayeeName(record.payeeName)).toBe(normalisePayeeName('ｻｲﾊﾞ-ｲﾝｼﾃﾞﾝﾄﾀｲｵｳｾﾝﾀ(ｶ'));
    expect(() => toZenginKana('株式会社', '受取人名 (payeeName)')).toThrow(ZenginFormatError);
  });
});
