import { randomUUID } from 'node:crypto';
import type { CmgFeeNoteV1, CmgMandateBriefV1, CmgMandateLogV1, CmgStatementDraftV1 } from '@hub/contracts';
import { computeInvoiceV2, lineNetYen, parseQuantity } from '@hub/invoicing';
import { PARTNERS } from '@hub/partners';

/**
 * What CMG's consultants write, in the Crisis Room format: log entries, the holding statement and its revisions, the fee
 * note. Pure: the back office (cmg-crisis-room.ts) decides when each is sent.
 */

/** A mandate as CMG's Crisis Room keeps it, what the paperwork is written from. */
export interface MandateFile {
  cmgMandateNo: string;
  receivedAt: string;
  brief: CmgMandateBriefV1;
}

export type Statement = CmgStatementDraftV1['statement'];
type LogExtra = Pick<CmgMandateLogV1, 'milestone' | 'declineReason' | 'consultantNote'>;

export const HOLDING_STATEMENT_REF = (file: MandateFile) => `${file.cmgMandateNo}-HS01`;

const CONSULTANT = 'CMGジャパン シニアコンサルタント 中村';
const HELPLINE = 'お問い合わせ窓口: 0120-000-117（9時〜18時）';
const now = () => new Date().toISOString();
const tokyoDate = (at: Date | string) => new Date(new Date(at).getTime() + 9 * 3600_000).toISOString().slice(0, 10);

export function logEntry(file: MandateFile, entryType: CmgMandateLogV1['entryType'], extra: LogExtra = {}): CmgMandateLogV1 {
  return { crisisRoomApi: '1', mandateId: file.brief.mandateId, cmgMandateNo: file.cmgMandateNo, entryType, ...extra, loggedAt: now() };
}

export const statementBody = (file: MandateFile, statement: Statement): CmgStatementDraftV1 => ({ crisisRoomApi: '1', mandateId: file.brief.mandateId, statement });

/** The holding statement drafted in the crisis simulation: what the client says before the facts are known. */
export function holdingStatement(file: MandateFile): Statement {
  return {
    statementRef: HOLDING_STATEMENT_REF(file),
    statementType: 'HOLDING_STATEMENT',
    revision: 1,
    headline: '不正アクセスに関するお知らせとお詫び（第一報）',
    bodyText: holdingText(file, false),
    audience: '報道機関・お客様',
    consultantNote: '事実が確定するまでの第一報です。確定していない件数には触れていません。',
    draftedBy: CONSULTANT,
    releasedForSignOffAt: now(),
  };
}

function holdingText(file: MandateFile, withContact: boolean): string {
  const lines = [
    `${file.brief.client.companyName}は、当社サーバーに対する第三者からの不正アクセスを確認いたしました。現在、外部専門機関とともに影響範囲を調査中です。`,
    'お客様をはじめ関係者の皆様にご心配をおかけしておりますことを、心よりお詫び申し上げます。判明した事実は速やかにお知らせいたします。',
  ];
  if (withContact) lines.push(`対象となる可能性のあるお客様には順次ご連絡いたします。${HELPLINE}`);
  return lines.join('\n');
}

/** The next revision of a statement sent back for revision: the comments worked in, and said so. */
export function revisedStatement(file: MandateFile, previous: Statement, comments: string): Statement {
  // CMG's note was for the first reader; the revision speaks through what changed.
  const { consultantNote: _firstNote, ...rest } = previous;
  return {
    ...rest,
    revision: previous.revision + 1,
    bodyText: previous.statementType === 'HOLDING_STATEMENT' ? holdingText(file, true) : `${previous.bodyText}\n（第${previous.revision + 1}版: ご指摘を反映）`,
    changesSinceLastRevision: `ご指摘を反映しました: ${comments}`.slice(0, 2000),
    releasedForSignOffAt: now(),
  };
}

/** What CMG's monitoring desk found since the statement went out, as the consultant summarises it in the log. */
export const MONITORING_SUMMARY = '報道12件、SNS言及約900件。ホールディング・ステートメント発出後、否定的な論調は減少傾向です。';

/** quantity × rate in whole yen, exactly, as core computes it (10.5 hours never through a float product). */
function amountOf(fee: CmgFeeNoteV1['fees'][number]): number {
  const quantity = parseQuantity(fee.quantity);
  const net = quantity.ok ? lineNetYen(quantity.milli, fee.rateYen) : quantity;
  if (!net.ok) throw new Error(`fee line ${fee.narrative}: ${net.reason}`);
  return net.yen;
}

/**
 * CMG's fee note for the mandate, totals as its time-and-fees system computes them (tax once per rate, 切り捨て): a
 * retainer month, 10.5 consultant hours, the crisis simulation, one coaching session, and the venue advanced at cost
 * (不課税). ¥1,507,000 in all, within a fee cap of ¥1,650,000.
 */
export function feeNoteFor(file: MandateFile): CmgFeeNoteV1 {
  const fees: CmgFeeNoteV1['fees'] = [
    { service: 'RETAINER', narrative: '危機管理広報リテイナー', quantity: 1, unit: 'RETAINER_MONTH', rateYen: 300_000, taxTreatment: 'STANDARD_10' },
    { service: 'CRISIS_CONSULTING', narrative: '危機対応コンサルティング（メディア対応方針の策定を含む）', quantity: 10.5, unit: 'HOUR', rateYen: 40_000, taxTreatment: 'STANDARD_10' },
    { service: 'CRISIS_SIMULATION', narrative: 'クライシス・シミュレーション（ホールディング・ステートメント作成を含む）', quantity: 1, unit: 'SESSION', rateYen: 250_000, taxTreatment: 'STANDARD_10' },
    { service: 'SPOKESPERSON_TRAINING', narrative: '記者会見トレーニング（スポークスパーソン2名）', quantity: 1, unit: 'SESSION', rateYen: 350_000, taxTreatment: 'STANDARD_10' },
    { service: 'DISBURSEMENT', narrative: 'トレーニング会場・撮影機材費（立替金）', quantity: 1, unit: 'LOT', rateYen: 55_000, taxTreatment: 'OUT_OF_SCOPE' },
  ];
  const computed = computeInvoiceV2(
    fees.map((f, i) => ({
      lineNo: i + 1,
      taxCategory: f.taxTreatment === 'STANDARD_10' ? 'taxable' : 'out_of_scope',
      taxRate: f.taxTreatment === 'STANDARD_10' ? 10 : null,
      amountYen: amountOf(f),
    })),
    'tax_exclusive',
    'floor',
  );
  const today = tokyoDate(new Date());
  return {
    crisisRoomApi: '1',
    mandateId: file.brief.mandateId,
    feeNoteNo: `CMG-FN-${today.slice(2, 4)}${today.slice(5, 7)}-${randomUUID().slice(0, 8).toUpperCase()}`,
    issuedOn: today,
    issuer: { legalName: PARTNERS.cmg.nameJa, registrationNo: PARTNERS.cmg.registrationNumber },
    billTo: file.brief.client.companyName,
    servicePeriod: { start: tokyoDate(file.receivedAt), end: today },
    pricesIncludeTax: false,
    taxRounding: 'ROUND_DOWN',
    fees,
    summary: {
      taxableByRate: computed.byRate.map((r) => ({ ratePercent: r.rate, subtotalYen: r.amountYen, taxYen: r.taxYen })),
      untaxedYen: computed.nonTaxableYen,
      totalDueYen: computed.grossYen,
    },
  };
}
