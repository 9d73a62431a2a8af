import { checkDeliverableDrafts } from '@hub/adapter-kit';
import { contractValidator, type CmgMandateBriefV1 } from '@hub/contracts';
import { computeInvoiceV2 } from '@hub/invoicing';
import { cmgAdapter } from '../src/cmg.adapter';
import { feeNoteFor, holdingStatement, HOLDING_STATEMENT_REF, logEntry, type MandateFile, revisedStatement, statementBody } from './cmg-paperwork';

const mapping = cmgAdapter.versions[0].mapping;
const validator = contractValidator();
const brief: CmgMandateBriefV1 = {
  crisisRoomApi: '1',
  mandateId: '3c9d5e7f-2a4b-4c6d-8e1f-0a2b3c4d5e6f',
  incidentId: '6e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
  mandateType: 'CRISIS_COMMUNICATIONS',
  client: { companyName: '株式会社みなと精機', keyContact: { name: '広報部 山本', phone: '03-1234-5678' } },
  situation: { category: 'DATA_BREACH', narrative: '顧客情報の漏えい', discoveredAt: '2026-11-20T09:30:00+09:00', recordsAtRisk: 12000 },
  briefing: 'ホールディング・ステートメント作成、記者会見トレーニング',
  feeCap: { amountYen: 1_650_000, taxIncluded: true },
  mandatedAt: '2026-11-20T11:00:00+09:00',
};
const file: MandateFile = { cmgMandateNo: 'CMG-26-0117', receivedAt: new Date().toISOString(), brief };
const statements = mapping.submissions![0];
const context = { params: { mandateId: brief.mandateId } };

/** The simulator speaks CMG's contract exactly, or the end-to-end tests would test the simulator rather than the hub. */
describe("the simulated CMG's paperwork", () => {
  it('logs entries the contract accepts', () => {
    const entries = [
      logEntry(file, 'ENGAGED'),
      logEntry(file, 'MILESTONE', { milestone: 'SIMULATION_RUN' }),
      logEntry(file, 'DECLINED', { declineReason: '利益相反' }),
      logEntry(file, 'COMPLETED', { consultantNote: '完了' }),
    ];
    for (const entry of entries) expect(validator.validate('partners/cmg/mandate-log.v1', entry)).toMatchObject({ ok: true });
  });

  it('drafts the holding statement and revises it from the comments, in bodies the adapter turns into valid deliverables', () => {
    const first = holdingStatement(file);
    expect(first).toMatchObject({ statementRef: HOLDING_STATEMENT_REF(file), revision: 1 });
    const revised = revisedStatement(file, first, '問い合わせ窓口を明記してください');
    expect(revised).toMatchObject({ statementRef: first.statementRef, revision: 2, changesSinceLastRevision: 'ご指摘を反映しました: 問い合わせ窓口を明記してください' });
    expect(revised).not.toHaveProperty('consultantNote');
    expect(revised.bodyText).toContain('お問い合わせ窓口');
    expect(first.bodyText).not.toContain('お問い合わせ窓口');
    for (const statement of [first, revised]) {
      const body = statementBody(file, statement);
      expect(validator.validate(statements.body.contract, body)).toMatchObject({ ok: true });
      expect(checkDeliverableDrafts('cmg', statements.toDeliverables(body, context))).toEqual([]);
    }
  });

  it('bills a fee note with the totals core computes, under the registration number the directory holds, within the fee cap', () => {
    const note = feeNoteFor(file);
    expect(validator.validate('partners/cmg/fee-note.v1', note)).toMatchObject({ ok: true });
    const canonical = mapping.toCanonicalInvoice!(note);
    expect(validator.validate('events/invoice-submitted.v2', { partnerId: 'cmg', ...canonical })).toMatchObject({ ok: true });
    const computed = computeInvoiceV2(
      canonical.lines.map((l, i) => ({ lineNo: i + 1, taxCategory: l.taxCategory, taxRate: l.taxRate ?? null, amountYen: Math.round(l.quantity * l.unitPriceYen) })),
      canonical.pricing,
      canonical.roundingMode,
    );
    expect(canonical.stated).toEqual({ byRate: computed.byRate.map((r) => ({ rate: r.rate, amountYen: r.amountYen, taxYen: r.taxYen })), nonTaxableYen: computed.nonTaxableYen, grossYen: 1_507_000 });
    expect(canonical.stated.grossYen).toBeLessThanOrEqual(brief.feeCap!.amountYen);
    expect(canonical.issuerRegistrationNumber).toBe('T3010001128877');
  });
});
