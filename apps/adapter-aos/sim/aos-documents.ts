import { createHash } from 'node:crypto';
import type { AosCustodyRecordV1, AosEvidenceRegisterV1, AosInvestigationReportV1, AosInvoiceV1, AosMatterRequestV1, AosMatterStatusV1 } from '@hub/contracts';
import { computeInvoiceV2, type PricedLine } from '@hub/invoicing';
import { findPartner } from '@hub/partners';

/**
 * What AOS's systems write about one matter, as pure functions of the matter and the moment: status reports, the
 * evidence register of the preservation job, custody entries, the lawyer's report and the invoice. The simulator's
 * people send them in order (aos-script.ts); tests build the same documents to send variations of them.
 */
export interface AosMatterFile {
  matterRef: string;
  aosMatterNo: string;
  /** The matter's number part, shared by AOS's evidence, form, job and report numbers (00153). */
  serial: string;
  /** The client, whom AOS invoices (宛名). */
  clientName: string;
  /** When AOS received the matter: nothing about it happened before. */
  openedAt: string;
  /** The day AOS received the matter (JST): the first day of the work invoiced. */
  receivedOn: string;
}

const OFFICER = { name: '高橋 誠', staffNo: 'AOS-1042' };
const EXAMINER = { name: '中村 美咲', staffNo: 'AOS-0877' };
const LAWYER = { lawyerName: '山田 太郎', barRegistrationNo: '41235', lawFirm: '山田・佐々木法律事務所' };

const dayInTokyo = (at: Date): string => new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

export function matterFileOf(request: Pick<AosMatterRequestV1, 'matterRef' | 'client'>, sequence: number, receivedAt = new Date()): AosMatterFile {
  const serial = String(sequence).padStart(5, '0');
  const receivedOn = dayInTokyo(receivedAt);
  return { matterRef: request.matterRef, aosMatterNo: `AOS-${receivedOn.slice(0, 4)}-${serial}`, serial, clientName: request.client.corporateName, openedAt: receivedAt.toISOString(), receivedOn };
}

/**
 * `count` moments from just after `since` up to `at`, evenly apart: the times of things AOS's people did one after
 * another since their last report, so a record never says something happened before what it followed.
 */
export function spread(since: Date | string, at: Date, count: number): string[] {
  const from = new Date(since).getTime();
  const span = Math.max(at.getTime() - from, 0);
  return Array.from({ length: count }, (_, k) => new Date(from + Math.round((span * (k + 1)) / count)).toISOString());
}

export const evidenceNo = (file: AosMatterFile, n: number): string => `EV-${file.serial}-${String(n).padStart(3, '0')}`;
const cocFormNo = (file: AosMatterFile, n: number): string => `CoC-${file.serial}-${String(n).padStart(3, '0')}`;

/** The image's acquisition hash: any stable 64 hex digits will do for a simulated disk. */
export const acquisitionHash = (file: AosMatterFile, n: number): string => createHash('sha256').update(`${file.matterRef}/${evidenceNo(file, n)}`).digest('hex');

export function statusReport(file: AosMatterFile, seq: number, fields: Pick<AosMatterStatusV1, 'status'> & Partial<Pick<AosMatterStatusV1, 'stage' | 'declineReason' | 'memo'>>, at = new Date()): AosMatterStatusV1 {
  return { apiVersion: 'aos.v1', matterRef: file.matterRef, aosMatterNo: file.aosMatterNo, seq, ...fields, eventAt: at.toISOString() };
}

/** The devices AOS preserves on a typical leak: the breached server and the administrator's PC. */
const DEVICES = [
  { device: { kind: 'SERVER' as const, maker: 'Dell', model: 'PowerEdge R650', serialNo: '8XK2M93', custodian: '情報システム部 サーバー管理者' }, format: 'E01' as const, sizeBytes: 480_103_981_056, site: '依頼者本社 サーバールーム' },
  { device: { kind: 'PC' as const, maker: 'Lenovo', model: 'ThinkPad X1 Carbon Gen 11', serialNo: 'PF3KX7Q2', custodian: '情報システム部 佐藤' }, format: 'E01' as const, sizeBytes: 256_060_514_304, site: '依頼者本社 情報システム部' },
];

