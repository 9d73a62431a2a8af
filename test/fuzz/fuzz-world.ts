import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { postSigned } from '@hub/testing';
import { coreClient } from '../support/core-client';
import { lacOrder, leakReport, litePolicy } from '../support/demo-requests';
import { creditNoteFor, invoiceFor, LAC_REGISTRATION, statedFor } from '../support/invoices';
import type { RunningHub } from '../support/running-hub';
import { acceptedOrder, confirmedCase, registerPolicy } from '../support/settlement-setup';

/** Real objects for the fuzz to aim at, and one valid body per route that takes one. */
export interface FuzzWorld {
  /** Ids that exist, per path parameter name. */
  known: Record<string, string[]>;
  /** A valid body per route key (`POST /cases/:caseId/orders`), naming the objects above. */
  valid: Record<string, Record<string, unknown>>;
  /** Bodies that pass every check but carry extreme amounts, for the routes where money is added up. */
  extremes: Record<string, fc.Arbitrary<Record<string, unknown>>>;
}

const PAID_AT = '2026-11-25T10:00:00+09:00';

/**
 * Builds, through the API as the people whose job it is, what the fuzz needs to get past "not found": a policy, a
 * confirmed case with victims, two accepted LAC orders (one for invoices, one the fuzz may cancel or close), a settled
 * invoice with its payout, one held for approval, a liability payment and a callback LAC sent. Valid bodies name them,
 * so a body with one field broken is refused for that field and not for a missing object.
 */
