import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import type { Bell24BoothChangeFactsV1, Bell24BoothChangeV1, Bell24DailyReportV1, Bell24InquiryFiguresFactsV1 } from '@hub/contracts';
import { invalidInput } from '@hub/refusals';
import { readDailyReportFile } from './daily-report-csv';
import { tokyoDate } from './daily-report-cells';

const sum = (rows: Bell24DailyReportV1['rows'], pick: (row: Bell24DailyReportV1['rows'][number]) => number) => rows.reduce((total, row) => total + pick(row), 0);

/** One day's figures in total and per inquiry type, every text exactly as the file had it. */
export function inquiryFiguresFacts(report: Bell24DailyReportV1): Bell24InquiryFiguresFactsV1 {
  return {
    reportDate: report.reportDate,
    callsOffered: sum(report.rows, (r) => r.callsOffered),
    callsAnswered: sum(report.rows, (r) => r.callsAnswered),
    callsAbandoned: sum(report.rows, (r) => r.callsAbandoned),
    escalations: sum(report.rows, (r) => r.escalations),
    categories: report.rows.map((r) => ({
      inquiryType: r.inquiryType,
      callsOffered: r.callsOffered,
      callsAnswered: r.callsAnswered,
      callsAbandoned: r.callsAbandoned,
      escalations: r.escalations,
      averageTalkSeconds: r.averageTalkSeconds ?? null,
      remarks: r.remarks ?? null,
    })),
  };
}

/** A day's report is one deliverable, named by its day: the same file again counts once, a changed one is refused. */
export function dailyReportDeliverables(report: Bell24DailyReportV1): DeliverableDraft[] {
  const facts = inquiryFiguresFacts(report);
  return [
    {
      orderId: report.requestId,
      kind: 'inquiry_figures',
      reference: report.reportDate,
      title: `日次レポート ${report.reportDate}（入電 ${facts.callsOffered} 件）`,
      summary: `応答 ${facts.callsAnswered} 件・放棄呼 ${facts.callsAbandoned} 件・エスカレーション ${facts.escalations} 件（問合せ種別 ${facts.categories.length} 区分）`,
      attention: 'normal',
      // The file says which day it covers, not when it was made: the day's start places it on the timeline.
      occurredAt: `${report.reportDate}T00:00:00+09:00`,
      facts,
      factsContract: 'partners/bell24/inquiry-figures-facts.v1',
    },
  ];
}

/** A booth count change as the coordinator reads it: from, to, from when, and who asked. */
export function boothChangeDeliverables(change: Bell24BoothChangeV1): DeliverableDraft[] {
  if (change.boothsAfter === change.boothsBefore) {
    throw invalidInput('A booth change must change the count', [{ field: 'boothsAfter', reason: `must differ from boothsBefore (${change.boothsBefore})` }]);
  }
  const facts: Bell24BoothChangeFactsV1 = {
    changeNo: change.changeNo,
    boothsFrom: change.boothsBefore,
    boothsTo: change.boothsAfter,
    effectiveDate: change.effectiveDate,
    requestedBy: change.requestedBy,
    reason: change.reason ?? null,
  };
  return [
    {
      orderId: change.requestId,
      kind: 'booth_change',
      reference: change.changeNo,
      title: `ブース数変更 ${change.boothsBefore} → ${change.boothsAfter}（${change.effectiveDate} から）`,
      summary: `依頼者: ${change.requestedBy}${change.reason ? `／理由: ${change.reason}` : ''}`,
      attention: 'normal',
      occurredAt: change.changedAt,
      facts,
      factsContract: 'partners/bell24/booth-change-facts.v1',
    },
  ];
}

/** Bell24's daily inquiry report: a Shift_JIS CSV file per day, uploaded under the request it is for. */
export const dailyReportSubmission: NativeSubmission<Bell24DailyReportV1> = {
  route: 'requests/:requestId/daily-reports',
  summary: "Bell24's daily inquiry report (日次レポート): one day's figures per inquiry type, as a Shift_JIS (CP932) CSV file",
  body: {
    mediaTypes: ['text/csv'],
    contract: 'partners/bell24/daily-report.v1',
    parse: (bytes, contentType, context) => readDailyReportFile(bytes, contentType, { requestId: context.params.requestId, today: tokyoDate(new Date()) }),
  },
  // 200 inquiry types a day with long remarks stay far below this.
  maxBytes: 512 * 1024,
  toDeliverables: dailyReportDeliverables,
};

/** A booth count change made on request while the centre runs. */
export const boothChangeSubmission: NativeSubmission<Bell24BoothChangeV1> = {
  route: 'booth-changes',
  summary: 'A booth count change (ブース数変更) made on request while the centre runs',
  body: { contract: 'partners/bell24/booth-change.v1' },
  toDeliverables: boothChangeDeliverables,
};
