import { createHash, randomUUID } from 'node:crypto';
import type { IsrEvaluationNoticeV1, IsrInvoiceV1, IsrRatingCertificateV1, IsrRatingRequestV1, IsrResultPublicationV1 } from '@hub/contracts';
import { computeInvoiceV2 } from '@hub/invoicing';
import { PARTNERS } from '@hub/partners';
import { certificatePdf } from './certificate-pdf';

/** What I.S.Rating's back office knows of one evaluation when it writes to the hub. */
export interface Evaluation {
  request: IsrRatingRequestV1;
  evaluationNo: string;
  certificateNo: string;
  leadAnalyst: string;
  /** The JST day the request arrived: the first day billed. */
  receivedOn: string;
}

/** A certificate as issued: what was sent, and the document's bytes, kept so tests can hash them independently. */
export interface IssuedCertificate {
  body: IsrRatingCertificateV1;
  pdf: Buffer;
  sha256: string;
}

/** The simulated analysts' grade: A-is, the seventh of seventeen, for measures taken but not yet proven over time. */
export const SIMULATED_GRADE: IsrRatingCertificateV1['certificate']['ratingGrade'] = 'A-is';

/** The JST calendar day of an instant, as I.S.Rating's systems date everything. */
export const jstDate = (at: Date = new Date()): string => new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** One year of validity: the last day is the day before the anniversary. */
export function validUntilOf(validFrom: string): string {
  const end = new Date(`${validFrom}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function notice(evaluation: Evaluation, noticeType: IsrEvaluationNoticeV1['noticeType'], extra: Partial<IsrEvaluationNoticeV1> = {}): IsrEvaluationNoticeV1 {
  return {
    specVersion: '1.0',
    requestNo: evaluation.request.requestNo,
    evaluationNo: evaluation.evaluationNo,
    noticeType,
    ...extra,
    noticedAt: new Date().toISOString(),
  };
}

export function certificate(evaluation: Evaluation, grade = SIMULATED_GRADE): IssuedCertificate {
  const today = jstDate();
  const validUntil = validUntilOf(today);
  const pdf = certificatePdf({
    certificateNo: evaluation.certificateNo,
    ratee: evaluation.request.ratee.corporateName,
    grade,
    validFrom: today,
    validUntil,
    leadAnalyst: evaluation.leadAnalyst,
  });
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  return {
    pdf,
    sha256,
    body: {
      specVersion: '1.0',
      requestNo: evaluation.request.requestNo,
      evaluationNo: evaluation.evaluationNo,
      certificate: {
        certificateNo: evaluation.certificateNo,
        ratingGrade: grade,
        ratingSubject: '再発防止策の実施状況',
        committeeDecisionDate: today,
        issueDate: today,
        validFrom: today,
        validUntil,
        leadAnalyst: evaluation.leadAnalyst,
        document: { fileName: `${evaluation.certificateNo}.pdf`, mediaType: 'application/pdf', byteLength: pdf.length, sha256, contentBase64: pdf.toString('base64') },
      },
      issuedAt: new Date().toISOString(),
    },
  };
}

/** The website posting and the mail-magazine issue that announce a certificate, as published the same day. */
export function publication(evaluation: Evaluation, issued: IssuedCertificate, issueNo: number): IsrResultPublicationV1 {
  const now = new Date().toISOString();
  const cert = issued.body.certificate;
  return {
    specVersion: '1.0',
    requestNo: evaluation.request.requestNo,
    evaluationNo: evaluation.evaluationNo,
    certificateNo: cert.certificateNo,
    publishedGrade: cert.ratingGrade,
    certificateSha256: issued.sha256,
    media: [
      { medium: 'WEBSITE', pageUrl: `https://www.isr.example.jp/ratings/recurrence-prevention/${cert.certificateNo}`, postedAt: now, listedUntil: cert.validUntil },
      { medium: 'MAIL_MAGAZINE', magazineTitle: 'I.S.R.レーティング通信', issueNo, sentAt: now, recipientCount: 12_480 },
    ],
  };
}

type FeeLine = IsrInvoiceV1['feeLines'][number];

/**
 * I.S.Rating's fees for one evaluation (評価料 per evaluation, 認証料 per certificate, 結果公表支援料 per medium, travel to
 * the onsite review at cost): ¥2,113,540 in all, within the ¥2.42M the demo's and the tests' orders estimate.
 */
export const FEE_LINES: readonly FeeLine[] = [
  { feeCode: 'EVALUATION_FEE', itemName: '再発防止策実施状況評価料', billingUnit: 'PER_EVALUATION', quantity: 1, unitPriceYen: 1_200_000, taxClass: 'KAZEI_10' },
  { feeCode: 'CERTIFICATION_FEE', itemName: '格付証明書 認証料', billingUnit: 'PER_CERTIFICATE', quantity: 1, unitPriceYen: 500_000, taxClass: 'KAZEI_10' },
  { feeCode: 'DISCLOSURE_SUPPORT_FEE', itemName: '結果公表支援料（ウェブサイト掲載・メールマガジン配信）', billingUnit: 'PER_PUBLICATION', quantity: 2, unitPriceYen: 100_000, taxClass: 'KAZEI_10' },
  { feeCode: 'TRAVEL_EXPENSES', itemName: '現地調査 出張旅費（立替）', billingUnit: 'AT_COST', quantity: 1, unitPriceYen: 23_540, taxClass: 'FUKAZEI' },
];

/** I.S.Rating's qualified invoice for the evaluation, with the totals its billing system prints (tax once per rate, 切り捨て). */
export function invoice(evaluation: Evaluation, lines: readonly FeeLine[] = FEE_LINES): IsrInvoiceV1 {
  const rateOf = (line: FeeLine): 10 | 8 | null => (line.taxClass === 'KAZEI_10' ? 10 : line.taxClass === 'KAZEI_8' ? 8 : null);
  const computed = computeInvoiceV2(
    lines.map((line, i) => ({
      lineNo: i + 1,
      taxCategory: rateOf(line) === null ? 'out_of_scope' : 'taxable',
      taxRate: rateOf(line),
      amountYen: line.quantity * line.unitPriceYen,
    })),
    'tax_exclusive',
    'floor',
  );
  const today = jstDate();
  return {
    specVersion: '1.0',
    requestNo: evaluation.request.requestNo,
    evaluationNo: evaluation.evaluationNo,
    // Unique across runs against one database: core refuses an invoice number it has seen from I.S.Rating before.
    billingNo: `ISR-B${today.slice(0, 7).replace('-', '')}-${randomUUID().slice(0, 8).toUpperCase()}`,
    billingDate: today,
    seller: { corporateName: PARTNERS.isr.nameJa, registrationNo: PARTNERS.isr.registrationNumber },
    addressee: `${evaluation.request.ratee.corporateName} 御中`,
    servicePeriod: { start: evaluation.receivedOn, end: today },
    pricing: 'ZEINUKI',
    taxFractionRule: 'KIRISUTE',
    feeLines: [...lines],
    amounts: {
      byTaxRate: computed.byRate.map((r) => ({ ratePercent: r.rate, subtotalYen: r.amountYen, consumptionTaxYen: r.taxYen })),
      untaxedYen: computed.nonTaxableYen,
      totalYen: computed.grossYen,
    },
  };
}
