import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { declaredRoutes } from '@hub/auth';
import type { AosCustodyRecordV1, AosEvidenceRegisterV1, DeliverablePageV1, DeliverableViewV1, IssueOrderRequestV2 } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { coreClient } from '../../../test/support/core-client';
import { type RunningHub, type StartedAdapter, startHub } from '../../../test/support/running-hub';
import { acquisitionHash, custodyAfterPreservation, evidenceNo, evidenceRegister, investigationReport, reportPdf, reverification } from '../sim/aos-documents';
import { SIM_MARKERS } from '../sim/aos-script';
import type { AosSystem, ReceivedMatter } from '../sim/aos-system';

const SCOPE = '受注管理サーバーおよび管理者 PC の証拠保全とフォレンジック調査、弁護士監修の調査報告書';
const MILESTONES = ['preservation_started', 'preservation_completed', 'analysis_started', 'report_drafted', 'report_submitted'];
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const aosOrder = (scope: string): IssueOrderRequestV2 => ({ partnerId: 'aos', supportFunction: 'investigation', scope, estimateYen: 3_300_000 });

/**
 * AOS Legaltech end to end, on real Kafka and PostgreSQL with core, AOS's adapter and AOS's simulated back office: the
 * matter reaches AOS in its own form; AOS's statuses, evidence register, chain of custody and lawyer's report reach the
 * coordinator; the register and the custody record only grow (a changed resend is refused, changing nothing); a
 * re-verified hash that does not match the preserved one is an urgent alert, a matching one is not; AOS's invoice is
 * settled; a withdrawal reaches AOS natively; and no other partner gets past any of AOS's routes.
 */
