import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import type { PrapMediaCoverageFactsV1, PrapMediaCoverageReportV1 } from '@hub/contracts';
import { type FieldIssue, invalidInput } from '@hub/refusals';
import { ankenOf } from './prap-anken';

type Baitai = PrapMediaCoverageReportV1['baitaiBetsu'][number]['baitai'];

const MEDIA: Record<Baitai, PrapMediaCoverageFactsV1['byMedia'][number]['media']> = { SHINBUN: 'newspaper', TV: 'tv', WEB: 'web', SNS: 'sns' };
const TONE = { POSITIVE: 'positive', NEUTRAL: 'neutral', NEGATIVE: 'negative' } as const;

/**
 * What is wrong with a coverage report that its contract cannot say: each medium's count must be its tones added up
 * (else the totals the coordinator reads contradict the breakdown), each medium counted once, and the period must
 * not end before it starts. Empty when nothing is.
 */
export function coverageIssues(report: PrapMediaCoverageReportV1): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (Date.parse(report.shukeiKikan.shuryo) < Date.parse(report.shukeiKikan.kaishi)) {
    issues.push({ field: 'shukeiKikan.shuryo', reason: 'must not be before shukeiKikan.kaishi' });
  }
  const seen = new Set<Baitai>();
  report.baitaiBetsu.forEach((row, i) => {
    if (seen.has(row.baitai)) issues.push({ field: `baitaiBetsu[${i}].baitai`, reason: `repeats ${row.baitai}: each medium is counted once` });
    seen.add(row.baitai);
    const tones = row.positive + row.neutral + row.negative;
    if (row.kensu !== tones) issues.push({ field: `baitaiBetsu[${i}].kensu`, reason: `must equal positive + neutral + negative (${tones})` });
  });
  return issues;
}

/** The report's figures in the hub's terms, totals over every medium included. */
export function coverageFacts(report: PrapMediaCoverageReportV1): PrapMediaCoverageFactsV1 {
  const sum = (pick: (row: PrapMediaCoverageReportV1['baitaiBetsu'][number]) => number) => report.baitaiBetsu.reduce((total, row) => total + pick(row), 0);
  return {
    periodFrom: report.shukeiKikan.kaishi,
    periodTo: report.shukeiKikan.shuryo,
    totalItems: sum((r) => r.kensu),
    positiveItems: sum((r) => r.positive),
    neutralItems: sum((r) => r.neutral),
    negativeItems: sum((r) => r.negative),
    alertLevel: report.keikaiLevel === 'YOKEIKAI' ? 'watch' : 'normal',
    byMedia: report.baitaiBetsu.map((r) => ({ media: MEDIA[r.baitai], items: r.kensu, positive: r.positive, neutral: r.neutral, negative: r.negative })),
    notableItems: (report.chumokuKiji ?? []).map((k) => ({
      media: MEDIA[k.baitai],
      outlet: k.baitaiMei,
      headline: k.midashi,
      tone: TONE[k.tone],
      publishedAt: k.keisaiNichiji,
      ...(k.url ? { url: k.url } : {}),
    })),
  };
}

/**
 * PRAP's media monitoring (報道状況報告) during the crisis: one deliverable per report. When PRAP's analysts raise the
 * alert level (要警戒), it reaches the coordinator's timeline at once as an alert.
 */
export const prapMediaCoverage: NativeSubmission<PrapMediaCoverageReportV1> = {
  route: 'anken/:ankenId/media-coverage',
  summary: "PRAP reports the crisis's media coverage over a period: counts per medium and tone",
  body: { contract: 'partners/prap/media-coverage-report.v1' },
  toDeliverables(native, context): DeliverableDraft[] {
    const orderId = ankenOf(native.ankenId, context);
    const issues = coverageIssues(native);
    if (issues.length > 0) throw invalidInput('The coverage report does not add up', issues);
    const facts = coverageFacts(native);
    return [
      {
        orderId,
        kind: 'media_coverage',
        reference: native.reportNo,
        title: `報道状況報告 ${native.reportNo}: ${facts.totalItems}件（好意的 ${facts.positiveItems}・中立 ${facts.neutralItems}・否定的 ${facts.negativeItems}）`,
        ...(native.sokatsu ? { summary: native.sokatsu } : {}),
        attention: native.keikaiLevel === 'YOKEIKAI' ? 'urgent' : 'normal',
        occurredAt: native.hokokuNichiji,
        facts,
        factsContract: 'partners/prap/media-coverage-facts.v1',
      },
    ];
  },
};