export async function buildWorld(hub: RunningHub): Promise<FuzzWorld> {
  const core = coreClient(hub.as);
  const policyNumber = await registerPolicy(core);
  const caseId = await confirmedCase(core, policyNumber, { individuals: 5, corporations: 1 });
  const orderId = await acceptedOrder(core, hub.dataSource, caseId);
  const spareOrderId = await acceptedOrder(core, hub.dataSource, caseId);
  const line = { description: 'フォレンジック調査', category: 'cause_and_scope_investigation' as const, unitPriceYen: 100_000 };
  const settledBody = invoiceFor('lac', orderId, [line]);
  const settled = (await hub.as.partner.lac.post('/invoices').send(settledBody).expect(201)).body as { invoiceId: string; payouts: { payoutId: string; amountYen: number }[] };
  // Above the ¥5M approval threshold: it waits for an approver, so approve and reject reach their use case.
  const held = (await hub.as.partner.lac.post('/invoices').send(invoiceFor('lac', orderId, [{ ...line, unitPriceYen: 6_000_000 }])).expect(201)).body as { invoiceId: string };
  const payment = (await hub.as.claims.post('/liability-payments').send({ caseId, amountYen: 1_000, kind: 'damages', paidAt: PAID_AT, reference: 'FUZZ-1' }).expect(201)).body as { paymentId: string };
  const webhookId = `msg_fuzz_${randomUUID().replace(/-/g, '')}`;
  const callback = lacCallbackV2(spareOrderId);
  await postSigned(`${hub.adapterUrl}/lac/v2/callbacks`, hub.lacSecret, callback, { webhookId, token: hub.tokens.partner.lac });

  const payout = settled.payouts[0];
  const paid = { paymentReference: 'TRF-FUZZ-1', paidAt: PAID_AT, amountYen: payout?.amountYen ?? 110_000 };
  const known = {
    policyNumber: [policyNumber],
    caseId: [caseId],
    orderId: [orderId, spareOrderId],
    invoiceId: [settled.invoiceId, held.invoiceId],
    payoutId: payout ? [payout.payoutId] : [],
    paymentId: [payment.paymentId],
    deadLetterId: [],
    webhookId: [webhookId],
  };
  const valid: FuzzWorld['valid'] = {
    'POST /oauth/token': { grant_type: 'client_credentials', client_id: 'lac-demo', client_secret: 'demo-client-secret-lac', scope: 'partner' },
    'POST /policies': { ...litePolicy(), policyNumber: `CL-FUZZ-${randomUUID().slice(0, 6).toUpperCase()}` },
    'POST /cases': { ...leakReport(policyNumber) },
    'POST /cases/:caseId/coverage-decision': { decision: 'denied', reason: 'an exclusion applies' },
    'POST /cases/:caseId/victims': { individuals: 6, corporations: 1, reason: 'forensic count of affected records' },
    'POST /cases/:caseId/orders': { ...lacOrder() },
    'POST /orders/:orderId/cancel': { reason: 'the insured withdrew' },
    'POST /orders/:orderId/close': { note: 'work complete' },
    'POST /invoices': { ...settledBody },
    'POST /invoices/:invoiceId/approve': { note: 'checked against the estimate' },
    'POST /invoices/:invoiceId/reject': { reason: 'not agreed with the coordinator' },
    'POST /invoices/:invoiceId/confirm-payment': paid,
    'POST /payouts/:payoutId/confirm-payment': paid,
    'POST /credit-notes': { ...creditNoteFor(settledBody, [{ invoiceLineNo: 1, description: '減額', unitPriceYen: 1_000 }]) },
    'POST /liability-payments': { caseId, amountYen: 1_000, kind: 'litigation_costs', paidAt: PAID_AT, reference: 'FUZZ-2' },
    'POST /liability-payments/:paymentId/reverse': { reason: 'recorded twice' },
    'POST /dead-letters/:deadLetterId/replay': {},
    // Since a time to come: valid, but it replays nothing other test files left behind.
    'POST /dead-letters/recover': { partnerId: 'lac', since: '2099-01-01T00:00:00Z', topic: 'hub.order.issued.v1' },
    'POST /lac/v1/callbacks': lacCallbackV1(spareOrderId),
    'POST /lac/v2/callbacks': callback,
    'POST /lac/v2/invoices': lacInvoiceV2(orderId),
    'POST /lac/v2/feed/ack': { webhookIds: [webhookId] },
    'POST /endpoint/enable': { reason: 'LAC is back' },
  };
  const extremes = {
    'POST /invoices': extremeInvoices(orderId),
    'POST /credit-notes': extremeAmounts.chain((unitPriceYen) =>
      fc.record({ invoiceLineNo: fc.integer({ min: 0, max: 3 }), taxRate: fc.constantFrom<10 | 8>(10, 8) }).map(({ invoiceLineNo, taxRate }) => {
        const lines = [{ invoiceLineNo, description: '減額', unitPriceYen, taxRate }];
        const overrides = { creditNoteNumber: `CN-FUZZ-${unitPriceYen}-${invoiceLineNo}` };
        // Tax on the largest amounts is beyond exact arithmetic, so no total can be stated: the hub must refuse the note.
        const unstated = () => {
          const note = creditNoteFor(settledBody, [{ ...lines[0], unitPriceYen: 1 }], overrides);
          return { ...note, lines: note.lines.map((line) => ({ ...line, unitPriceYen })) };
        };
        return orUnstated<Record<string, unknown>>(() => ({ ...creditNoteFor(settledBody, lines, overrides) }), unstated);
      }),
    ),
  };
  return { known, valid, extremes };
}

/** Yen where sums overflow what a narrower type holds: int4, 2^32, up to 2^53 − 1. */
const extremeAmounts = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, 1, 999_999_999, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER));

/** What a correct partner states, or (where it cannot be stated: not whole yen, beyond exact arithmetic) the fallback. */
function orUnstated<T>(state: () => T, fallback: () => T): T {
  try {
    return state();
  } catch {
    return fallback();
  }
}

const COST_CATEGORIES = [
  'cause_and_scope_investigation', 'damage_spread_prevention', 'recurrence_prevention', 'apology_letters', 'public_notice_and_press', 'call_centre',
  'lawyer_consultation', 'consulting', 'condolence_money_or_gifts', 'credit_monitoring', 'regulatory_investigation_response',
  'system_data_website_recovery', 'staff_overtime_and_temporary_hires', 'threat_investigation', 'network_isolation',
] as const;

/**
 * Invoices a correct partner could send — every line consistent, totals stated as the lines add up — with amounts up to
 * 2^53 − 1, fractional quantities, every cost and tax category: they pass validation and reach settlement, where yen are
 * added, taxed and held against the limits. Lines whose yen are not whole cannot be stated; they go with totals of 0.
 */
