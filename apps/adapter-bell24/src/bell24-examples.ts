import type { Bell24BoothChangeV1, Bell24InvoiceV1, Bell24StatusReportV1 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * Bell System 24's bodies as its API document shows them (issue 12): one incident hotline for the breach found on
 * 2026-11-20 — taken on, the toll-free number secured, calls taken, booths added, the records deleted, the invoice — as
 * apps/adapter-bell24/test/fixtures has them, dated in the past. Its daily reports are Shift_JIS CSV files, which a
 * document cannot hold as an example: upload the day's file (the fixtures' day-with-kana.csv is one).
 */
const REQUEST = { formatVersion: '1', requestId: EXAMPLE_ORDER_ID } as const;
const withRequest = (summary: string) => `${summary} (${replaceOrderId('requestId')})`;

const report = (summary: string, status: Omit<Bell24StatusReportV1, keyof typeof REQUEST | 'centerCode'>) =>
  bodyExample<Bell24StatusReportV1>(withRequest(summary), { ...REQUEST, centerCode: 'BS24-2611-0007', ...status });

const boothIncrease: Bell24BoothChangeV1 = {
  ...REQUEST,
  changeNo: 'BC-0001',
  boothsBefore: 3,
  boothsAfter: 5,
  effectiveDate: '2026-11-25',
  requestedBy: 'SOMPOリスケアマネジメント 佐藤',
  reason: '入電増加のため増席',
  changedAt: '2026-11-24T18:30:00+09:00',
};

const invoice: Bell24InvoiceV1 = {
  ...REQUEST,
  invoiceNo: 'BS24-INV-2611-0051',
  issueDate: '2026-11-27',
  issuer: { companyName: '株式会社ベルシステム24', registrationNo: 'T4011101095544' },
  billTo: '株式会社みなと精機',
  servicePeriod: { from: '2026-11-24', to: '2026-11-26' },
  unitPricesIncludeTax: false,
  taxRounding: '切捨て',
  lines: [
    { chargeCode: 'SETUP', itemName: 'センター立上げ費（番号確保・スクリプト／FAQ作成・研修）', unit: '式', quantity: 1, unitPriceYen: 350_000, taxDivision: '課税10' },
    { chargeCode: 'BOOTH_DAY', itemName: 'ブース運用費', unit: 'ブース日', quantity: 13, unitPriceYen: 38_000, taxDivision: '課税10' },
    { chargeCode: 'OVERAGE_CALL', itemName: '超過受電料（40件／ブース日 超過分）', unit: '件', quantity: 315, unitPriceYen: 300, taxDivision: '課税10' },
    { chargeCode: 'CLOSING', itemName: 'クロージング費（受付記録のデータ消去を含む）', unit: '式', quantity: 1, unitPriceYen: 80_000, taxDivision: '課税10' },
    { chargeCode: 'TELECOM', itemName: 'フリーダイヤル回線費', unit: '回線月', quantity: 1, unitPriceYen: 15_000, taxDivision: '課税10' },
  ],
  totals: { byTaxRate: [{ taxRate: 10, subtotalYen: 1_033_500, taxYen: 103_350 }], untaxedYen: 0, totalYen: 1_136_850 },
};

export const bell24ExamplesV1: NativeExamples = {
  callbacks: {
    accepted: report('Bell System 24 takes the hotline on', { reportType: 'ACCEPTED', comment: '受託しました。SVを1名アサイン済みです', reportedAt: '2026-11-20T12:00:00+09:00' }),
    numberSecured: report('The toll-free number is secured', {
      reportType: 'PROGRESS',
      progressStep: 'NUMBER_SECURED',
      tollFreeNumber: '0120-924-024',
      comment: 'フリーダイヤルを確保しました',
      reportedAt: '2026-11-20T15:00:00+09:00',
    }),
    receptionStarted: report('The hotline takes its first calls', { reportType: 'PROGRESS', progressStep: 'RECEPTION_STARTED', reportedAt: '2026-11-21T09:00:00+09:00' }),
    dataDeletionConfirmed: report("The callers' personal data is deleted", {
      reportType: 'PROGRESS',
      progressStep: 'DATA_DELETION_CONFIRMED',
      comment: '受付記録の個人データ消去を確認しました',
      reportedAt: '2026-11-27T10:00:00+09:00',
    }),
    completed: report('The work is complete', { reportType: 'COMPLETED', comment: '業務を完了しました', reportedAt: '2026-11-27T11:00:00+09:00' }),
  },
  invoices: { hotlineThreeDays: bodyExample(withRequest("Bell System 24's invoice for the hotline, BS24-INV-2611-0051"), invoice) },
  submissions: {
    'booth-changes': { increase: bodyExample(withRequest('Two booths added as calls grew'), boothIncrease) },
  },
};
