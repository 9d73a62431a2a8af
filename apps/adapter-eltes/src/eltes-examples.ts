import type { EltesAlertBatchV1, EltesDailyReportV1, EltesInvoiceV1, EltesProjectStatusV1 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * Eltes's bodies as its API document shows them (issue 12): one monitoring engagement on the breach found on 2026-11-20 —
 * taken on, the watch set up, the first alerts (one post seen twice through two links, counted once), the first day's
 * report, the invoice — as apps/adapter-eltes/test/fixtures has them, dated in the past.
 */
const REQUEST = { apiVersion: '1', requestId: EXAMPLE_ORDER_ID } as const;
const withRequest = (summary: string) => `${summary} (${replaceOrderId('requestId')})`;

const status = (summary: string, notice: Omit<EltesProjectStatusV1, keyof typeof REQUEST | 'projectNo'>) =>
  bodyExample<EltesProjectStatusV1>(withRequest(summary), { ...REQUEST, projectNo: 'ELT-PJ-2026-00042', ...notice });

/** An angry customer's post, near the 280 characters Eltes keeps of one. */
const ANGRY_POST = 'みなと精機の顧客情報漏えいの件、公式発表が遅すぎる。うちの住所と電話番号も漏れてるかもしれないのに何の連絡もない。問い合わせ窓口もつながらないし、謝罪文も定型文だけ。こういう会社の製品はもう買わない。';
type Alert = EltesAlertBatchV1['alerts'][number];
const angryPost: Pick<Alert, 'platform' | 'postedAt' | 'excerpt' | 'accountName' | 'reachBasis' | 'riskLevel' | 'topics'> = {
  platform: 'X',
  postedAt: '2026-11-20T12:40:00+09:00',
  excerpt: ANGRY_POST,
  accountName: '@kokyaku_a',
  reachBasis: 'FOLLOWERS',
  riskLevel: '緊急',
  topics: ['情報漏えい', '対応遅れ', '不買'],
};

const alerts: EltesAlertBatchV1 = {
  ...REQUEST,
  batchNo: 'B20261120-000003',
  sentAt: '2026-11-20T13:00:00+09:00',
  alerts: [
    { alertId: 'AL-20261120-000101', ...angryPost, postUrl: 'https://x.com/kokyaku_a/status/1859000000000000101', detectedAt: '2026-11-20T12:45:00+09:00', reach: 215_000, flareUpPct: 82 },
    {
      alertId: 'AL-20261120-000102',
      platform: 'NEWS_SITE',
      postUrl: 'https://News.Example.co.jp/articles/2026/11/20/minato-leak/?utm_source=twitter&utm_medium=social',
      postedAt: '2026-11-20T12:30:00+09:00',
      detectedAt: '2026-11-20T12:50:00+09:00',
      excerpt: '精密部品メーカーのみなと精機は20日、受注管理サーバーが不正アクセスを受け、顧客情報最大1万2千件が流出した可能性があると発表した。',
      accountName: '経済ニュース',
      reach: 3_500_000,
      reachBasis: 'MONTHLY_PV',
      riskLevel: '要注意',
      flareUpPct: 40,
      topics: ['報道'],
    },
    {
      alertId: 'AL-20261120-000103',
      platform: '5CH',
      postUrl: 'https://egg.5ch.net/test/read.cgi/bizplus/1732070000/15',
      detectedAt: '2026-11-20T12:55:00+09:00',
      excerpt: 'みなと精機ってどこの会社？',
      reach: 800,
      reachBasis: 'IMPRESSIONS',
      riskLevel: '参考',
      flareUpPct: 5,
    },
    // The first post again, through the mobile link: the hub counts it once.
    { alertId: 'AL-20261120-000104', ...angryPost, postUrl: 'http://mobile.twitter.com/kokyaku_a/status/1859000000000000101?s=20&t=Abc123', detectedAt: '2026-11-20T12:58:00+09:00', reach: 240_000, flareUpPct: 88 },
  ],
};

const dailyReport: EltesDailyReportV1 = {
  ...REQUEST,
  reportDate: '2026-11-20',
  revision: 1,
  aggregationPeriod: { from: '2026-11-20T00:00:00+09:00', to: '2026-11-21T00:00:00+09:00' },
  alertTotals: {
    total: 2100,
    byRiskLevel: [{ riskLevel: '緊急', count: 21 }, { riskLevel: '要注意', count: 420 }, { riskLevel: '参考', count: 1659 }],
    byPlatform: [
      { platform: 'X', count: 1470 },
      { platform: '5CH', count: 315 },
      { platform: 'NEWS_SITE', count: 105 },
      { platform: 'YOUTUBE', count: 84 },
      { platform: 'BLOG', count: 126 },
    ],
  },
  flareUpStatus: 'SMOLDERING',
  notableTopics: [
    { topic: '対応の遅れへの批判', mentions: 640, trend: 'RISING', comment: '公式発表の時刻に言及する投稿が増加' },
    { topic: '二次被害（フィッシング）への不安', mentions: 210, trend: 'RISING' },
    { topic: '製品の不買', mentions: 95, trend: 'STEADY' },
  ],
  analystComment:
    '公式発表後、対応の遅れを批判する投稿がX上で拡散しつつあります。影響力の大きいアカウントによる言及が1件あり、緊急アラートとしてご連絡済みです。お問い合わせ窓口の案内とフィッシング注意喚起の追加告知を推奨します。',
};

const invoice: EltesInvoiceV1 = {
  ...REQUEST,
  invoiceNo: 'ELT-INV-2026-001251',
  issueDate: '2026-11-27',
  issuer: { companyName: '株式会社エルテス', registrationNo: 'T3011001084433' },
  addressee: '株式会社みなと精機 御中',
  servicePeriod: { start: '2026-11-20', end: '2026-11-26' },
  amountBasis: 'TAX_EXCLUDED',
  taxRounding: 'TRUNCATE',
  lines: [
    { menuCode: 'WEB_MONITORING_DAILY', itemName: 'Webモニタリング 24時間監視（日額）', unit: '日', quantity: 7, unitPriceYen: 120_000, taxType: 'TAXABLE_10' },
    { menuCode: 'EMERGENCY_NOTICE_SPOT', itemName: '緊急告知（スポット対応）', unit: '件', quantity: 1, unitPriceYen: 300_000, taxType: 'TAXABLE_10' },
    { menuCode: 'OFFICIAL_ACCOUNT_SUPPORT', itemName: 'SNS公式アカウント対応支援', unit: '式', quantity: 1, unitPriceYen: 400_000, taxType: 'TAXABLE_10' },
    { menuCode: 'FLAREUP_CONSULTING', itemName: '炎上対応コンサルティング', unit: '時間', quantity: 4, unitPriceYen: 50_000, taxType: 'TAXABLE_10' },
  ],
  totals: { byTaxRate: [{ taxRatePct: 10, amountYen: 1_740_000, consumptionTaxYen: 174_000 }], untaxedYen: 0, grandTotalYen: 1_914_000 },
};

export const eltesExamplesV1: NativeExamples = {
  callbacks: {
    accepted: status('Eltes takes the monitoring on', { statusType: 'ACCEPTED', message: '担当アナリストを配置しました', eventAt: '2026-11-20T11:20:00+09:00' }),
    keywordsConfigured: status('The watch keywords are set', { statusType: 'MILESTONE', milestone: 'KEYWORDS_CONFIGURED', message: '監視キーワード「みなと精機」ほか6語を設定', eventAt: '2026-11-20T11:40:00+09:00' }),
    monitoringStarted: status('Monitoring starts', { statusType: 'MILESTONE', milestone: 'MONITORING_STARTED', eventAt: '2026-11-20T12:00:00+09:00' }),
    completed: status('Monitoring is over, the last report delivered', { statusType: 'COMPLETED', message: '監視終了、最終レポート納品済み', eventAt: '2026-11-26T18:00:00+09:00' }),
  },
  invoices: { monitoringDays: bodyExample(withRequest("Eltes's invoice for seven days of monitoring, ELT-INV-2026-001251"), invoice) },
  submissions: {
    alerts: { firstAlerts: bodyExample(withRequest('The first alerts: an urgent post seen twice through two links (counted once), a news article, a forum post'), alerts) },
    'daily-reports': { smoulderingDay: bodyExample(withRequest("The first day's report: smouldering, criticism of the late announcement rising"), dailyReport) },
  },
};
