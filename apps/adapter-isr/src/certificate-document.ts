import { createHash } from 'node:crypto';
import type { IsrRatingCertificateV1 } from '@hub/contracts';
import { type FieldIssue, invalidInput, Refusal } from '@hub/refusals';

type CertificateDocument = IsrRatingCertificateV1['certificate']['document'];

/** 700 KiB: the largest certificate document I.S.Rating sends (a few signed pages); the contract says the same. */
export const MAX_DOCUMENT_BYTES = 716_800;

const FIELD = 'certificate.document';
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * Bad input like any other (400, naming the field, as the adapter's API document says), under a code of its own so
 * I.S.Rating's system can tell a corrupted upload from a malformed body.
 */
const mismatch = (code: string, message: string, issues: FieldIssue[]) => new Refusal('invalid', code, message, issues);

export interface VerifiedDocument {
  /** Its size as decoded. */
  bytes: number;
  /** The SHA-256 computed here, lower-case hex: what the hub keeps, instead of the document. */
  sha256: string;
}

/**
 * The certificate document checked against what I.S.Rating states for it: canonical base64 (Node's decoder skips what it
 * does not understand, so a corrupted upload is caught by encoding it back), at most 700 KiB, a PDF, of the stated size and
 * of the stated SHA-256. The hash is why the hub can later say which document was certified without keeping it; a
 * mismatch means the bytes are not the document I.S.Rating meant, so nothing is kept and the field is named.
 */
export function verifyCertificateDocument(document: CertificateDocument): VerifiedDocument {
  const content = decodeBase64(document.contentBase64);
  if (!content) {
    throw invalidInput('The certificate document is not valid base64', [{ field: `${FIELD}.contentBase64`, reason: 'is not base64 (RFC 4648, padded, without line breaks)' }]);
  }
  if (content.length > MAX_DOCUMENT_BYTES) {
    throw invalidInput('The certificate document is too large', [{ field: `${FIELD}.contentBase64`, reason: `decodes to ${content.length} bytes, more than ${MAX_DOCUMENT_BYTES} (700 KiB)` }]);
  }
  if (!content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw invalidInput('The certificate document is not a PDF', [{ field: `${FIELD}.contentBase64`, reason: 'is not a PDF document (it does not begin with %PDF-)' }]);
  }
  if (content.length !== document.byteLength) {
    throw mismatch('certificate_size_mismatch', `The certificate document is ${content.length} bytes, not the ${document.byteLength} stated`, [
      { field: `${FIELD}.byteLength`, reason: `does not match the document, which is ${content.length} bytes` },
    ]);
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  if (sha256 !== document.sha256) {
    throw mismatch('certificate_hash_mismatch', `The certificate document's SHA-256 is ${sha256}, not the ${document.sha256} stated`, [
      { field: `${FIELD}.sha256`, reason: `does not match the document, whose SHA-256 is ${sha256}` },
    ]);
  }
  return { bytes: content.length, sha256 };
}

/** The bytes of canonical, padded base64; undefined for anything else. */
export function decodeBase64(text: string): Buffer | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
