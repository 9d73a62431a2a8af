import type { IsrEvaluationNoticeV1 } from '@hub/contracts';
import type { IsrBackOffice, ReceivedRequest } from './isr-back-office';
import { certificate, invoice, notice, publication } from './isr-documents';

type Milestone = NonNullable<IsrEvaluationNoticeV1['milestone']>;

/** The milestones before the certificate, in the order the analysts reach them. */
const REVIEW: [Milestone, string][] = [
  ['DOCUMENT_REVIEW_DONE', '再発防止策の規程・手順書等の書面審査を完了しました'],
  ['ANALYST_INTERVIEW_DONE', '経営者・担当者ヒアリングを完了しました'],
  ['ONSITE_REVIEW_DONE', '現地調査（運用状況の確認）を完了しました'],
  ['RATING_COMMITTEE_DECIDED', '格付委員会で格付を決定しました'],
];

/**
 * What I.S.Rating's analysts do with a request, one step after another: undertake it, start the evaluation, review the
 * documents, interview management and staff, review on site, have the rating committee decide, issue the certificate,
 * publish the result on the website and in the mail magazine, close the evaluation and invoice it. A request whose work
 * contains `#sim-decline` is declined; one with `#sim-hold` stops after the evaluation starts (the analysts wait for the
 * ratee's documents), so tests can withdraw it mid-way. A withdrawn request stops at the next step.
 */
export function evaluationScript(office: IsrBackOffice, evaluation: ReceivedRequest): (() => Promise<boolean>)[] {
  const work = evaluation.request.requestedWork;
  const going = (step: () => Promise<boolean>) => async () => !office.isWithdrawn(evaluation.request.requestNo) && step();
  const milestone = (step: Milestone, message: string) =>
    going(() => office.send(evaluation, 'notice', `MILESTONE_REACHED:${step}`, notice(evaluation, 'MILESTONE_REACHED', { milestone: step, message })));

  if (work.includes('#sim-decline')) {
    return [going(() => office.send(evaluation, 'notice', 'DECLINED', notice(evaluation, 'DECLINED', { declineReason: '被評価者との間に利益相反のおそれがあるため、本件評価は辞退いたします' })))];
  }
  const start = [
    going(() => office.send(evaluation, 'notice', 'UNDERTAKEN', notice(evaluation, 'UNDERTAKEN', { leadAnalyst: evaluation.leadAnalyst, message: '評価依頼を受託しました' }))),
    milestone('EVALUATION_STARTED', '評価を開始しました。規程類・記録のご提出をお願いします'),
  ];
  if (work.includes('#sim-hold')) return start;
  return [
    ...start,
    ...REVIEW.map(([step, message]) => milestone(step, message)),
    going(async () => {
      evaluation.certificate = certificate(evaluation);
      return office.send(evaluation, 'certificate', evaluation.certificateNo, evaluation.certificate.body);
    }),
    milestone('CERTIFICATE_ISSUED', `格付証明書 ${evaluation.certificateNo} を発行しました`),
    going(async () => {
      if (!evaluation.certificate) return false;
      return office.send(evaluation, 'publication', evaluation.certificateNo, publication(evaluation, evaluation.certificate, office.nextIssueNo()));
    }),
    milestone('RESULT_PUBLISHED', '当社ウェブサイトへの掲載とメールマガジンでの配信により結果を公表しました'),
    going(() => office.send(evaluation, 'notice', 'EVALUATION_CLOSED', notice(evaluation, 'EVALUATION_CLOSED', { message: '評価業務を完了しました' }))),
    going(() => office.send(evaluation, 'invoice', 'invoice', invoice(evaluation))),
  ];
}
