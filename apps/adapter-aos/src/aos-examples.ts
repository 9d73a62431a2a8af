import type { AosCustodyRecordV1, AosEvidenceRegisterV1, AosInvestigationReportV1, AosInvoiceV1, AosMatterStatusV1 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * AOS's bodies as its API document shows them (issue 12): one preservation and investigation matter on the breach found on
 * 2026-11-20 — taken on, two devices preserved and their chain of custody, the hashes re-verified, the lawyer's report,
 * the invoice — as apps/adapter-aos/test/fixtures has them, dated in the past.
 */
const MATTER = { apiVersion: 'aos.v1', matterRef: EXAMPLE_ORDER_ID, aosMatterNo: 'AOS-2026-00153' } as const;
const withMatter = (summary: string) => `${summary} (${replaceOrderId('matterRef')})`;

const status = (summary: string, report: Omit<AosMatterStatusV1, keyof typeof MATTER>) => bodyExample<AosMatterStatusV1>(withMatter(summary), { ...MATTER, ...report });

const TAKAHASHI = { name: '高橋 誠', staffNo: 'AOS-1042' };
const NAKAMURA = { name: '中村 美咲', staffNo: 'AOS-0877' };
const SERVER_HASH = '06e180a3245db175ab58b9ba694856e934e5537b811417ea4c3c14c65ad775a1';
const PC_HASH = 'b35fbc8d06a387a23b93a4f4fbaa55228a5286add02aacd99eb7bbd84e38fe15';

const register: AosEvidenceRegisterV1 = {
  ...MATTER,
  hozenJobNo: 'HJ-00153-01',
  items: [
    {
      evidenceNo: 'EV-00153-001',
      cocFormNo: 'CoC-00153-001',
      device: { kind: 'SERVER', maker: 'Dell', model: 'PowerEdge R650', serialNo: '8XK2M93', custodian: '情報システム部 サーバー管理者' },
      image: { format: 'E01', sizeBytes: 480_103_981_056, hash: { algorithm: 'SHA-256', value: SERVER_HASH } },
      preservedBy: TAKAHASHI,
      preservedAt: '2026-11-20T05:15:00.000Z',
      site: '依頼者本社 サーバールーム',
      remark: '書込み防止装置 Tableau T356789iu を使用',
    },
    {
      evidenceNo: 'EV-00153-002',
      cocFormNo: 'CoC-00153-002',
      device: { kind: 'PC', maker: 'Lenovo', model: 'ThinkPad X1 Carbon Gen 11', serialNo: 'PF3KX7Q2', custodian: '情報システム部 佐藤' },
      image: { format: 'E01', sizeBytes: 256_060_514_304, hash: { algorithm: 'SHA-256', value: PC_HASH } },
      preservedBy: TAKAHASHI,
      preservedAt: '2026-11-20T06:00:00.000Z',
      site: '依頼者本社 情報システム部',
      remark: '書込み防止装置 Tableau T356789iu を使用',
    },
  ],
};

type Entry = AosCustodyRecordV1['entries'][number];
/** One device's custody form: handed over to AOS, sealed, stored, each ten minutes after the one before. */
function custodyOf(evidenceNo: string, form: string, from: string, locker: string, startAt: string): Entry[] {
  const at = (minutes: number) => new Date(Date.parse(startAt) + minutes * 60_000).toISOString();
  const line = { evidenceNo, cocFormNo: form, recordedBy: TAKAHASHI };
  return [
    { ...line, seq: 1, action: 'HIKIWATASHI', handover: { fromPerson: from, toPerson: TAKAHASHI.name }, at: at(0) },
    { ...line, seq: 2, action: 'FUIN', sealNo: `S-${evidenceNo.slice(3)}`, at: at(10) },
    { ...line, seq: 3, action: 'HOKAN', storage: { location: 'AOS 証拠品保管庫（東京）', lockerNo: locker }, at: at(20) },
  ];
}
const reverified = (evidenceNo: string, form: string, hash: string, at: string): Entry => ({
  evidenceNo,
  cocFormNo: form,
  seq: 4,
  action: 'SAIKENSHO',
  at,
  recordedBy: NAKAMURA,
  // AOS's tool prints hashes in upper case; the adapter compares them with the acquisition hash in one case.
  reverification: { algorithm: 'SHA-256', value: hash.toUpperCase(), tool: 'FTK Imager 4.7.1' },
});

const report: AosInvestigationReportV1 = {
  ...MATTER,
  reportNo: 'RPT-00153-01',
  title: 'フォレンジック調査報告書',
  finalisedAt: '2026-11-25T09:00:00.000Z',
  author: { lawyerName: '山田 太郎', barRegistrationNo: '41235', lawFirm: '山田・佐々木法律事務所' },
  examiner: NAKAMURA,
  document: {
    fileName: 'AOS-2026-00153_調査報告書.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 129,
    sha256: 'd3db362e6bc4b8a4fca08f764378dc7d9e5ce60671601a598a9df6734fe5f57a',
    contentBase64:
      'JVBERi0xLjcKJSBBT1MgTGVnYWx0ZWNoIGludmVzdGlnYXRpb24gcmVwb3J0IEFPUy0yMDI2LTAwMTUzCjEgMCBvYmogPDwgL1R5cGUgL0NhdGFsb2cgPj4gZW5kb2JqCnRyYWlsZXIgPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK',
  },
  evidenceCovered: ['EV-00153-001', 'EV-00153-002'],
  findingsSummary: '受注管理サーバーへの侵入経路は VPN 装置の既知脆弱性と判断。管理者 PC からの横展開の痕跡なし。顧客情報テーブルの外部送信は 11月18日〜19日の2日間に限られる。',
};

const invoice: AosInvoiceV1 = {
  ...MATTER,
  invoiceNo: 'AOS-INV-2026-00153-01',
  invoiceDate: '2026-11-27',
  issuer: { companyName: 'AOSリーガルテック株式会社', registrationNo: 'T8011001062211' },
  addressee: '株式会社みなと精機',
  deliveryPeriod: { from: '2026-11-20', to: '2026-11-26' },
  priceBasis: 'ZEINUKI',
  taxRounding: 'KIRISUTE',
  lines: [
    { menuCode: 'HOZEN', itemName: '証拠保全（ディスクイメージ取得・ハッシュ算出）', unit: 'DAI', quantity: 2, unitPriceYen: 180_000, taxClass: 'KAZEI_10' },
    { menuCode: 'KAISEKI', itemName: 'フォレンジック解析', unit: 'DAI', quantity: 2, unitPriceYen: 450_000, taxClass: 'KAZEI_10' },
    { menuCode: 'HOKOKUSHO', itemName: '調査報告書作成', unit: 'KEN', quantity: 1, unitPriceYen: 500_000, taxClass: 'KAZEI_10' },
    { menuCode: 'BENGOSHI', itemName: '弁護士監修・相談', unit: 'JIKAN', quantity: 4, unitPriceYen: 40_000, taxClass: 'KAZEI_10' },
    { menuCode: 'JIPPI', itemName: '証拠保全用 HDD', unit: 'DAI', quantity: 2, unitPriceYen: 25_000, taxClass: 'KAZEI_10' },
    { menuCode: 'JIPPI', itemName: '交通費（立替金）', unit: 'SHIKI', quantity: 1, unitPriceYen: 18_460, taxClass: 'FUKAZEI' },
  ],
  totals: { byRate: [{ ratePercent: 10, subtotalYen: 1_970_000, taxYen: 197_000 }], nonTaxableYen: 18_460, totalYen: 2_185_460 },
};

export const aosExamplesV1: NativeExamples = {
  callbacks: {
    takenOn: status('AOS takes the matter on (受任)', { seq: 2, status: 'JUNIN', memo: '案件を受任しました', eventAt: '2026-11-20T12:00:00+09:00' }),
    preservationStarted: status('Preservation starts on site', { seq: 3, status: 'SHINKOCHU', stage: 'HOZEN_CHAKUSHU', memo: '現地にて保全を開始', eventAt: '2026-11-20T13:00:00+09:00' }),
    preservationCompleted: status('Preservation is complete', { seq: 4, status: 'SHINKOCHU', stage: 'HOZEN_KANRYO', eventAt: '2026-11-20T16:10:00+09:00' }),
    reportSubmitted: status('The investigation report is submitted', { seq: 5, status: 'SHINKOCHU', stage: 'HOKOKUSHO_TEISHUTSU', eventAt: '2026-11-25T18:00:00+09:00' }),
    workCompleted: status('The work on the matter is complete', { seq: 6, status: 'SAGYO_KANRYO', memo: '本案件の作業を完了しました', eventAt: '2026-11-26T18:00:00+09:00' }),
  },
  invoices: { perDeviceAndJob: bodyExample(withMatter("AOS's invoice, AOS-INV-2026-00153-01: preservation and analysis per device, the report, the lawyer's hours"), invoice) },
  submissions: {
    'evidence-items': { twoDevices: bodyExample(withMatter('The server and the PC preserved by preservation job HJ-00153-01'), register) },
    'custody-events': {
      handedSealedStored: bodyExample(withMatter('Both devices handed over, sealed and stored'), {
        ...MATTER,
        entries: [
          ...custodyOf('EV-00153-001', 'CoC-00153-001', '情報システム部 サーバー管理者', 'L-01', '2026-11-20T06:10:00.000Z'),
          ...custodyOf('EV-00153-002', 'CoC-00153-002', '情報システム部 佐藤', 'L-02', '2026-11-20T06:40:00.000Z'),
        ],
      } satisfies AosCustodyRecordV1),
      reverified: bodyExample(withMatter("Both images' hashes re-verified the next morning, matching what was acquired"), {
        ...MATTER,
        entries: [reverified('EV-00153-001', 'CoC-00153-001', SERVER_HASH, '2026-11-21T00:45:00.000Z'), reverified('EV-00153-002', 'CoC-00153-002', PC_HASH, '2026-11-21T01:00:00.000Z')],
      } satisfies AosCustodyRecordV1),
    },
    reports: { withDocument: bodyExample(withMatter("The lawyer's report RPT-00153-01 with its PDF, whose size and SHA-256 the adapter checks"), report) },
  },
};
