import type { IsrEvaluationNoticeV1, IsrInvoiceV1, IsrRatingCertificateV1, IsrResultPublicationV1 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * I.S.Rating's bodies as its API document shows them (issue 12): one evaluation of the recurrence-prevention measures
 * after the breach found on 2026-11-20 — undertaken, the interview, the committee's grade, the certificate and its PDF,
 * its publication on the website and in the mail magazine, the invoice — as apps/adapter-isr/test/fixtures has them,
 * compressed into the week after the breach so that every date is in the past.
 */
const REQUEST = { specVersion: '1.0', requestNo: EXAMPLE_ORDER_ID, evaluationNo: 'E2026-00042' } as const;
const withRequest = (summary: string) => `${summary} (${replaceOrderId('requestNo')})`;

const notice = (summary: string, body: Omit<IsrEvaluationNoticeV1, keyof typeof REQUEST>) => bodyExample<IsrEvaluationNoticeV1>(withRequest(summary), { ...REQUEST, ...body });

/**
 * The certificate's PDF as I.S.Rating's system prints it (apps/adapter-isr/sim/certificate-pdf.ts, for ISR-RP-2026-00042,
 * A-is, valid 2026-11-27 to 2027-11-26): the adapter checks its size and SHA-256 against what the body states.
 */
const CERTIFICATE_PDF = {
  byteLength: 869,
  sha256: '1110878d79660875f91a8efbcb721b57d2258e779ee776b027700f67a2e1658c',
  contentBase64:
    'JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggMzI0ID4+CnN0cmVhbQpCVAovRjEgMTQgVGYKNzIgNzYwIFRkCjE4IFRMCihJLlMuUmF0aW5nIENvLiwgTHRkLiAtIENlcnRpZmljYXRlIG9mIFJhdGluZykgJwooU3ViamVjdDogc3RhdHVzIG9mIHJlY3VycmVuY2UtcHJldmVudGlvbiBtZWFzdXJlcykgJwooQ2VydGlmaWNhdGUgTm8uOiBJU1ItUlAtMjAyNi0wMDA0MikgJwooUmF0ZWU6IE1pbmF0byBTZWlraSBDby4sIEx0ZC4pICcKKFJhdGluZzogQS1pcyBcKEkuUy5SYXRpbmcgMTctc3RlcCBzY2FsZVwpKSAnCihWYWxpZDogMjAyNi0xMS0yNyB0byAyMDI3LTExLTI2KSAnCihMZWFkIGFuYWx5c3Q6IE1hcmlrbyBUYWthaGFzaGkpICcKRVQKZW5kc3RyZWFtCmVuZG9iagp4cmVmCjAgNgowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMDkgMDAwMDAgbiAKMDAwMDAwMDA1OCAwMDAwMCBuIAowMDAwMDAwMTE1IDAwMDAwIG4gCjAwMDAwMDAyNDEgMDAwMDAgbiAKMDAwMDAwMDMxMSAwMDAwMCBuIAp0cmFpbGVyCjw8IC9TaXplIDYgL1Jvb3QgMSAwIFIgPj4Kc3RhcnR4cmVmCjY4NgolJUVPRgo=',
};

const certificate: IsrRatingCertificateV1 = {
  ...REQUEST,
  certificate: {
    certificateNo: 'ISR-RP-2026-00042',
    ratingGrade: 'A-is',
    ratingSubject: '再発防止策の実施状況',
    committeeDecisionDate: '2026-11-26',
    issueDate: '2026-11-27',
    validFrom: '2026-11-27',
    validUntil: '2027-11-26',
    leadAnalyst: '高橋 真理子',
    document: { fileName: 'ISR-RP-2026-00042.pdf', mediaType: 'application/pdf', ...CERTIFICATE_PDF },
  },
  issuedAt: '2026-11-27T10:00:00+09:00',
};

const publication: IsrResultPublicationV1 = {
  ...REQUEST,
  certificateNo: 'ISR-RP-2026-00042',
  publishedGrade: 'A-is',
  certificateSha256: CERTIFICATE_PDF.sha256,
  media: [
    { medium: 'WEBSITE', pageUrl: 'https://www.isr.example.jp/ratings/recurrence-prevention/ISR-RP-2026-00042', postedAt: '2026-11-27T13:00:00+09:00', listedUntil: '2027-11-26' },
    { medium: 'MAIL_MAGAZINE', magazineTitle: 'I.S.R.レーティング通信', issueNo: 412, sentAt: '2026-11-27T15:00:00+09:00', recipientCount: 12_480 },
  ],
};

const invoice: IsrInvoiceV1 = {
  ...REQUEST,
  billingNo: 'ISR-B202611-00051',
  billingDate: '2026-11-27',
  seller: { corporateName: '株式会社アイ・エス・レーティング', registrationNo: 'T4010401106655' },
  addressee: '株式会社みなと精機 御中',
  servicePeriod: { start: '2026-11-21', end: '2026-11-27' },
  pricing: 'ZEINUKI',
  taxFractionRule: 'KIRISUTE',
  feeLines: [
    { feeCode: 'EVALUATION_FEE', itemName: '再発防止策実施状況評価料', billingUnit: 'PER_EVALUATION', quantity: 1, unitPriceYen: 1_200_000, taxClass: 'KAZEI_10' },
    { feeCode: 'CERTIFICATION_FEE', itemName: '格付証明書 認証料', billingUnit: 'PER_CERTIFICATE', quantity: 1, unitPriceYen: 500_000, taxClass: 'KAZEI_10' },
    { feeCode: 'DISCLOSURE_SUPPORT_FEE', itemName: '結果公表支援料（ウェブサイト掲載・メールマガジン配信）', billingUnit: 'PER_PUBLICATION', quantity: 2, unitPriceYen: 100_000, taxClass: 'KAZEI_10' },
    { feeCode: 'ANALYST_ADVISORY_FEE', itemName: 'アナリスト助言', billingUnit: 'PER_ANALYST_DAY', quantity: 0.5, unitPriceYen: 160_000, taxClass: 'KAZEI_10' },
    { feeCode: 'TRAVEL_EXPENSES', itemName: '現地調査 出張旅費（立替）', billingUnit: 'AT_COST', quantity: 1, unitPriceYen: 23_540, taxClass: 'FUKAZEI' },
  ],
  amounts: { byTaxRate: [{ ratePercent: 10, subtotalYen: 1_980_000, consumptionTaxYen: 198_000 }], untaxedYen: 23_540, totalYen: 2_201_540 },
};

export const isrExamplesV1: NativeExamples = {
  callbacks: {
    undertaken: notice('I.S.Rating undertakes the evaluation', { noticeType: 'UNDERTAKEN', leadAnalyst: '高橋 真理子', message: '評価依頼を受託しました', noticedAt: '2026-11-20T14:00:00+09:00' }),
    interviewDone: notice('The analysts have interviewed the management', {
      noticeType: 'MILESTONE_REACHED',
      milestone: 'ANALYST_INTERVIEW_DONE',
      message: '経営者・担当者ヒアリングを完了しました',
      noticedAt: '2026-11-24T17:30:00+09:00',
    }),
    committeeDecided: notice('The rating committee has decided the grade', { noticeType: 'MILESTONE_REACHED', milestone: 'RATING_COMMITTEE_DECIDED', noticedAt: '2026-11-26T16:00:00+09:00' }),
    evaluationClosed: notice('The evaluation is closed', { noticeType: 'EVALUATION_CLOSED', message: '評価業務を完了しました', noticedAt: '2026-11-27T17:00:00+09:00' }),
  },
  invoices: { evaluationCertificatePublication: bodyExample(withRequest("I.S.Rating's invoice for the evaluation, the certificate and its publication, ISR-B202611-00051"), invoice) },
  submissions: {
    certificates: { certificate: bodyExample(withRequest('The rating certificate ISR-RP-2026-00042 (A-is) with its PDF, whose size and SHA-256 the adapter checks'), certificate) },
    publications: { websiteAndMagazine: bodyExample(withRequest("The result published on I.S.Rating's website and in its mail magazine, restating the certificate's grade and hash"), publication) },
  },
};
