/** What the simulated I.S.Rating prints on a certificate. */
export interface CertificateSheet {
  certificateNo: string;
  ratee: string;
  grade: string;
  validFrom: string;
  validUntil: string;
  leadAnalyst: string;
}

/** PDF string literals: backslash and parentheses escaped, anything outside printable ASCII replaced (the font is Helvetica). */
const literal = (text: string): string => `(${text.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1')})`;

/**
 * A small but well-formed PDF 1.4 certificate (one page, Helvetica, a cross-reference table with exact offsets), so the
 * document the simulator sends is a real PDF whose bytes and SHA-256 mean something. Japanese names are written as "?"
 * because the standard fonts have no Japanese glyphs; the real certificate is not ours to typeset.
 */
export function certificatePdf(sheet: CertificateSheet): Buffer {
  const lines = [
    'I.S.Rating Co., Ltd. - Certificate of Rating',
    'Subject: status of recurrence-prevention measures',
    `Certificate No.: ${sheet.certificateNo}`,
    `Ratee: ${sheet.ratee}`,
    `Rating: ${sheet.grade} (I.S.Rating 17-step scale)`,
    `Valid: ${sheet.validFrom} to ${sheet.validUntil}`,
    `Lead analyst: ${sheet.leadAnalyst}`,
  ];
  const text = ['BT', '/F1 14 Tf', '72 760 Td', '18 TL', ...lines.map((line) => `${literal(line)} '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
