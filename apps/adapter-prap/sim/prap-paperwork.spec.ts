import { checkDeliverableDrafts } from '@hub/adapter-kit';
import { contractValidator, type PrapAnkenOrderV1 } from '@hub/contracts';
import { computeInvoiceV2 } from '@hub/invoicing';
import { prapAdapter } from '../src/prap.adapter';
import { type AnkenFile, coverageReport, firstDrafts, invoiceFor, releasePublication, revisedDraft, statusReport } from './prap-paperwork';

const mapping = prapAdapter.versions[0].mapping;
const validator = contractValidator();
const order: PrapAnkenOrderV1 = {
  apiVersion: '1',
  ankenId: '5f0c2a9e-7b1d-4e3a-9c6f-1d2e3f4a5b6c',
  jikoId: '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d',
  iraiKubun: 'KINKYUJI_KOHO',
  kokyaku: { shamei: '株式会社みなと精機', tantosha: { shimei: '佐藤', denwa: '03-1234-5678' } },
  jiko: { shubetsu: 'JOHO_ROEI', gaiyo: '顧客情報の漏えい', hakkenNichiji: '2026-11-20T09:30:00+09:00', eikyoKensu: 12000 },
  iraiNaiyo: 'お詫び・プレスリリース作成支援',
  iraiNichiji: '2026-11-20T11:00:00+09:00',
};
const anken: AnkenFile = { ankenNo: 'PRAP-2026-00001', receivedAt: new Date().toISOString(), order };
const params = { params: { ankenId: order.ankenId } };
const submission = (route: string) => mapping.submissions!.find((s) => s.route.endsWith(route))!;

/** The simulator speaks PRAP's contract exactly, or the end-to-end tests would test the simulator rather than the hub. */
describe("the simulated PRAP's paperwork", () => {
  it('reports statuses the contract accepts', () => {
    for (const report of [statusReport(anken, 'JUCHU'), statusReport(anken, 'SHINCHOKU', { shinchoku: 'KICKOFF_MTG' }), statusReport(anken, 'JITAI', { jitaiRiyu: '利益相反' })]) {
      expect(validator.validate('partners/prap/anken-status.v1', report)).toMatchObject({ ok: true });
    }
  });

  it('drafts, revises, publishes and reports coverage in bodies the adapter turns into valid deliverables', () => {
    const drafts = firstDrafts(anken);
    const revised = revisedDraft(anken, drafts[1], '件数を明記してください');
    expect(revised).toMatchObject({ han: 2, kaiteiMemo: 'ご指摘を反映しました: 件数を明記してください' });
    expect(revised.honbun).toContain('約12,000件のお客様');
    const bodies: [string, unknown][] = [
      ['documents', { apiVersion: '1', ankenId: order.ankenId, documents: drafts }],
      ['documents', { apiVersion: '1', ankenId: order.ankenId, documents: [revised] }],
      ['kohyo', releasePublication(anken, 2)],
      ['media-coverage', coverageReport(anken, 1)],
      ['media-coverage', coverageReport(anken, 2)],
    ];
    for (const [route, body] of bodies) {
      const s = submission(route);
      expect(validator.validate(s.body.contract, body)).toMatchObject({ ok: true });
      expect(checkDeliverableDrafts('prap', s.toDeliverables(body, params))).toEqual([]);
    }
  });

  it('invoices with the totals core computes, under the registration number the directory holds', () => {
    const invoice = invoiceFor(anken);
    expect(validator.validate('partners/prap/seikyusho.v1', invoice)).toMatchObject({ ok: true });
    const canonical = mapping.toCanonicalInvoice!(invoice);
    expect(validator.validate('events/invoice-submitted.v2', { partnerId: 'prap', ...canonical })).toMatchObject({ ok: true });
    const computed = computeInvoiceV2(
      canonical.lines.map((l, i) => ({ lineNo: i + 1, taxCategory: l.taxCategory, taxRate: l.taxRate ?? null, amountYen: l.quantity * l.unitPriceYen })),
      canonical.pricing,
      canonical.roundingMode,
    );
    expect(canonical.stated).toEqual({ byRate: computed.byRate.map((r) => ({ rate: r.rate, amountYen: r.amountYen, taxYen: r.taxYen })), nonTaxableYen: computed.nonTaxableYen, grossYen: 2_013_000 });
    expect(canonical.issuerRegistrationNumber).toBe('T1011001073322');
  });
});
