import { checkDeliverableDrafts } from '@hub/adapter-kit';
import { contractValidator, type AosMatterRequestV1 } from '@hub/contracts';
import { computeInvoiceV2 } from '@hub/invoicing';
import { aosMappingV1 } from '../src/aos-mapping';
import { custodyAfterPreservation, evidenceRegister, investigationReport, invoiceFor, matterFileOf, reverification, spread, statusReport } from './aos-documents';
import { aosScriptFor, SIM_MARKERS } from './aos-script';
import type { ReceivedMatter } from './aos-system';

const validator = contractValidator();
const request = { matterRef: '3f8e2a6c-1b4d-4e7a-9c2f-5d6b8a0e1f23', client: { corporateName: '株式会社みなと精機' } } as AosMatterRequestV1;
const file = matterFileOf(request, 153, new Date('2026-11-20T04:05:00Z'));
const deliverablesOf = (route: string, body: unknown) => {
  const submission = aosMappingV1.submissions?.find((s) => s.route === route);
  if (!submission) throw new Error(`no route ${route}`);
  return submission.toDeliverables(body, { params: {} });
};

/** The simulated AOS must speak its own contracts exactly, or the end-to-end tests would test the simulator. */
describe('what the simulated AOS writes', () => {
  it('numbers the matter as AOS does', () => {
    expect(file).toEqual({ matterRef: request.matterRef, aosMatterNo: 'AOS-2026-00153', serial: '00153', clientName: '株式会社みなと精機', openedAt: '2026-11-20T04:05:00.000Z', receivedOn: '2026-11-20' });
  });

  it('dates what its people did after the matter was opened and in the order they did it, never in the future', () => {
    expect(spread('2026-11-20T04:00:00Z', new Date('2026-11-20T05:00:00Z'), 3)).toEqual(['2026-11-20T04:20:00.000Z', '2026-11-20T04:40:00.000Z', '2026-11-20T05:00:00.000Z']);
    const register = evidenceRegister(file, new Date('2026-11-20T06:00:00Z'));
    expect(register.items.map((i) => i.preservedAt)).toEqual(['2026-11-20T05:02:30.000Z', '2026-11-20T06:00:00.000Z']);
    const custody = custodyAfterPreservation(file, new Date('2026-11-20T07:00:00Z'), '2026-11-20T06:00:00Z').entries.map((e) => e.at);
    expect([...custody].sort()).toEqual(custody);
    expect(custody[0] > '2026-11-20T06:00:00.000Z' && custody.at(-1) === '2026-11-20T07:00:00.000Z').toBe(true);
  });

  it.each([
    ['status report', 'partners/aos/matter-status.v1', statusReport(file, 3, { status: 'SHINKOCHU', stage: 'HOZEN_CHAKUSHU' })],
    ['evidence register', 'partners/aos/evidence-register.v1', evidenceRegister(file)],
    ['custody record', 'partners/aos/custody-record.v1', custodyAfterPreservation(file)],
    ['re-verification', 'partners/aos/custody-record.v1', reverification(file, 4, new Date(), 2)],
    ['report', 'partners/aos/investigation-report.v1', investigationReport(file)],
    ['invoice', 'partners/aos/invoice.v1', invoiceFor(file, new Date('2026-11-26T01:00:00Z'))],
  ])('its %s is valid under its contract', (_what, contract, document) => {
    expect(validator.validate(contract, document)).toEqual({ ok: true, value: document });
  });

  it('maps to valid deliverables, a mismatching re-verification included', () => {
    const drafts = [
      ...deliverablesOf('evidence-items', evidenceRegister(file)),
      ...deliverablesOf('custody-events', custodyAfterPreservation(file)),
      ...deliverablesOf('custody-events', reverification(file, 4, new Date(), 2)),
      ...deliverablesOf('reports', investigationReport(file)),
    ];
    expect(checkDeliverableDrafts('aos', drafts)).toEqual([]);
    const [ok, altered] = drafts.filter((d) => d.kind === 'hash_reverification');
    const [first, second] = drafts.filter((d) => d.kind === 'evidence_item');
    expect((ok.facts as { hashValue: string }).hashValue).toBe((first.facts as { hashValue: string }).hashValue);
    expect((altered.facts as { hashValue: string }).hashValue).not.toBe((second.facts as { hashValue: string }).hashValue);
  });

  it('invoices per device, per job and per hour within the order\'s usual estimate, its totals as core computes them', () => {
    const invoice = invoiceFor(file, new Date('2026-11-26T01:00:00Z'));
    const canonical = aosMappingV1.toCanonicalInvoice?.(invoice);
    expect(validator.validate('events/invoice-submitted.v2', { partnerId: 'aos', ...canonical }).ok).toBe(true);
    const computed = computeInvoiceV2(
      (canonical?.lines ?? []).map((l, i) => ({ lineNo: i + 1, taxCategory: l.taxCategory, taxRate: l.taxRate ?? null, amountYen: l.quantity * l.unitPriceYen })),
      'tax_exclusive',
      'floor',
    );
    expect(invoice.totals.totalYen).toBe(computed.grossYen);
    expect(invoice.totals.totalYen).toBe(2_185_460);
    expect(invoice.issuer).toEqual({ companyName: 'AOSリーガルテック株式会社', registrationNo: 'T8011001062211' });
  });
});