describe('AOS Legaltech (evidence preservation and forensics), end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let aos: AosSystem;
  let adapter: StartedAdapter;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-aos'], simStepDelayMs: 100 });
    core = coreClient(hub.as);
    aos = hub.sims.aos as AosSystem;
    adapter = hub.adapters.aos;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** An order to AOS on a fresh confirmed case, and the matter AOS opened for it. */
  async function engageAos(scope: string): Promise<{ caseId: string; orderId: string; matter: ReceivedMatter }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(aosOrder(scope)).expect(201)).body.orderId as string;
    const matter = await eventually(async () => aos.find(orderId), { what: 'AOS to receive the matter' });
    return { caseId, orderId, matter };
  }

  /** A matter AOS took on and started preserving, and then holds: the test sends AOS's records itself. */
  async function heldMatter() {
    const engaged = await engageAos(`${SCOPE} ${SIM_MARKERS.hold}`);
    await eventually(async () => (await core.order(engaged.orderId)).status === 'in_progress', { what: 'AOS to start preserving', timeoutMs: 20_000 });
    return engaged;
  }

  const sendAsAos = (path: string, body: unknown, webhookId = newWebhookId()) => postSigned(`${adapter.url}${path}`, adapter.secret, body, { webhookId, token: hub.tokens.partner.aos });

  async function deliverables(orderId: string, query = ''): Promise<DeliverableViewV1[]> {
    return ((await hub.as.coordinator.get(`/orders/${orderId}/deliverables${query}`).expect(200)).body as DeliverablePageV1).deliverables;
  }

  const countIn = (list: DeliverableViewV1[], count: number) => (list.length >= count ? list : undefined);

  describe('a matter worked from order to settled invoice', () => {
    let caseId: string;
    let orderId: string;
    let matter: ReceivedMatter;

    beforeAll(async () => {
      ({ caseId, orderId, matter } = await engageAos(SCOPE));
    });

    it('delivers the order to AOS as its own matter request, signed, the estimate as the fee ceiling and no policy number', () => {
      expect(matter.request).toEqual({
        apiVersion: 'aos.v1',
        matterRef: orderId,
        incidentRef: caseId,
        requestType: 'HOZEN_CHOSA',
        client: { corporateName: '株式会社みなと精機', contactPerson: '情報システム部 佐藤', contactPhone: '03-1234-5678', contactEmail: 'sato@minato-seiki.example.jp' },
        incident: { classification: 'ROUEI', overview: expect.any(String), discoveredAt: expect.any(String), affectedRecords: 12_000 },
        instructions: SCOPE,
        budget: { ceilingYen: 3_300_000, consumptionTax: 'ZEIKOMI' },
        requestedAt: expect.any(String),
      });
    });

    it('records every status AOS reports, in order, with its milestones and its matter number', async () => {
      const order = await eventually(async () => {
        const current = await core.order(orderId);
        return current.status === 'work_complete' ? current : undefined;
      }, { what: 'AOS to complete the work', timeoutMs: 45_000 });
      expect(order.partnerReference).toBe(matter.file.aosMatterNo);
      const entries = (await core.timeline(caseId)).filter((e) => e.orderId === orderId && e.kind !== 'deliverable_received' && e.kind !== 'deliverables_counted');
      expect(entries.filter((e) => e.toStatus === 'in_progress').map((e) => e.milestone)).toEqual(MILESTONES);
      const statuses = entries.map((e) => e.toStatus).filter((s) => s !== null);
      expect(statuses.indexOf('accepted')).toBeGreaterThan(statuses.indexOf('acknowledged'));
      expect(statuses.at(-1)).toBe('work_complete');
      expect(entries.filter((e) => e.toStatus !== 'issued').every((e) => e.actor === 'partner:aos')).toBe(true);
    });

    it('shows the coordinator the evidence register, its chain of custody in order, the re-verifications and the lawyer\'s report', async () => {
      const all = await eventually(async () => countIn(await deliverables(orderId), 11), { what: 'AOS\'s deliverables in core', timeoutMs: 20_000 });
      const ev = (n: number) => evidenceNo(matter.file, n);
      expect(all.map((d) => `${d.kind} ${d.reference}`)).toEqual([
        `evidence_item ${ev(1)}`,
        `evidence_item ${ev(2)}`,
        ...[1, 2].flatMap((n) => [1, 2, 3].map((seq) => `custody_event ${ev(n)}#${seq}`)),
        `hash_reverification ${ev(1)}#4`,
        `hash_reverification ${ev(2)}#4`,
        `forensic_report RPT-${matter.file.serial}-01`,
      ]);
      const [server] = all;
      expect(server).toMatchObject({
        attention: 'normal',
        factsContract: 'partners/aos/evidence-item-facts.v1',
        facts: { deviceKind: 'SERVER', serialNo: '8XK2M93', imageFormat: 'E01', imageSizeBytes: 480_103_981_056, hashAlgorithm: 'SHA-256', hashValue: acquisitionHash(matter.file, 1), preservedBy: '高橋 誠' },
        discrepancy: null,
        review: null,
      });
      expect(all.filter((d) => d.kind === 'custody_event').every((d) => d.attention === 'bulk')).toBe(true);
      for (const check of all.filter((d) => d.kind === 'hash_reverification')) {
        // AOS's tool printed the hash in upper case; the adapter compares it in one case, so it matches.
        expect(check).toMatchObject({ attention: 'normal', restates: { kind: 'evidence_item', facts: ['hashAlgorithm', 'hashValue'] }, discrepancy: null });
      }
      expect(all.at(-1)).toMatchObject({
        facts: { lawyerName: '山田 太郎', barRegistrationNo: '41235', documentContentChecked: true, evidenceCovered: [ev(1), ev(2)] },
      });
      expect((all.at(-1)?.facts as { documentSha256: string }).documentSha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('puts them on the case timeline: one entry each, the custody entries counted per hour, and no alert for matching hashes', async () => {
      const entries = await eventually(async () => {
        const all = (await core.timeline(caseId)).filter((e) => e.orderId === orderId);
        return all.filter((e) => e.kind === 'deliverable_received').length >= 5 ? all : undefined;
      }, { what: 'the deliverables on the timeline' });
      expect(entries.filter((e) => e.kind === 'deliverable_received').map((e) => e.note?.split(':')[0])).toEqual(
        expect.arrayContaining([`evidence_item ${evidenceNo(matter.file, 1)}`, `hash_reverification ${evidenceNo(matter.file, 2)}#4`, `forensic_report RPT-${matter.file.serial}-01`]),
      );
      const counted = entries.filter((e) => e.kind === 'deliverables_counted');
      // Six custody entries, a second apart: one line per hour they fall in (two if they straddle the hour).
      expect(counted.map((e) => Number(/^(\d+) custody_event in the hour from /.exec(e.note ?? '')?.[1])).reduce((a, b) => a + b, 0)).toBe(6);
      expect(entries.filter((e) => e.kind === 'partner_alert')).toEqual([]);
    });

    it('settles AOS\'s invoice, which AOS reads back by its webhook-id', async () => {
      const sent = await eventually(async () => aos.sentTo(orderId, '/aos/v1/invoices')[0], { what: 'AOS to invoice' });
      expect(sent.status).toBe(202);
      const outcome = await eventually(async () => {
        const read = await getSigned(`${adapter.url}/aos/v1/callbacks/${sent.webhookId}`, adapter.secret, { token: hub.tokens.partner.aos });
        return (read.body.core as { result: string | null } | undefined)?.result ? read.body : undefined;
      }, { what: 'core\'s decision on AOS\'s invoice', timeoutMs: 20_000 });
      expect(outcome).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
      const invoiceId = (outcome.core as { invoiceId: string }).invoiceId;
      const invoice = (await hub.as.coordinator.get(`/invoices/${invoiceId}`).expect(200)).body;
      expect(invoice).toMatchObject({ partnerId: 'aos', orderId, state: 'settled', totals: { grossYen: 2_185_460 } });
      expect(invoice.settlement.coveredYen + invoice.settlement.retainedYen).toBe(2_185_460);
      expect(invoice.lines.map((l: { description: string; category: string }) => [l.description, l.category])).toEqual(
        expect.arrayContaining([
          ['証拠保全（ディスクイメージ取得・ハッシュ算出）（単位: 台）', 'cause_and_scope_investigation'],
          ['調査報告書作成（単位: 件）', 'cause_and_scope_investigation'],
          ['弁護士監修・相談（単位: 時間）', 'lawyer_consultation'],
        ]),
      );
      await hub.as.coordinator.post(`/orders/${orderId}/close`).send({}).expect(200);
    });
  });

  it('keeps the evidence register and the custody record append-only: a changed resend is refused and changes nothing', async () => {
    const { orderId, matter } = await heldMatter();
    const register = evidenceRegister(matter.file);
    const first = await sendAsAos('/aos/v1/evidence-items', register);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ duplicate: false, counts: { new: 2, repeated: 0 } });
    // The same register again, under a new webhook-id (AOS's system resending after a timeout): counted once.
    expect((await sendAsAos('/aos/v1/evidence-items', register)).body).toMatchObject({ duplicate: false, counts: { new: 0, repeated: 2 } });

    // The same evidence item with another hash: what was preserved cannot be rewritten.
    const rewritten: AosEvidenceRegisterV1 = { ...register, items: [{ ...register.items[1], image: { ...register.items[1].image, hash: { algorithm: 'SHA-256', value: 'f'.repeat(64) } } }] };
    const refused = await sendAsAos('/aos/v1/evidence-items', rewritten);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'deliverable_changed', issues: [{ field: 'deliverables/0/reference', reason: 'was already delivered with other content' }] });

    const custody = custodyAfterPreservation(matter.file);
    expect((await sendAsAos('/aos/v1/custody-events', custody)).body).toMatchObject({ counts: { new: 6, repeated: 0 } });
    // A line of the custody form written again with another seal number: refused.
    const resealed: AosCustodyRecordV1 = { ...custody, entries: [{ ...custody.entries[1], sealNo: 'S-FORGED-001' }] };
    expect((await sendAsAos('/aos/v1/custody-events', resealed)).body).toMatchObject({ error: 'deliverable_changed' });
    // The next line of the form is appended after the ones before it.
    const handedToExaminer: AosCustodyRecordV1 = {
      ...custody,
      entries: [{ ...custody.entries[0], seq: 5, action: 'HIKIWATASHI', at: new Date().toISOString(), handover: { fromPerson: '高橋 誠', toPerson: '中村 美咲' } }],
    };
    expect((await sendAsAos('/aos/v1/custody-events', handedToExaminer)).body).toMatchObject({ counts: { new: 1, repeated: 0 } });
    // A re-verification of an item never registered has nothing to compare with.
    const unknown = reverification(matter.file, 4);
    unknown.entries = [{ ...unknown.entries[0], evidenceNo: `EV-${matter.file.serial}-099` }];
    const orphan = await sendAsAos('/aos/v1/custody-events', unknown);
    expect(orphan.status).toBe(409);
    expect(orphan.body).toMatchObject({ error: 'unknown_deliverable', issues: [{ field: 'deliverables/0/restates', reason: 'names nothing delivered on this order' }] });

    const ev = (n: number) => evidenceNo(matter.file, n);
    const recorded = await eventually(async () => countIn(await deliverables(orderId), 9), { what: 'the register and custody record in core' });
    await pause(1_000);
    const after = await deliverables(orderId);
    expect(after).toEqual(recorded);
    expect(after.map((d) => d.reference)).toEqual([ev(1), ev(2), ...[1, 2].flatMap((n) => [1, 2, 3].map((seq) => `${ev(n)}#${seq}`)), `${ev(1)}#5`]);
    expect(after[1].facts).toMatchObject({ hashValue: acquisitionHash(matter.file, 2) });
    expect(after.find((d) => d.reference === `${ev(1)}#2`)?.facts).toMatchObject({ sealNo: `S-${matter.file.serial}-001` });
  });

  it('raises a re-verified hash that no longer matches the preserved one as an urgent alert, and a matching one not', async () => {
    const { caseId, orderId, matter } = await engageAos(`${SCOPE} ${SIM_MARKERS.hashMismatch}`);
    const ev = (n: number) => evidenceNo(matter.file, n);
    // AOS's examiner re-verified both images before analysis; the second one's hash has changed.
    const sent = await eventually(async () => aos.sentTo(orderId, '/aos/v1/custody-events')[1], { what: 'AOS to re-verify the images', timeoutMs: 20_000 });
    expect(sent.status).toBe(202);
    const receipt = sent.answer as { deliverables: { reference: string; discrepancy?: string }[] };
    expect(receipt.deliverables.map((d) => [d.reference, d.discrepancy ?? null])).toEqual([
      [`${ev(1)}#4`, null],
      [`${ev(2)}#4`, expect.stringContaining(`evidence_item ${ev(2)} (v1) restated differently: hashValue was "${acquisitionHash(matter.file, 2)}"`)],
    ]);

    const alerts = await eventually(async () => {
      const found = (await core.timeline(caseId)).filter((e) => e.kind === 'partner_alert' && e.orderId === orderId);
      return found.length > 0 ? found : undefined;
    }, { what: 'the alert on the case timeline' });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ actor: 'partner:aos', note: expect.stringContaining(`hash_reverification ${ev(2)}#4`) });
    expect(alerts[0].note).toContain('hashValue was');

    const checks = await eventually(async () => countIn(await deliverables(orderId, '?kind=hash_reverification'), 2), { what: 'the re-verifications in core' });
    expect(checks.map((d) => [d.reference, d.attention, d.discrepancy === null])).toEqual([
      [`${ev(1)}#4`, 'normal', true],
      [`${ev(2)}#4`, 'urgent', false],
    ]);
    expect((await deliverables(orderId, '?attention=urgent')).map((d) => d.reference)).toEqual([`${ev(2)}#4`]);
  });

  it('takes the lawyer\'s report with its PDF of a few megabytes, hashing it, and refuses one whose hash is not the document\'s', async () => {
    const { orderId, matter } = await heldMatter();
    const pdf = Buffer.concat([reportPdf(matter.file), randomBytes(3 * 1024 * 1024)]);
    const report = investigationReport(matter.file);
    const document = { ...report.document, sizeBytes: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex').toUpperCase(), contentBase64: pdf.toString('base64') };
    const wrongHash = await sendAsAos('/aos/v1/reports', { ...report, document: { ...document, sha256: 'A'.repeat(64) } });
    expect(wrongHash.status).toBe(400);
    expect(wrongHash.body).toMatchObject({ error: 'validation_failed', issues: [{ field: 'document.sha256', reason: expect.stringContaining('does not match the document sent') }] });
    const taken = await sendAsAos('/aos/v1/reports', { ...report, document });
    expect(taken.status).toBe(202);
    const [recorded] = await eventually(async () => countIn(await deliverables(orderId, '?kind=forensic_report'), 1), { what: 'the report in core' });
    expect(recorded.facts).toMatchObject({ documentSha256: createHash('sha256').update(pdf).digest('hex'), documentSizeBytes: pdf.length, documentContentChecked: true, barRegistrationNo: '41235' });
    // The document's bytes stay with AOS: core keeps what the report says of it.
    expect(JSON.stringify(recorded).length).toBeLessThan(10_000);
  });

  it('answers hostile bodies on AOS\'s submission routes with 4xx, never 5xx', async () => {
    const { orderId, matter } = await heldMatter();
    const register = evidenceRegister(matter.file);
    const custody = custodyAfterPreservation(matter.file);
    const report = investigationReport(matter.file);
    const long = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
    const hostile: [string, unknown][] = [
      ['/aos/v1/evidence-items', { ...register, items: [{ ...register.items[0], image: { ...register.items[0].image, hash: { algorithm: 'SHA-256', value: long('ab', 900_000) } } }] }],
      ['/aos/v1/evidence-items', { ...register, items: [{ ...register.items[0], image: { ...register.items[0].image, sizeBytes: 1e308 } }] }],
      ['/aos/v1/evidence-items', { ...register, items: Array.from({ length: 5_000 }, () => register.items[0]) }],
      ['/aos/v1/evidence-items', { ...register, matterRef: randomUUID() }],
      ['/aos/v1/custody-events', { ...custody, entries: [{ ...custody.entries[0], seq: -1 }] }],
      ['/aos/v1/custody-events', { ...custody, entries: [{ ...custody.entries[0], remark: long('𠮷', 900_000) }] }],
      ['/aos/v1/reports', { ...report, document: { ...report.document, contentBase64: long('QUJD', 9_000_000) } }],
      ['/aos/v1/reports', { ...report, document: { ...report.document, fileName: long('../', 300) } }],
    ];
    const answers = [];
    for (const [path, body] of hostile) answers.push(`${path} ${(await sendAsAos(path, body)).status}`);
    const nested = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const deep = await postSigned(`${adapter.url}/aos/v1/reports`, adapter.secret, undefined, { rawBody: nested, webhookId: newWebhookId(), token: hub.tokens.partner.aos });
    answers.push(`nested ${deep.status}`);
    expect(answers.filter((a) => !/ 4\d\d$/.test(a))).toEqual([]);
    expect(await deliverables(orderId)).toEqual([]);
  });

  it('records a decline with AOS\'s reason', async () => {
    const { orderId } = await engageAos(`現地保全（本日中） ${SIM_MARKERS.decline}`);
    const order = await eventually(async () => {
      const current = await core.order(orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'AOS to decline' });
    expect(order.statusReason).toBe('指定期間内に現地保全の要員を確保できないため辞退します');
  });

  it('tells AOS natively, after the matter itself, that the coordinator withdrew the matter', async () => {
    const { orderId, matter } = await heldMatter();
    const cancelled = await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: '被保険者が自社契約のフォレンジック業者に依頼したため' }).expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const withdrawal = await eventually(async () => aos.withdrawalOf(orderId), { what: 'AOS to receive the withdrawal' });
    expect(withdrawal.request).toEqual({ apiVersion: 'aos.v1', matterRef: orderId, withdrawnAt: expect.any(String), reason: '被保険者が自社契約のフォレンジック業者に依頼したため', withdrawnBy: expect.any(String) });
    expect(Date.parse(withdrawal.receivedAt)).toBeGreaterThanOrEqual(Date.parse(matter.receivedAt));
    // The adapter's record: the matter went out first, then its withdrawal, each taken by AOS's system (2xx).
    const record = await eventually(async () => {
      const read = (await adapter.as.operator.get(`/deliveries/${orderId}`).expect(200)).body;
      return read.cancellation?.status === 'delivered' ? read : undefined;
    }, { what: 'the withdrawal\'s delivery on record' });
    expect(record.order).toMatchObject({ status: 'delivered' });
    expect(Date.parse(record.cancellation.deliveredAt)).toBeGreaterThanOrEqual(Date.parse(record.order.deliveredAt));
  });

  describe('partner isolation', () => {
    let orderId: string;
    let matter: ReceivedMatter;

    beforeAll(async () => {
      ({ orderId, matter } = await heldMatter());
      await sendAsAos('/aos/v1/evidence-items', evidenceRegister(matter.file));
      await eventually(async () => countIn(await deliverables(orderId), 2), { what: 'the register in core' });
    });

    /** An AOS-shaped body for a route, about the AOS matter: what LAC would have to send to touch it. */
    function aosBodyFor(path: string): unknown {
      if (path.endsWith('/evidence-items')) return evidenceRegister(matter.file);
      if (path.endsWith('/custody-events')) return custodyAfterPreservation(matter.file);
      if (path.endsWith('/callbacks')) return { apiVersion: 'aos.v1', matterRef: orderId, aosMatterNo: matter.file.aosMatterNo, seq: 99, status: 'JITAI', declineReason: 'LAC pretending', eventAt: new Date().toISOString() };
      return { apiVersion: 'aos.v1', matterRef: orderId };
    }

    it('answers another partner\'s token on every route of AOS\'s adapter with 403 or 404, no data, and no effect', async () => {
      const callbackId = matter.sent[0].webhookId;
      const routes = declaredRoutes(adapter.app)
        .filter((r) => !r.callers?.includes('anyone'))
        .flatMap((r) => r.routes);
      expect(routes).toEqual(
        expect.arrayContaining(['POST /aos/v1/callbacks', 'GET /aos/v1/callbacks/:webhookId', 'POST /aos/v1/invoices', 'POST /aos/v1/evidence-items', 'POST /aos/v1/custody-events', 'POST /aos/v1/reports']),
      );
      const before = await deliverables(orderId);
      const problems: string[] = [];
      for (const route of routes) {
        const [method, template] = route.split(' ');
        const path = template.replace(':webhookId', callbackId).replace(':orderId', orderId);
        // LAC's token on a request otherwise exactly as AOS would sign it: the token alone must keep LAC out.
        const response =
          method === 'GET'
            ? await getSigned(`${adapter.url}${path}`, adapter.secret, { token: hub.tokens.partner.lac })
            : await postSigned(`${adapter.url}${path}`, adapter.secret, aosBodyFor(path), { webhookId: newWebhookId(), token: hub.tokens.partner.lac });
        if (![403, 404].includes(response.status)) problems.push(`${route}: ${response.status}`);
        const text = JSON.stringify(response.body);
        if ([orderId, matter.file.aosMatterNo, acquisitionHash(matter.file, 1)].some((secret) => text.includes(secret))) problems.push(`${route} told LAC about AOS's matter: ${text.slice(0, 200)}`);
      }
      expect(problems).toEqual([]);
      await pause(1_000);
      expect(await deliverables(orderId)).toEqual(before);
      expect((await core.order(orderId)).status).toBe('in_progress');
    });

    it('answers another partner in core as if AOS\'s matter and evidence did not exist', async () => {
      for (const path of [`/orders/${orderId}`, `/orders/${orderId}/deliverables`]) {
        const read = await hub.as.partner.lac.get(path).expect(404);
        expect(JSON.stringify(read.body)).not.toContain(matter.file.aosMatterNo);
      }
      const own = await hub.as.partner.aos.get(`/orders/${orderId}/deliverables`).expect(200);
      expect((own.body as DeliverablePageV1).deliverables).toHaveLength(2);
    });

    it('does not let AOS\'s own credentials touch another partner\'s order', async () => {
      const { caseId } = await core.openCase({ confirm: true });
      const lacOrderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: 'Forensics', estimateYen: 1_000_000 }).expect(201)).body.orderId as string;
      const asLacOrder = { ...matter.file, matterRef: lacOrderId };
      for (const [path, body] of [
        ['/aos/v1/evidence-items', evidenceRegister(asLacOrder)],
        ['/aos/v1/custody-events', custodyAfterPreservation(asLacOrder)],
        ['/aos/v1/callbacks', { apiVersion: 'aos.v1', matterRef: lacOrderId, aosMatterNo: matter.file.aosMatterNo, seq: 1, status: 'JUNIN', eventAt: new Date().toISOString() }],
      ] as const) {
        expect((await sendAsAos(path, body)).status).toBe(404);
      }
      await hub.as.partner.aos.get(`/orders/${lacOrderId}/deliverables`).expect(404);
      expect(await deliverables(lacOrderId)).toEqual([]);
    });
  });
});
