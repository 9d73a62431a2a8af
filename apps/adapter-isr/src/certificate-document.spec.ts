import { createHash } from 'node:crypto';
import { Refusal } from '@hub/refusals';
import { decodeBase64, MAX_DOCUMENT_BYTES, verifyCertificateDocument } from './certificate-document';
import { gradeRank, RATING_SCALE } from './rating-scale';
import { noteOf } from './isr-mapping';

const pdfOf = (size: number): Buffer => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x41)]);
const documentOf = (content: Buffer, overrides: Partial<{ sha256: string; byteLength: number; contentBase64: string }> = {}) => ({
  fileName: 'ISR-RP-2026-00042.pdf',
  mediaType: 'application/pdf' as const,
  byteLength: content.length,
  sha256: createHash('sha256').update(content).digest('hex'),
  contentBase64: content.toString('base64'),
  ...overrides,
});
const refusalOf = (run: () => unknown): Refusal => {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('the certificate document checked against what I.S.Rating states', () => {
  it('returns the hash it computed and the size, for a document that matches', () => {
    const content = pdfOf(2_000);
    expect(verifyCertificateDocument(documentOf(content))).toEqual({ bytes: 2_000, sha256: createHash('sha256').update(content).digest('hex') });
  });

  it('takes a document of exactly 700 KiB and refuses one byte more, naming the content', () => {
    expect(verifyCertificateDocument(documentOf(pdfOf(MAX_DOCUMENT_BYTES))).bytes).toBe(716_800);
    const refusal = refusalOf(() => verifyCertificateDocument(documentOf(pdfOf(MAX_DOCUMENT_BYTES + 1))));
    expect(refusal).toMatchObject({ kind: 'invalid', issues: [{ field: 'certificate.document.contentBase64', reason: 'decodes to 716801 bytes, more than 716800 (700 KiB)' }] });
  });

  it('refuses a mismatching hash as certificate_hash_mismatch, naming the field, whatever one bit changed', () => {
    const content = pdfOf(1_000);
    const altered = Buffer.from(content);
    altered[500] ^= 0x80;
    const refusal = refusalOf(() => verifyCertificateDocument(documentOf(altered, { sha256: documentOf(content).sha256 })));
    expect(refusal).toMatchObject({ kind: 'invalid', code: 'certificate_hash_mismatch' });
    expect(refusal.issues).toEqual([{ field: 'certificate.document.sha256', reason: `does not match the document, whose SHA-256 is ${documentOf(altered).sha256}` }]);
  });

  it('refuses a stated size that is not the document\'s before comparing hashes (a truncated upload says so)', () => {
    const content = pdfOf(1_000);
    const truncated = content.subarray(0, 900);
    const refusal = refusalOf(() => verifyCertificateDocument({ ...documentOf(content), contentBase64: truncated.toString('base64') }));
    expect(refusal).toMatchObject({ kind: 'invalid', code: 'certificate_size_mismatch', issues: [{ field: 'certificate.document.byteLength', reason: 'does not match the document, which is 900 bytes' }] });
  });

  it('refuses what is not a PDF', () => {
    const refusal = refusalOf(() => verifyCertificateDocument(documentOf(Buffer.from('PK\u0003\u0004 a zip'))));
    expect(refusal.issues).toEqual([{ field: 'certificate.document.contentBase64', reason: 'is not a PDF document (it does not begin with %PDF-)' }]);
  });
});

describe('strict base64', () => {
  it('decodes canonical, padded base64 and nothing else', () => {
    expect(decodeBase64('JVBERi0=')?.toString('latin1')).toBe('%PDF-');
    expect(decodeBase64('')).toEqual(Buffer.alloc(0));
    // Node would decode each of these by guessing; I.S.Rating's certificate must be exactly its bytes.
    expect(decodeBase64('JVBERi0')).toBeUndefined();
    expect(decodeBase64('JVBE\nRi0=')).toBeUndefined();
    expect(decodeBase64('JVBERi1=')).toBeUndefined();
    expect(decodeBase64('JVBE-i0=')).toBeUndefined();
  });
});

describe("I.S.Rating's scale and notes", () => {
  it('has 17 distinct grades, AAAis first and Cis last', () => {
    expect(new Set(RATING_SCALE).size).toBe(17);
    expect([gradeRank('AAAis'), gradeRank('A-is'), gradeRank('BBB-is'), gradeRank('Cis')]).toEqual([1, 7, 10, 17]);
  });

  it('puts the analysts\' message and the lead analyst in one note, or none when there is neither', () => {
    expect(noteOf({ message: '受託しました', leadAnalyst: '高橋' })).toBe('受託しました / 主任アナリスト: 高橋');
    expect(noteOf({ leadAnalyst: '高橋' })).toBe('主任アナリスト: 高橋');
    expect(noteOf({})).toBeUndefined();
  });
});
