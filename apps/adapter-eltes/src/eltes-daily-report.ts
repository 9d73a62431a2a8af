import type { EltesDailyMonitoringReportFactsV1, EltesDailyReportV1 } from '@hub/contracts';
import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import { type FieldIssue, invalidInput } from '@hub/refusals';

export const DAILY_REPORT_KIND = 'daily_monitoring_report';

/** Each row's key once, and the counts adding up to the total: what a schema cannot say about a breakdown. */
function breakdownIssues<Row extends { count: number }>(rows: Row[], keyOf: (row: Row) => string, keyName: string, field: string, total: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(keyOf(row))) issues.push({ field: `${field}[${i}].${keyName}`, reason: `${keyOf(row)} appears more than once` });
    seen.add(keyOf(row));
  });
  const sum = rows.reduce((acc, row) => acc + row.count, 0);
  if (sum !== total) issues.push({ field, reason: `must add up to alertTotals.total (${total}); the counts add up to ${sum}` });
  return issues;
}

/**
 * Eltes's daily report as a deliverable: reference the JST day, version the report's revision (a correction is the next
 * revision; a revision sent again changed is refused, the kit's default). A day Eltes reads as flaring (炎上中) is urgent;
 * any other report is one entry on the timeline. Refused, naming the field, when the breakdowns do not add up.
 */
export function dailyReportToDeliverable(report: EltesDailyReportV1): DeliverableDraft {
  const { total, byRiskLevel, byPlatform } = report.alertTotals;
  const issues = [
    ...breakdownIssues(byRiskLevel, (r) => r.riskLevel, 'riskLevel', 'alertTotals.byRiskLevel', total),
    ...breakdownIssues(byPlatform, (r) => r.platform, 'platform', 'alertTotals.byPlatform', total),
  ];
  if (Date.parse(report.aggregationPeriod.to) <= Date.parse(report.aggregationPeriod.from)) {
    issues.push({ field: 'aggregationPeriod.to', reason: 'must be after aggregationPeriod.from' });
  }
  if (issues.length > 0) throw invalidInput('The daily report does not add up', issues);
  const level = (riskLevel: string) => byRiskLevel.find((r) => r.riskLevel === riskLevel)?.count ?? 0;
  const facts: EltesDailyMonitoringReportFactsV1 = {
    reportDate: report.reportDate,
    revision: report.revision,
    periodFrom: report.aggregationPeriod.from,
    periodTo: report.aggregationPeriod.to,
    totalAlerts: total,
    urgentAlerts: level('緊急'),
    cautionAlerts: level('要注意'),
    referenceAlerts: level('参考'),
    byPlatform: byPlatform.map((r) => ({ platform: r.platform, count: r.count })),
    flareUpStatus: report.flareUpStatus,
    notableTopics: report.notableTopics.map((t) => ({ topic: t.topic, mentions: t.mentions, trend: t.trend, comment: t.comment ?? null })),
    analystComment: report.analystComment,
  };
  return {
    orderId: report.requestId,
    kind: DAILY_REPORT_KIND,
    reference: report.reportDate,
    version: report.revision,
    title: `日次レポート ${report.reportDate}（第${report.revision}版）: アラート${total}件（緊急${facts.urgentAlerts}・要注意${facts.cautionAlerts}・参考${facts.referenceAlerts}）`,
    summary: report.analystComment,
    attention: report.flareUpStatus === 'FLARING' ? 'urgent' : 'normal',
    occurredAt: report.aggregationPeriod.to,
    facts,
    factsContract: 'partners/eltes/daily-monitoring-report-facts.v1',
  };
}

/** `POST /eltes/v1/daily-reports`: one day's report on one monitoring request. */
export const dailyReportsSubmission: NativeSubmission<EltesDailyReportV1> = {
  route: 'daily-reports',
  summary: "The day's monitoring report: alerts by risk level and platform, notable topics, the analyst's comment",
  body: { contract: 'partners/eltes/daily-report.v1' },
  toDeliverables: (report) => [dailyReportToDeliverable(report)],
};