function extremeInvoices(orderId: string): fc.Arbitrary<Record<string, unknown>> {
  const line = fc
    .record({
      category: fc.constantFrom(...COST_CATEGORIES),
      unitPriceYen: fc.oneof(extremeAmounts, fc.integer({ min: 1, max: 2_000_000 })),
      quantity: fc.oneof(fc.integer({ min: 1, max: 1_000 }), fc.constantFrom(0.001, 0.5, 1.25, 999.999)),
      taxCategory: fc.constantFrom('taxable', 'taxable', 'non_taxable', 'out_of_scope', 'zero_rated'),
      taxRate: fc.constantFrom<10 | 8>(10, 8),
      recipientKind: fc.constantFrom('individual', 'corporation'),
    })
    .map(({ category, unitPriceYen, quantity, taxCategory, taxRate, recipientKind }) => {
      const gift = category === 'condolence_money_or_gifts';
      // A fractional quantity (at most 3 decimals) on a price in thousands of yen is still whole yen; up to 2^53 − 1 in all.
      const whole = Number.isInteger(quantity) || gift;
      const price = Math.min(whole ? unitPriceYen : Math.floor(unitPriceYen / 1000) * 1000, Math.floor(Number.MAX_SAFE_INTEGER / Math.ceil(quantity) / 1000) * 1000);
      return {
        description: 'fuzz line', category, quantity: gift ? Math.ceil(quantity) : quantity, unitPriceYen: price, taxCategory,
        ...(taxCategory === 'taxable' ? { taxRate } : {}), ...(gift ? { recipientKind } : {}),
      };
    });
  return fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('tax_exclusive', 'tax_inclusive') as fc.Arbitrary<'tax_exclusive' | 'tax_inclusive'>, fc.uuid()).map(([lines, pricing, id]) => {
    const stated = orUnstated(() => statedFor(lines as Parameters<typeof statedFor>[0], pricing), () => ({ byRate: [], nonTaxableYen: 0, grossYen: 0 }));
    return { ...invoiceFor('lac', orderId, [], { pricing, invoiceNumber: `INV-FUZZ-${id.slice(0, 13)}` }), lines, stated };
  });
}

function lacCallbackV1(orderId: string): Record<string, unknown> {
  return { api_version: '1', engagement_id: orderId, lac_ticket: 'LAC-2026-000123', status_code: 'ACCEPTED', comment: 'Analyst assigned', reported_at: '2026-11-20T10:15:00+09:00' };
}

function lacCallbackV2(orderId: string): Record<string, unknown> {
  return {
    api_version: '2', engagement_id: orderId, ticket_no: 'LAC-2026-000123', sequence: 2, event_type: 'PHASE_REACHED', phase: 'HEARING_DONE',
    remarks: 'Initial hearing done', occurred_at: '2026-11-20T11:30:00+09:00',
  };
}

/** LAC's invoice in its own terms (apps/adapter-lac/test/fixtures/v2/invoices/ok), for the order given. */
function lacInvoiceV2(orderId: string): Record<string, unknown> {
  return {
    api_version: '2', engagement_id: orderId, invoice_no: 'LAC-INV-FUZZ-0001', issued_on: '2026-11-26',
    issuer: { name: '株式会社ラック', registration_no: LAC_REGISTRATION }, bill_to: '株式会社みなと精機',
    work_period: { from: '2026-11-20', to: '2026-11-25' }, price_basis: 'EXCL_TAX', tax_rounding: 'DOWN',
    items: [
      { work_code: 'IR-FORENSICS', description: 'フォレンジック調査 (解析者 5 人日)', qty: 5, unit_price_jpy: 300_000, tax_code: 'STD10' },
      { work_code: 'IR-ASSESS', description: '出張交通費 (立替)', qty: 1, unit_price_jpy: 12_340, tax_code: 'OUT_OF_SCOPE' },
    ],
    summary: { per_rate: [{ rate: 10, amount_jpy: 1_500_000, tax_jpy: 150_000 }], non_taxable_jpy: 12_340, total_jpy: 1_662_340 },
  };
}