export function evidenceRegister(file: AosMatterFile, at = new Date(), since: Date | string = file.openedAt): AosEvidenceRegisterV1 {
  const times = spread(since, at, DEVICES.length);
  return {
    apiVersion: 'aos.v1',
    matterRef: file.matterRef,
    aosMatterNo: file.aosMatterNo,
    hozenJobNo: `HJ-${file.serial}-01`,
    items: DEVICES.map((d, i) => ({
      evidenceNo: evidenceNo(file, i + 1),
      cocFormNo: cocFormNo(file, i + 1),
      device: d.device,
      image: { format: d.format, sizeBytes: d.sizeBytes, hash: { algorithm: 'SHA-256' as const, value: acquisitionHash(file, i + 1) } },
      preservedBy: OFFICER,
      preservedAt: times[i],
      site: d.site,
      remark: '書込み防止装置 Tableau T356789iu を使用',
    })),
  };
}

/** After preservation: each item handed from the client to AOS's officer, sealed, and put in AOS's evidence room. */
export function custodyAfterPreservation(file: AosMatterFile, at = new Date(), since: Date | string = file.openedAt): AosCustodyRecordV1 {
  const entries: AosCustodyRecordV1['entries'] = [];
  for (let n = 1; n <= DEVICES.length; n++) {
    const base = { evidenceNo: evidenceNo(file, n), cocFormNo: cocFormNo(file, n), recordedBy: OFFICER };
    entries.push(
      { ...base, seq: 1, action: 'HIKIWATASHI', handover: { fromPerson: DEVICES[n - 1].device.custodian, toPerson: OFFICER.name }, at: '' },
      { ...base, seq: 2, action: 'FUIN', sealNo: `S-${file.serial}-${String(n).padStart(3, '0')}`, at: '' },
      { ...base, seq: 3, action: 'HOKAN', storage: { location: 'AOS 証拠品保管庫（東京）', lockerNo: `L-${String(n).padStart(2, '0')}` }, at: '' },
    );
  }
  const times = spread(since, at, entries.length);
  entries.forEach((e, i) => (e.at = times[i]));
  return { apiVersion: 'aos.v1', matterRef: file.matterRef, aosMatterNo: file.aosMatterNo, entries };
}

/**
 * Before analysis the examiner hashes every image again (再検証). `mismatchOn` names an item whose image no longer hashes
 * as it did at acquisition (a tampered or damaged copy), for the hub's alert to be seen.
 */
export function reverification(file: AosMatterFile, seq: number, at = new Date(), mismatchOn?: number, since: Date | string = file.openedAt): AosCustodyRecordV1 {
  const times = spread(since, at, DEVICES.length);
  const entries: AosCustodyRecordV1['entries'] = Array.from({ length: DEVICES.length }, (_, i) => {
    const n = i + 1;
    const value = n === mismatchOn ? createHash('sha256').update(`altered/${acquisitionHash(file, n)}`).digest('hex') : acquisitionHash(file, n).toUpperCase();
    return {
      evidenceNo: evidenceNo(file, n),
      seq,
      cocFormNo: cocFormNo(file, n),
      action: 'SAIKENSHO' as const,
      at: times[i],
      recordedBy: EXAMINER,
      reverification: { algorithm: 'SHA-256' as const, value, tool: 'FTK Imager 4.7.1' },
    };
  });
  return { apiVersion: 'aos.v1', matterRef: file.matterRef, aosMatterNo: file.aosMatterNo, entries };
}

