import { createHash } from 'node:crypto';
import { reportDocumentIssues } from './aos-report';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n\n', 'latin1');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const documentOf = (bytes: Buffer, overrides: Record<string, unknown> = {}) => ({
  fileName: 'report.pdf',
  mediaType: 'application/pdf' as const,
  sizeBytes: bytes.length,
  sha256: sha256(bytes),
  contentBase64: bytes.toString('base64'),
  ...overrides,
});

describe('reportDocumentIssues: the document AOS sent is the one its report states', () => {
  it('has nothing to check when only the hash was sent', () => {
    expect(reportDocumentIssues({ fileName: 'r.pdf', mediaType: 'application/pdf', sizeBytes: 10, sha256: 'a'.repeat(64) })).toEqual([]);
  });

  it('accepts the document that hashes to the stated SHA-256, in either case', () => {
    expect(reportDocumentIssues(documentOf(pdf))).toEqual([]);
    expect(reportDocumentIssues(documentOf(pdf, { sha256: sha256(pdf).toUpperCase() }))).toEqual([]);
  });

  it('names the hash and the size when they are not the document\'s', () => {
    expect(reportDocumentIssues(documentOf(pdf, { sha256: 'f'.repeat(64), sizeBytes: 3 }))).toEqual([
      { field: 'document.sizeBytes', reason: `must be the size of the document sent (${pdf.length} bytes)` },
      { field: 'document.sha256', reason: `does not match the document sent (its SHA-256 is ${sha256(pdf)})` },
    ]);
  });

  it('refuses base64 that Node would decode leniently (a line break, no padding), rather than hash other bytes', () => {
    const text = pdf.toString('base64');
    expect(reportDocumentIssues(documentOf(pdf, { contentBase64: `${text.slice(0, 8)}\n${text.slice(8)}` }))).toEqual([{ field: 'document.contentBase64', reason: 'must be base64 (padded, without line breaks)' }]);
    expect(reportDocumentIssues(documentOf(pdf, { contentBase64: text.replace(/=+$/, '') }))[0]?.field).toBe('document.contentBase64');
  });

  it('refuses a document that is not a PDF', () => {
    const zip = Buffer.from('PK\u0003\u0004rest');
    expect(reportDocumentIssues(documentOf(zip))).toEqual([{ field: 'document.contentBase64', reason: 'must be a PDF document (starting with %PDF-)' }]);
  });
});
