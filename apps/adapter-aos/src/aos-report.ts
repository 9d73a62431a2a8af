import { createHash } from 'node:crypto';
import type { AosForensicReportFactsV1, AosInvestigationReportV1 } from '@hub/contracts';
import type { DeliverableDraft } from '@hub/adapter-kit';
import { type FieldIssue, invalidInput } from '@hub/refusals';
import { AOS_FACTS, AOS_KINDS, clip, normalisedHash } from './aos-deliverables';

type ReportDocument = AosInvestigationReportV1['document'];

/**
 * What is wrong with a report's document when AOS sent the document itself: it must be base64, a PDF, of the stated size,
 * hashing to the stated SHA-256. The hash is what the insured and the insurer will hold the report to later, so a hash
 * that does not fit the document is refused, not recorded. Nothing to check when only the hash was sent.
 */
export function reportDocumentIssues(document: ReportDocument): FieldIssue[] {
  if (document.contentBase64 === undefined) return [];
  const bytes = Buffer.from(document.contentBase64, 'base64');
  // Node decodes base64 leniently; a document that does not re-encode to what was sent is not the one AOS hashed.
  if (bytes.toString('base64') !== document.contentBase64) return [{ field: 'document.contentBase64', reason: 'must be base64 (padded, without line breaks)' }];
  const issues: FieldIssue[] = [];
  if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) issues.push({ field: 'document.contentBase64', reason: 'must be a PDF document (starting with %PDF-)' });
  if (bytes.length !== document.sizeBytes) issues.push({ field: 'document.sizeBytes', reason: `must be the size of the document sent (${bytes.length} bytes)` });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== normalisedHash(document.sha256)) issues.push({ field: 'document.sha256', reason: `does not match the document sent (its SHA-256 is ${sha256})` });
  return issues;
}

/** The lawyer-authored report as one deliverable, referenced by AOS's report number; its document's bytes stay with AOS. */
export function forensicReportOf(report: AosInvestigationReportV1): DeliverableDraft[] {
  const issues = reportDocumentIssues(report.document);
  if (issues.length > 0) throw invalidInput('The report document does not match what the report states of it', issues);
  const facts: AosForensicReportFactsV1 = {
    reportNo: report.reportNo,
    lawyerName: report.author.lawyerName,
    barRegistrationNo: report.author.barRegistrationNo,
    lawFirm: report.author.lawFirm,
    ...(report.examiner ? { examiner: report.examiner.name } : {}),
    documentFileName: report.document.fileName,
    documentMediaType: report.document.mediaType,
    documentSizeBytes: report.document.sizeBytes,
    documentSha256: normalisedHash(report.document.sha256),
    documentContentChecked: report.document.contentBase64 !== undefined,
    evidenceCovered: report.evidenceCovered,
    finalisedAt: report.finalisedAt,
  };
  return [
    {
      orderId: report.matterRef,
      kind: AOS_KINDS.forensicReport,
      reference: report.reportNo,
      title: clip(`${report.title}（${report.reportNo}、弁護士 ${report.author.lawyerName}）`, 300),
      summary: report.findingsSummary,
      attention: 'normal',
      occurredAt: report.finalisedAt,
      facts,
      factsContract: AOS_FACTS.forensicReport,
    },
  ];
}