/** A small but real PDF: what AOS's lawyer signed, sent with the report so the hub can check its hash. */
export function reportPdf(file: AosMatterFile): Buffer {
  return Buffer.from(`%PDF-1.7\n% AOS Legaltech investigation report ${file.aosMatterNo}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

export function investigationReport(file: AosMatterFile, at = new Date()): AosInvestigationReportV1 {
  const pdf = reportPdf(file);
  return {
    apiVersion: 'aos.v1',
    matterRef: file.matterRef,
    aosMatterNo: file.aosMatterNo,
    reportNo: `RPT-${file.serial}-01`,
    title: 'フォレンジック調査報告書',
    finalisedAt: at.toISOString(),
    author: LAWYER,
    examiner: EXAMINER,
    document: { fileName: `${file.aosMatterNo}_調査報告書.pdf`, mediaType: 'application/pdf', sizeBytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), contentBase64: pdf.toString('base64') },
    evidenceCovered: Array.from({ length: DEVICES.length }, (_, i) => evidenceNo(file, i + 1)),
    findingsSummary: '受注管理サーバーへの侵入経路は VPN 装置の既知脆弱性と判断。管理者 PC からの横展開の痕跡なし。顧客情報テーブルの外部送信は 11月18日〜19日の2日間に限られる。',
  };
}

/** AOS's tax classes as the hub's invoicing rules compute them. */
const TAX_OF_CLASS: Record<AosInvoiceV1['lines'][number]['taxClass'], Pick<PricedLine, 'taxCategory' | 'taxRate'>> = {
  KAZEI_10: { taxCategory: 'taxable', taxRate: 10 },
  KAZEI_8: { taxCategory: 'taxable', taxRate: 8 },
  HIKAZEI: { taxCategory: 'non_taxable', taxRate: null },
  FUKAZEI: { taxCategory: 'out_of_scope', taxRate: null },
  MENZEI: { taxCategory: 'zero_rated', taxRate: null },
};

/**
 * AOS's invoice number for a matter: its matter number restarts with every simulator run, so the hub's reference of the
 * matter keeps the number unique, as an invoice number must be for as long as the hub keeps invoices.
 */
export const invoiceNoOf = (file: AosMatterFile): string => `AOS-INV-${file.serial}-${file.matterRef.slice(0, 8).toUpperCase()}`;

/**
 * AOS's invoice for the matter, per device preserved and analysed, per job for the report, per hour for the lawyer, and
 * media and travel at cost; totals computed as AOS's billing system does (tax once per rate, truncated).
 */
export function invoiceFor(file: AosMatterFile, at = new Date(), invoiceNo = invoiceNoOf(file)): AosInvoiceV1 {
  const aos = findPartner('aos');
  if (!aos) throw new Error('AOS is not in the partner directory');
  const lines: AosInvoiceV1['lines'] = [
    { menuCode: 'HOZEN', itemName: '証拠保全（ディスクイメージ取得・ハッシュ算出）', unit: 'DAI', quantity: DEVICES.length, unitPriceYen: 180_000, taxClass: 'KAZEI_10' },
    { menuCode: 'KAISEKI', itemName: 'フォレンジック解析', unit: 'DAI', quantity: DEVICES.length, unitPriceYen: 450_000, taxClass: 'KAZEI_10' },
    { menuCode: 'HOKOKUSHO', itemName: '調査報告書作成', unit: 'KEN', quantity: 1, unitPriceYen: 500_000, taxClass: 'KAZEI_10' },
    { menuCode: 'BENGOSHI', itemName: '弁護士監修・相談', unit: 'JIKAN', quantity: 4, unitPriceYen: 40_000, taxClass: 'KAZEI_10' },
    { menuCode: 'JIPPI', itemName: '証拠保全用 HDD', unit: 'DAI', quantity: DEVICES.length, unitPriceYen: 25_000, taxClass: 'KAZEI_10' },
    { menuCode: 'JIPPI', itemName: '交通費（立替金）', unit: 'SHIKI', quantity: 1, unitPriceYen: 18_460, taxClass: 'FUKAZEI' },
  ];
  const computed = computeInvoiceV2(
    // AOS bills whole units (devices, jobs, hours): quantity × unit price is whole yen.
    lines.map((l, i) => ({ lineNo: i + 1, ...TAX_OF_CLASS[l.taxClass], amountYen: l.quantity * l.unitPriceYen })),
    'tax_exclusive',
    'floor',
  );
  const today = dayInTokyo(at);
  return {
    apiVersion: 'aos.v1',
    matterRef: file.matterRef,
    aosMatterNo: file.aosMatterNo,
    invoiceNo,
    invoiceDate: today,
    issuer: { companyName: aos.nameJa, registrationNo: aos.registrationNumber },
    addressee: file.clientName,
    deliveryPeriod: { from: file.receivedOn, to: today },
    priceBasis: 'ZEINUKI',
    taxRounding: 'KIRISUTE',
    lines,
    totals: { byRate: computed.byRate.map((r) => ({ ratePercent: r.rate, subtotalYen: r.amountYen, taxYen: r.taxYen })), nonTaxableYen: computed.nonTaxableYen, totalYen: computed.grossYen },
  };
}
