import type { LacInvoiceV2, LacStatusCallbackV1, LacStatusCallbackV2 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * LAC's bodies as its API document shows them (issue 12): one forensic engagement on the breach found on 2026-11-20, from
 * LAC's acceptance to its invoice, as apps/adapter-lac/test/fixtures has them and dated in the past.
 */
const v2 = (summary: string, callback: Omit<LacStatusCallbackV2, 'api_version' | 'engagement_id' | 'ticket_no'>) =>
  bodyExample<LacStatusCallbackV2>(`${summary} (${replaceOrderId('engagement_id')})`, { api_version: '2', engagement_id: EXAMPLE_ORDER_ID, ticket_no: 'LAC-2026-000123', ...callback });

const invoice: LacInvoiceV2 = {
  api_version: '2',
  engagement_id: EXAMPLE_ORDER_ID,
  invoice_no: 'LAC-INV-2026-0051',
  issued_on: '2026-11-27',
  issuer: { name: '株式会社ラック', registration_no: 'T9010001041100' },
  bill_to: '株式会社みなと精機',
  work_period: { from: '2026-11-20', to: '2026-11-26' },
  price_basis: 'EXCL_TAX',
  tax_rounding: 'DOWN',
  items: [
    { work_code: 'IR-FORENSICS', description: 'フォレンジック調査 (解析者 5 人日)', qty: 5, unit_price_jpy: 300_000, tax_code: 'STD10' },
    { work_code: 'IR-CONTAIN', description: '被害拡大防止の助言', qty: 1, unit_price_jpy: 200_000, tax_code: 'STD10' },
    { work_code: 'IR-ASSESS', description: '出張交通費 (立替)', qty: 1, unit_price_jpy: 12_340, tax_code: 'OUT_OF_SCOPE' },
  ],
  summary: { per_rate: [{ rate: 10, amount_jpy: 1_700_000, tax_jpy: 170_000 }], non_taxable_jpy: 12_340, total_jpy: 1_882_340 },
};

export const lacExamplesV2: NativeExamples = {
  callbacks: {
    accepted: v2('LAC takes the engagement on', { sequence: 1, event_type: 'ACCEPTED', remarks: '担当アナリストを選任しました', occurred_at: '2026-11-20T11:20:00+09:00' }),
    hearingDone: v2('The first hearing with the insured is done', { sequence: 2, event_type: 'PHASE_REACHED', phase: 'HEARING_DONE', remarks: '被保険者様との初回ヒアリングを実施', occurred_at: '2026-11-20T13:30:00+09:00' }),
    preliminaryReport: v2('The preliminary report is delivered', { sequence: 3, event_type: 'PHASE_REACHED', phase: 'PRELIMINARY_REPORT', remarks: '速報版報告書を提出', occurred_at: '2026-11-22T18:00:00+09:00' }),
    completed: v2('The work is complete', { sequence: 4, event_type: 'COMPLETED', remarks: '最終報告書を納品しました', occurred_at: '2026-11-26T17:00:00+09:00' }),
  },
  invoices: {
    forensics: bodyExample(`LAC's invoice for the investigation, LAC-INV-2026-0051 (${replaceOrderId('engagement_id')})`, invoice),
  },
};

/** v1, deprecated: the same engagement as LAC's older systems report it, on another engagement than v2's examples. */
const v1 = (summary: string, callback: Omit<LacStatusCallbackV1, 'api_version' | 'engagement_id' | 'lac_ticket'>) =>
  bodyExample<LacStatusCallbackV1>(`${summary}, in v1 (${replaceOrderId('engagement_id')}, another engagement than v2's examples)`, {
    api_version: '1',
    engagement_id: EXAMPLE_ORDER_ID,
    lac_ticket: 'LAC-2026-000124',
    ...callback,
  });

export const lacExamplesV1: NativeExamples = {
  callbacks: {
    accepted: v1('LAC takes the engagement on', { status_code: 'ACCEPTED', comment: 'Analyst assigned', reported_at: '2026-11-20T11:25:00+09:00' }),
    hearingDone: v1('The first hearing with the insured is done', { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE', reported_at: '2026-11-20T14:00:00+09:00' }),
    completed: v1('The work is complete', { status_code: 'COMPLETED', comment: '最終報告書を納品しました', reported_at: '2026-11-26T17:30:00+09:00' }),
  },
};
