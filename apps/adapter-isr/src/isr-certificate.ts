import type { IsrRatingCertificateFactsV1, IsrRatingCertificateV1 } from '@hub/contracts';
import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import { invalidInput } from '@hub/refusals';
import { verifyCertificateDocument } from './certificate-document';
import { gradeRank, RATING_SCALE_NAME } from './rating-scale';

export const RATING_CERTIFICATE = 'rating_certificate';

/** A 700 KiB document is 955,736 characters of base64; the rest of the body is a few hundred bytes. */
const CERTIFICATE_BODY_BYTES = 1024 * 1024;

/**
 * The rating certificate as the hub's deliverable: its number is the reference (I.S.Rating never reissues a number, so a
 * changed resend is refused as a changed record), and its facts keep the hash the adapter computed from the document,
 * never the document itself.
 */
export function certificateToDeliverable(native: IsrRatingCertificateV1): DeliverableDraft {
  const certificate = native.certificate;
  // ISO dates compare as text.
  if (certificate.validUntil <= certificate.validFrom) {
    throw invalidInput('The certificate ends before it starts', [{ field: 'certificate.validUntil', reason: `must be after validFrom (${certificate.validFrom})` }]);
  }
  const document = verifyCertificateDocument(certificate.document);
  const rank = gradeRank(certificate.ratingGrade);
  const facts: IsrRatingCertificateFactsV1 = {
    certificateNo: certificate.certificateNo,
    evaluationNo: native.evaluationNo,
    ratingGrade: certificate.ratingGrade,
    ratingScale: RATING_SCALE_NAME,
    gradeRank: rank,
    ratingSubject: certificate.ratingSubject,
    committeeDecisionDate: certificate.committeeDecisionDate,
    issueDate: certificate.issueDate,
    validFrom: certificate.validFrom,
    validUntil: certificate.validUntil,
    leadAnalyst: certificate.leadAnalyst,
    documentFileName: certificate.document.fileName,
    documentBytes: document.bytes,
    documentSha256: document.sha256,
    documentSha256Verified: true,
  };
  return {
    orderId: native.requestNo,
    kind: RATING_CERTIFICATE,
    reference: certificate.certificateNo,
    title: `格付証明書 ${certificate.certificateNo}（${certificate.ratingGrade}）`,
    summary: `${certificate.ratingSubject}: 格付 ${certificate.ratingGrade}（17段階中 ${rank} 段階目）、有効期間 ${certificate.validFrom}〜${certificate.validUntil}、格付委員会 ${certificate.committeeDecisionDate} 決定、主任アナリスト ${certificate.leadAnalyst}`,
    attention: 'normal',
    occurredAt: native.issuedAt,
    factsContract: 'partners/isr/rating-certificate-facts.v1',
    facts,
  };
}

/** `POST /isr/v1/certificates`. */
export const certificateSubmission: NativeSubmission<IsrRatingCertificateV1> = {
  route: 'certificates',
  summary: 'A rating certificate (格付証明書) with its PDF; the document is checked against its stated SHA-256 and size, and only its hash is kept.',
  body: { contract: 'partners/isr/rating-certificate.v1' },
  maxBytes: CERTIFICATE_BODY_BYTES,
  toDeliverables: (native) => [certificateToDeliverable(native)],
};