describe('the simulated AOS\'s script', () => {
  const matter = (instructions: string) => ({ file, request: { ...request, instructions } }) as unknown as ReceivedMatter;
  const played = async (instructions: string) => {
    const sent: [string, unknown][] = [];
    const hands = { send: async (path: string, body: unknown) => (sent.push([path, body]), { status: 202, body: {}, webhookId: 'x' }), withdrawn: () => false };
    for (const step of aosScriptFor(matter(instructions), hands)) if (!(await step())) break;
    return sent.map(([path, body]) => `${path} ${(body as { status?: string; stage?: string }).stage ?? (body as { status?: string }).status ?? ''}`.trim());
  };

  it('works a matter from receipt to invoice', async () => {
    expect(await played('証拠保全')).toEqual([
      '/aos/v1/callbacks UKETSUKE',
      '/aos/v1/callbacks JUNIN',
      '/aos/v1/callbacks HOZEN_CHAKUSHU',
      '/aos/v1/evidence-items',
      '/aos/v1/custody-events',
      '/aos/v1/callbacks HOZEN_KANRYO',
      '/aos/v1/custody-events',
      '/aos/v1/callbacks KAISEKI_CHAKUSHU',
      '/aos/v1/callbacks HOKOKUSHO_SOAN',
      '/aos/v1/reports',
      '/aos/v1/callbacks HOKOKUSHO_TEISHUTSU',
      '/aos/v1/callbacks SAGYO_KANRYO',
      '/aos/v1/invoices',
    ]);
  });

  it('declines, or holds after starting, when the instructions say so', async () => {
    expect(await played(`急ぎ ${SIM_MARKERS.decline}`)).toEqual(['/aos/v1/callbacks UKETSUKE', '/aos/v1/callbacks JITAI']);
    expect(await played(`保全のみ ${SIM_MARKERS.hold}`)).toEqual(['/aos/v1/callbacks UKETSUKE', '/aos/v1/callbacks JUNIN', '/aos/v1/callbacks HOZEN_CHAKUSHU']);
  });

  it('stops at the first step the hub refuses, and once withdrawn', async () => {
    let calls = 0;
    const refusing = { send: async () => ({ status: ++calls === 2 ? 409 : 202, body: {}, webhookId: 'x' }), withdrawn: () => false };
    const steps = aosScriptFor(matter('証拠保全'), refusing);
    expect([await steps[0](), await steps[1]()]).toEqual([true, false]);
    const withdrawn = aosScriptFor(matter('証拠保全'), { send: refusing.send, withdrawn: () => true });
    expect(await withdrawn[0]()).toBe(false);
  });
});
