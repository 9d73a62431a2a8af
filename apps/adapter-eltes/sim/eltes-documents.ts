import type { EltesAlertBatchV1, EltesDailyReportV1, EltesInvoiceV1, EltesProjectStatusV1 } from '@hub/contracts';
import { PARTNERS } from '@hub/partners';

type Alert = EltesAlertBatchV1['alerts'][number];
type Line = EltesInvoiceV1['lines'][number];

/** The JST calendar day of an instant (Eltes's systems run on Tokyo time). */
export const jstDate = (at: Date = new Date()): string => new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

/** 00:00 JST of a JST day, as an instant. */
export const jstMidnight = (day: string): Date => new Date(`${day}T00:00:00+09:00`);

/** One status notice of a project, as Eltes's project system writes it. */
export function statusNotice(requestId: string, projectNo: string, statusType: EltesProjectStatusV1['statusType'], extra: Partial<EltesProjectStatusV1> = {}): EltesProjectStatusV1 {
  return { apiVersion: '1', requestId, projectNo, statusType, ...extra, eventAt: new Date().toISOString() };
}

/** Eltes's price list (税抜) for the emergency spot plan. */
export const PRICE_LIST = {
  WEB_MONITORING_DAILY: { itemName: 'Webモニタリング 24時間監視（日額）', unit: '日', unitPriceYen: 120_000 },
  EMERGENCY_NOTICE_SPOT: { itemName: '緊急告知（スポット対応）', unit: '件', unitPriceYen: 300_000 },
  OFFICIAL_ACCOUNT_SUPPORT: { itemName: 'SNS公式アカウント対応支援', unit: '式', unitPriceYen: 400_000 },
  FLAREUP_CONSULTING: { itemName: '炎上対応コンサルティング', unit: '時間', unitPriceYen: 50_000 },
} as const satisfies Partial<Record<Line['menuCode'], Pick<Line, 'itemName' | 'unit' | 'unitPriceYen'>>>;

/** Tax-excluded amount → what it costs with 10% consumption tax, truncated once (Eltes's billing system rounds down). */
const withTax = (net: number) => net + Math.floor(net / 10);

export interface Billable {
  monitoringDays: number;
  emergencyNotices: number;
  officialAccountSupport: boolean;
  consultingHours: number;
}

/**
 * What Eltes bills within the coordinator's budget (税込): the monitoring days first, then the emergency notice, the
 * official-account support and the consulting hours as long as they fit; at least one monitoring day.
 */
export function fitToBudget(wanted: Billable, budgetInclTaxYen: number | undefined): Billable {
  if (budgetInclTaxYen === undefined) return wanted;
  let net = 0;
  const fits = (more: number) => withTax(net + more) <= budgetInclTaxYen;
  const days = Math.max(1, Math.min(wanted.monitoringDays, Math.floor((budgetInclTaxYen * 10) / (11 * PRICE_LIST.WEB_MONITORING_DAILY.unitPriceYen))));
  net += days * PRICE_LIST.WEB_MONITORING_DAILY.unitPriceYen;
  const notices = wanted.emergencyNotices > 0 && fits(PRICE_LIST.EMERGENCY_NOTICE_SPOT.unitPriceYen) ? wanted.emergencyNotices : 0;
  net += notices * PRICE_LIST.EMERGENCY_NOTICE_SPOT.unitPriceYen;
  const official = wanted.officialAccountSupport && fits(PRICE_LIST.OFFICIAL_ACCOUNT_SUPPORT.unitPriceYen);
  net += official ? PRICE_LIST.OFFICIAL_ACCOUNT_SUPPORT.unitPriceYen : 0;
  let hours = wanted.consultingHours;
  while (hours > 0 && !fits(hours * PRICE_LIST.FLAREUP_CONSULTING.unitPriceYen)) hours -= 1;
  return { monitoringDays: days, emergencyNotices: notices, officialAccountSupport: official, consultingHours: hours };
}

