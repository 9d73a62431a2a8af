import { createHash } from 'node:crypto';
import { contractValidator } from '@hub/contracts';
import { verifyCertificateDocument } from '../src/certificate-document';
import { certificatePdf } from './certificate-pdf';
import { certificate, type Evaluation, FEE_LINES, invoice, jstDate, publication, validUntilOf } from './isr-documents';

const evaluation: Evaluation = {
  request: {
    specVersion: '1.0',
    requestNo: '0b6f3c1e-5d7a-4c1b-9f4e-2a8d6e9b1c3f',
    incidentNo: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    evaluationType: 'RECURRENCE_PREVENTION_STATUS',
    ratee: { corporateName: '株式会社みなと精機', liaisonName: '佐藤', liaisonPhone: '03-1234-5678' },
    incidentOutline: { category: 'INFORMATION_LEAK', description: '顧客情報の漏えい', becameAwareAt: '2026-11-20T09:30:00+09:00' },
    requestedWork: '再発防止策の評価',
    requestedAt: '2026-12-01T10:00:00+09:00',
  },
  evaluationNo: 'E2026-00042',
  certificateNo: 'ISR-RP-2026-00042',
  leadAnalyst: '高橋 真理子',
  receivedOn: jstDate(),
};

describe('what the simulated I.S.Rating sends', () => {
  const validator = contractValidator();

  it('writes a well-formed PDF: every cross-reference offset points at its object', () => {
    const pdf = certificatePdf({ certificateNo: 'ISR-RP-2026-00042', ratee: '(株) テスト', grade: 'A-is', validFrom: '2026-12-18', validUntil: '2027-12-17', leadAnalyst: 'x' }).toString('latin1');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(pdf.slice(offset)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref)).toMatch(/^xref/);
    // Parentheses in the text are escaped, so the string literals stay balanced.
    expect(pdf).toContain('Rating: A-is \\(I.S.Rating 17-step scale\\)');
  });

  it('sends a certificate its own adapter verifies, of a year\'s validity', () => {
    const issued = certificate(evaluation);
    expect(validator.validate('partners/isr/rating-certificate.v1', issued.body).ok).toBe(true);
    expect(verifyCertificateDocument(issued.body.certificate.document)).toEqual({ bytes: issued.pdf.length, sha256: createHash('sha256').update(issued.pdf).digest('hex') });
    expect(issued.body.certificate.validUntil).toBe(validUntilOf(issued.body.certificate.validFrom));
    expect(validator.validate('partners/isr/result-publication.v1', publication(evaluation, issued, 412)).ok).toBe(true);
  });

  it('ends a validity the day before the anniversary, leap days included', () => {
    expect(validUntilOf('2026-12-18')).toBe('2027-12-17');
    expect(validUntilOf('2027-03-01')).toBe('2028-02-29');
    expect(validUntilOf('2028-02-29')).toBe('2029-02-28');
  });

  it('invoices with totals core will agree with, within the tests\' estimate', () => {
    const sent = invoice(evaluation);
    expect(validator.validate('partners/isr/invoice.v1', sent).ok).toBe(true);
    expect(sent.amounts).toEqual({ byTaxRate: [{ ratePercent: 10, subtotalYen: 1_900_000, consumptionTaxYen: 190_000 }], untaxedYen: 23_540, totalYen: 2_113_540 });
    expect(sent.amounts.totalYen).toBeLessThanOrEqual(2_420_000);
    // The travel expenses (不課税) bear no tax: the taxable total is every other line.
    expect(FEE_LINES.filter((l) => l.taxClass === 'KAZEI_10').reduce((sum, l) => sum + l.quantity * l.unitPriceYen, 0)).toBe(1_900_000);
  });
});