/** Eltes's qualified invoice for a request: tax excluded, 10%, tax truncated once, totals as its billing system prints them. */
export function monitoringInvoice(input: { requestId: string; invoiceNo: string; addressee: string; from: string; to: string; billable: Billable }): EltesInvoiceV1 {
  const { billable } = input;
  const line = (menuCode: keyof typeof PRICE_LIST, quantity: number): Line => ({ menuCode, ...PRICE_LIST[menuCode], quantity, taxType: 'TAXABLE_10' });
  const lines = [
    line('WEB_MONITORING_DAILY', billable.monitoringDays),
    ...(billable.emergencyNotices > 0 ? [line('EMERGENCY_NOTICE_SPOT', billable.emergencyNotices)] : []),
    ...(billable.officialAccountSupport ? [line('OFFICIAL_ACCOUNT_SUPPORT', 1)] : []),
    ...(billable.consultingHours > 0 ? [line('FLAREUP_CONSULTING', billable.consultingHours)] : []),
  ];
  const net = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceYen, 0);
  return {
    apiVersion: '1',
    requestId: input.requestId,
    invoiceNo: input.invoiceNo,
    issueDate: jstDate(),
    issuer: { companyName: PARTNERS.eltes.nameJa, registrationNo: PARTNERS.eltes.registrationNumber },
    addressee: `${input.addressee} 御中`,
    ...(input.from === input.to ? { serviceDate: input.from } : { servicePeriod: { start: input.from, end: input.to } }),
    amountBasis: 'TAX_EXCLUDED',
    taxRounding: 'TRUNCATE',
    lines,
    totals: { byTaxRate: [{ taxRatePct: 10, amountYen: net, consumptionTaxYen: Math.floor(net / 10) }], untaxedYen: 0, grandTotalYen: withTax(net) },
  };
}

/** A post as the daily report counts it: the first alert Eltes sent about it. */
export type AlertedPost = Pick<Alert, 'platform' | 'riskLevel' | 'detectedAt' | 'topics'>;

const RISK_LEVELS: Alert['riskLevel'][] = ['緊急', '要注意', '参考'];

/**
 * The day's report from the posts first alerted that JST day: counts by risk level and platform, the topic tags most
 * given (besides the incident itself), and the analysts' reading — flaring from 50 urgent posts a day, smoldering from one.
 */
export function dailyReport(requestId: string, day: string, posts: AlertedPost[], revision = 1): EltesDailyReportV1 {
  const from = jstMidnight(day);
  const to = new Date(from.getTime() + 24 * 3600_000);
  const ofDay = posts.filter((p) => Date.parse(p.detectedAt) >= from.getTime() && Date.parse(p.detectedAt) < to.getTime());
  const countBy = <K extends string>(keyOf: (p: AlertedPost) => K[]) => {
    const counts = new Map<K, number>();
    for (const p of ofDay) for (const key of keyOf(p)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const levels = countBy((p) => [p.riskLevel]);
  const platforms = countBy((p) => [p.platform]);
  const topics = [...countBy((p) => (p.topics ?? []).filter((t) => t !== '情報漏えい'))].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const urgent = levels.get('緊急') ?? 0;
  return {
    apiVersion: '1',
    requestId,
    reportDate: day,
    revision,
    aggregationPeriod: { from: from.toISOString(), to: to.toISOString() },
    alertTotals: {
      total: ofDay.length,
      byRiskLevel: RISK_LEVELS.map((riskLevel) => ({ riskLevel, count: levels.get(riskLevel) ?? 0 })),
      byPlatform: [...platforms].sort((a, b) => b[1] - a[1]).map(([platform, count]) => ({ platform, count })),
    },
    flareUpStatus: urgent >= 50 ? 'FLARING' : urgent > 0 ? 'SMOLDERING' : 'NONE',
    notableTopics: topics.map(([topic, mentions]) => ({ topic, mentions, trend: 'RISING' as const })),
    analystComment: urgent > 0
      ? `緊急アラート${urgent}件（個別にご連絡済み）。対応の遅れへの批判とフィッシングへの不安が拡散しています。問い合わせ窓口の案内と注意喚起の追加告知を推奨します。`
      : '目立った拡散は見られません。引き続き監視します。',
  };
}
