import { createHash, randomUUID } from 'node:crypto';
import { demoWebhookSecret } from '@hub/adapter-kit';
import { declaredRoutes } from '@hub/auth';
import type { IsrRatingCertificateV1, IsrResultPublicationV1 } from '@hub/contracts';
import { eventually, getSigned, postSigned } from '@hub/testing';
import { coreClient } from '../../../test/support/core-client';
import { type RunningHub, startHub } from '../../../test/support/running-hub';
import type { IsrBackOffice, ReceivedRequest } from '../sim/isr-back-office';
import { RATING_SCALE } from '../src/rating-scale';

const ISR_SECRET = demoWebhookSecret('isr');
const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Deliverable {
  deliverableId: string;
  kind: string;
  reference: string;
  attention: string;
  facts: Record<string, unknown>;
  factsContract: string | null;
  restates: { kind: string; reference: string; facts: string[] } | null;
  discrepancy: string | null;
}

/**
 * I.S.Rating (trust recovery) through its own adapter, end to end on real Kafka and PostgreSQL: the order reaches
 * I.S.Rating as an evaluation request in its terms; its analysts' notices move the order; its rating certificate is kept
 * with the SHA-256 the adapter computed from the document (and one whose document does not match is refused, naming the
 * field, nothing kept); the publication on its website and in its mail magazine is recorded against the certificate; its
 * invoice is settled; a cancellation reaches it as a withdrawal; and no other partner can use any of its routes.
 */
describe('I.S.Rating through its adapter, end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let isr: IsrBackOffice;
  let isrUrl: string;
  /** The order the whole flow ran on, shared by the later cases. */
  let flow: { caseId: string; orderId: string; evaluation: ReceivedRequest };

  const isrOrder = (scope = '再発防止策の実施状況の評価、格付証明書の発行、ウェブサイト・メールマガジンでの結果公表支援') => ({
    partnerId: 'isr',
    supportFunction: 'trust_recovery',
    scope,
    estimateYen: 2_420_000,
  });
  const submit = (route: string, body: unknown, { token = hub.tokens.partner.isr, webhookId = newWebhookId() } = {}) =>
    postSigned(`${isrUrl}/isr/v1/${route}`, ISR_SECRET, body, { webhookId, token });
  const deliverablesOf = async (orderId: string): Promise<Deliverable[]> =>
    (await hub.as.coordinator.get(`/orders/${orderId}/deliverables`).expect(200)).body.deliverables as Deliverable[];

  async function issue(scope?: string): Promise<{ caseId: string; orderId: string }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(isrOrder(scope)).expect(201)).body.orderId as string;
    return { caseId, orderId };
  }

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-isr'], simStepDelayMs: 100 });
    core = coreClient(hub.as);
    isr = hub.sims.isr as IsrBackOffice;
    isrUrl = hub.adapters.isr.url;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('delivers the order as an evaluation request and records every notice, the certificate, its publication and the settled invoice', async () => {
    const { caseId, orderId } = await issue();

    // I.S.Rating's system received the order in its own form, signed (the simulator verified the signature).
    const evaluation = await eventually(async () => isr.find(orderId), { what: 'I.S.Rating to receive the request' });
    expect(evaluation.request).toEqual({
      specVersion: '1.0',
      requestNo: orderId,
      incidentNo: caseId,
      evaluationType: 'RECURRENCE_PREVENTION_STATUS',
      ratee: { corporateName: '株式会社みなと精機', liaisonName: '情報システム部 佐藤', liaisonPhone: '03-1234-5678', liaisonEmail: 'sato@minato-seiki.example.jp' },
      incidentOutline: { category: 'INFORMATION_LEAK', description: expect.any(String), becameAwareAt: expect.any(String), affectedRecordCount: 12_000 },
      requestedWork: isrOrder().scope,
      feeCeiling: { amountYen: 2_420_000, consumptionTax: 'INCLUDED' },
      requestedAt: expect.any(String),
    });
    flow = { caseId, orderId, evaluation };

    // The analysts work through to the invoice, which the adapter takes (202).
    const invoiceSent = await eventually(async () => isr.sentFor(orderId, 'invoice')[0], { what: 'I.S.Rating to invoice', timeoutMs: 45_000 });
    expect(invoiceSent.status).toBe(202);
    expect(isr.sentFor(orderId).map((s) => [s.label, s.status])).toEqual([
      ['UNDERTAKEN', 200],
      ['MILESTONE_REACHED:EVALUATION_STARTED', 200],
      ['MILESTONE_REACHED:DOCUMENT_REVIEW_DONE', 200],
      ['MILESTONE_REACHED:ANALYST_INTERVIEW_DONE', 200],
      ['MILESTONE_REACHED:ONSITE_REVIEW_DONE', 200],
      ['MILESTONE_REACHED:RATING_COMMITTEE_DECIDED', 200],
      [evaluation.certificateNo, 202],
      ['MILESTONE_REACHED:CERTIFICATE_ISSUED', 200],
      [evaluation.certificateNo, 202],
      ['MILESTONE_REACHED:RESULT_PUBLISHED', 200],
      ['EVALUATION_CLOSED', 200],
      ['invoice', 202],
    ]);

    // Core's order and the case's timeline, by when each thing happened at I.S.Rating.
    const order = await eventually(async () => {
      const current = await core.order(orderId);
      return current.status === 'work_complete' ? current : undefined;
    }, { what: 'the order to be work_complete' });
    expect(order.partnerReference).toBe(evaluation.evaluationNo);
    const entries = await eventually(async () => {
      const all = (await core.timeline(caseId)).filter((e) => e.orderId === orderId);
      return all.filter((e) => e.kind === 'deliverable_received').length >= 3 ? all : undefined;
    }, { what: 'the deliverables on the timeline' });
    expect(entries.filter((e) => e.toStatus !== null).map((e) => [e.toStatus, e.milestone])).toEqual([
      ['issued', null],
      ['acknowledged', null],
      ['accepted', null],
      ['in_progress', 'evaluation_started'],
      ['in_progress', 'document_review_done'],
      ['in_progress', 'analyst_interview_done'],
      ['in_progress', 'onsite_review_done'],
      ['in_progress', 'rating_committee_decided'],
      ['in_progress', 'certificate_issued'],
      ['in_progress', 'result_published'],
      ['work_complete', null],
    ]);
    expect(entries.filter((e) => e.toStatus !== null && e.toStatus !== 'issued').every((e) => e.actor === 'partner:isr')).toBe(true);
    expect(entries.find((e) => e.toStatus === 'accepted')?.note).toBe(`評価依頼を受託しました / 主任アナリスト: ${evaluation.leadAnalyst}`);

    // The certificate, kept with the SHA-256 of the very document I.S.Rating sent (hashed here, independently), on the scale.
    const document = evaluation.certificate?.pdf as Buffer;
    expect(document.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const deliverables = await deliverablesOf(orderId);
    expect(deliverables.map((d) => d.kind)).toEqual(['rating_certificate', 'website_posting', 'mail_magazine_issue']);
    const [certificate, website, magazine] = deliverables;
    expect(certificate).toMatchObject({
      reference: evaluation.certificateNo,
      attention: 'normal',
      factsContract: 'partners/isr/rating-certificate-facts.v1',
      discrepancy: null,
      facts: { certificateNo: evaluation.certificateNo, evaluationNo: evaluation.evaluationNo, ratingScale: 'ISR-17', documentBytes: document.length, documentSha256: sha256(document), documentSha256Verified: true },
    });
    expect(RATING_SCALE).toHaveLength(17);
    expect(RATING_SCALE).toContain(certificate.facts.ratingGrade);
    expect(certificate.facts.gradeRank).toBe(RATING_SCALE.indexOf(certificate.facts.ratingGrade as (typeof RATING_SCALE)[number]) + 1);
    expect(String(certificate.facts.validUntil) > String(certificate.facts.validFrom)).toBe(true);
    // Only the hash: the document's bytes are nowhere in what core keeps.
    expect(JSON.stringify(certificate)).not.toContain(document.toString('base64').slice(0, 40));

    // Its publication on the website and in the mail magazine, each restating the certificate's grade and hash.
    const restates = { kind: 'rating_certificate', reference: evaluation.certificateNo, facts: ['ratingGrade', 'documentSha256'] };
    expect(website).toMatchObject({
      reference: `https://www.isr.example.jp/ratings/recurrence-prevention/${evaluation.certificateNo}`,
      restates,
      discrepancy: null,
      facts: { certificateNo: evaluation.certificateNo, ratingGrade: certificate.facts.ratingGrade, documentSha256: sha256(document), postedAt: expect.any(String), listedUntil: certificate.facts.validUntil },
    });
    expect(magazine).toMatchObject({
      reference: expect.stringMatching(/^I\.S\.R\.レーティング通信 第\d+号$/),
      restates,
      discrepancy: null,
      facts: { certificateNo: evaluation.certificateNo, documentSha256: sha256(document), issueNo: expect.any(Number), sentAt: expect.any(String), recipientCount: 12_480 },
    });
    // The order's own partner reads them too.
    expect((await hub.as.partner.isr.get(`/orders/${orderId}/deliverables`).expect(200)).body.deliverables).toHaveLength(3);

    // The invoice, settled by core; I.S.Rating reads the decision by its webhook-id.
    const decided = await eventually(async () => {
      const read = await getSigned(`${isrUrl}/isr/v1/callbacks/${invoiceSent.webhookId}`, ISR_SECRET, { token: hub.tokens.partner.isr });
      return (read.body.core as { result: string | null } | undefined)?.result ? read.body : undefined;
    }, { what: "core's decision on I.S.Rating's invoice", timeoutMs: 20_000 });
    expect(decided).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
    const invoiceId = (decided.core as { invoiceId: string }).invoiceId;
    const stored = (await hub.as.coordinator.get(`/invoices/${invoiceId}`).expect(200)).body;
    expect(stored).toMatchObject({ partnerId: 'isr', orderId, state: 'settled', issuerName: '株式会社アイ・エス・レーティング', totals: { grossYen: 2_113_540 } });
    expect((stored.lines as { description: string; category: string }[]).map((l) => [l.category, l.description])).toEqual([
      ['recurrence_prevention', '再発防止策実施状況評価料（単位: 評価1件）'],
      ['recurrence_prevention', '格付証明書 認証料（単位: 証明書1通）'],
      ['public_notice_and_press', '結果公表支援料（ウェブサイト掲載・メールマガジン配信）（単位: 公表1媒体）'],
      ['recurrence_prevention', '現地調査 出張旅費（立替）（実費）'],
    ]);
    expect(stored.settlement.coveredYen + stored.settlement.retainedYen).toBe(2_113_540);

    // The coordinator closes the completed evaluation.
    expect((await hub.as.coordinator.post(`/orders/${orderId}/close`).send({}).expect(200)).body.status).toBe('closed');
  });

  it('refuses a certificate whose document does not match its stated SHA-256, naming the field, and keeps nothing of it', async () => {
    const { orderId, evaluation } = flow;
    const sent = evaluation.certificate?.body as IsrRatingCertificateV1;
    const before = await deliverablesOf(orderId);

    // A second certificate whose PDF lost one bit on the way: same size, another hash.
    const altered = Buffer.from(evaluation.certificate?.pdf as Buffer);
    altered[altered.length - 20] ^= 0x01;
    const certificateNo = evaluation.certificateNo.replace(/\d{5}$/, (n) => String((Number(n) + 50_000) % 100_000).padStart(5, '0'));
    const tampered: IsrRatingCertificateV1 = {
      ...sent,
      certificate: { ...sent.certificate, certificateNo, document: { ...sent.certificate.document, fileName: `${certificateNo}.pdf`, contentBase64: altered.toString('base64') } },
    };
    const refused = await submit('certificates', tampered);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'certificate_hash_mismatch' });
    expect(refused.body.issues).toEqual([{ field: 'certificate.document.sha256', reason: `does not match the document, whose SHA-256 is ${sha256(altered)}` }]);

    // Nothing of it reached core, now or later.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await deliverablesOf(orderId);
    expect(after.map((d) => d.deliverableId)).toEqual(before.map((d) => d.deliverableId));
    expect(after.some((d) => d.reference === certificateNo)).toBe(false);
    // Neither the adapter's record nor core's holds it.
    for (const table of ['adapter_deliverables', 'order_deliverables']) {
      expect(await hub.dataSource.query(`SELECT 1 FROM ${table} WHERE order_id = $1 AND reference = $2`, [orderId, certificateNo])).toEqual([]);
    }

    // The genuine certificate sent again (a retry with a new webhook-id) is the same certificate, counted once.
    const again = await submit('certificates', sent);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ received: true, duplicate: false, counts: { new: 0, repeated: 1 }, deliverables: [{ reference: evaluation.certificateNo, outcome: 'repeated' }] });
  });

  it('takes a certificate document of the full 700 KiB and refuses one byte more, naming the field', async () => {
    const { orderId } = await issue('再発防止策の評価（大きな証明書） #sim-hold');
    const evaluation = await eventually(async () => isr.find(orderId), { what: 'I.S.Rating to receive the request' });
    await eventually(async () => (await core.order(orderId)).acceptedAt !== null, { what: 'I.S.Rating to undertake it' });
    const sent = flow.evaluation.certificate?.body as IsrRatingCertificateV1;
    const withDocument = (content: Buffer): IsrRatingCertificateV1 => ({
      ...sent,
      requestNo: orderId,
      evaluationNo: evaluation.evaluationNo,
      certificate: {
        ...sent.certificate,
        certificateNo: evaluation.certificateNo,
        document: { fileName: `${evaluation.certificateNo}.pdf`, mediaType: 'application/pdf', byteLength: content.length, sha256: sha256(content), contentBase64: content.toString('base64') },
      },
    });
    const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]);
    const tooLarge = await submit('certificates', withDocument(pdfOf(716_801)));
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.issues).toContainEqual({ field: 'certificate.document.byteLength', reason: 'must be at most 716800' });
    const largest = await submit('certificates', withDocument(pdfOf(716_800)));
    expect(largest.status).toBe(202);
    expect(largest.body).toMatchObject({ counts: { new: 1, repeated: 0 } });
    const [kept] = await eventually(async () => ((await deliverablesOf(orderId)).length > 0 ? deliverablesOf(orderId) : undefined), { what: 'the certificate in core' });
    expect(kept.facts).toMatchObject({ documentBytes: 716_800, documentSha256: sha256(pdfOf(716_800)), documentSha256Verified: true });
  });

  it('raises a publication that restates another document hash than the certificate\'s as an urgent alert', async () => {
    const { caseId, orderId, evaluation } = flow;
    const publication: IsrResultPublicationV1 = {
      specVersion: '1.0',
      requestNo: orderId,
      evaluationNo: evaluation.evaluationNo,
      certificateNo: evaluation.certificateNo,
      publishedGrade: evaluation.certificate?.body.certificate.ratingGrade as IsrResultPublicationV1['publishedGrade'],
      certificateSha256: sha256(Buffer.from('a different document')),
      media: [{ medium: 'MAIL_MAGAZINE', magazineTitle: 'I.S.R.レーティング通信', issueNo: 9_999, sentAt: new Date().toISOString(), recipientCount: 12_480 }],
    };
    const answer = await submit('publications', publication);
    expect(answer.status).toBe(202);
    expect((answer.body.deliverables as { discrepancy?: string }[])[0].discrepancy).toContain('documentSha256');
    const alert = await eventually(async () => (await core.timeline(caseId)).find((e) => e.orderId === orderId && e.kind === 'partner_alert'), { what: 'the discrepancy on the timeline' });
    expect(alert.note).toContain('documentSha256');
    const stored = (await deliverablesOf(orderId)).find((d) => d.reference === 'I.S.R.レーティング通信 第9999号');
    expect(stored).toMatchObject({ attention: 'urgent', discrepancy: expect.stringContaining('documentSha256') });
  });

  it("records I.S.Rating's decline with its reason", async () => {
    const { orderId } = await issue('再発防止策の評価 #sim-decline');
    const order = await eventually(async () => {
      const current = await core.order(orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'I.S.Rating to decline' });
    expect(order.statusReason).toBe('被評価者との間に利益相反のおそれがあるため、本件評価は辞退いたします');
  });

  it('tells I.S.Rating of a cancellation in its own terms, as a withdrawal of the request, after the request', async () => {
    const { orderId } = await issue('再発防止策の評価（規程類の提出待ち） #sim-hold');
    await eventually(async () => (await core.order(orderId)).status === 'in_progress', { what: 'the evaluation to start' });
    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: '被保険者が評価の実施を見送ったため' }).expect(200);

    const withdrawal = await eventually(async () => isr.withdrawalOf(orderId), { what: 'I.S.Rating to receive the withdrawal' });
    expect(withdrawal.withdrawal).toEqual({
      specVersion: '1.0',
      requestNo: orderId,
      withdrawalReason: '被保険者が評価の実施を見送ったため',
      withdrawnBy: expect.any(String),
      withdrawnAt: expect.any(String),
    });
    expect(Date.parse(withdrawal.receivedAt)).toBeGreaterThan(Date.parse((isr.find(orderId) as ReceivedRequest).receivedAt));
    const record = (await hub.adapters.isr.as.coordinator.get(`/deliveries/${orderId}`).expect(200)).body;
    expect(record).toMatchObject({ order: { status: 'delivered' }, cancellation: { status: 'delivered' } });
    expect((await core.order(orderId)).status).toBe('cancelled');
  });

  it('answers every route of the adapter to another partner with 403 or 404 and no data, and core keeps I.S.Rating\'s objects from it', async () => {
    const { orderId, evaluation } = flow;
    const invoiceWebhookId = isr.sentFor(orderId, 'invoice')[0].webhookId;
    const bodies: Record<string, unknown> = {
      callbacks: isr.sentFor(orderId, 'notice')[0].body,
      invoices: isr.sentFor(orderId, 'invoice')[0].body,
      certificates: isr.sentFor(orderId, 'certificate')[0].body,
      publications: isr.sentFor(orderId, 'publication')[0].body,
    };
    const routes = declaredRoutes(hub.adapters.isr.app)
      .filter((r) => !r.callers?.includes('anyone'))
      .flatMap((r) => r.routes);
    // The native routes the issue names are all among them.
    expect(routes).toEqual(expect.arrayContaining(['POST /isr/v1/callbacks', 'GET /isr/v1/callbacks/:webhookId', 'POST /isr/v1/invoices', 'POST /isr/v1/certificates', 'POST /isr/v1/publications']));
    const before = await deliverablesOf(orderId);
    const answers: string[] = [];
    for (const route of routes) {
      const [method, template] = route.split(' ');
      const path = template.replace(':webhookId', invoiceWebhookId).replace(/:[A-Za-z]+/g, orderId);
      const lastWord = path.split('/').pop() as string;
      // LAC's token, with a request otherwise exactly as I.S.Rating would send it (signed with I.S.Rating's secret).
      const response =
        method === 'GET'
          ? await getSigned(`${isrUrl}${path}`, ISR_SECRET, { token: hub.tokens.partner.lac })
          : await postSigned(`${isrUrl}${path}`, ISR_SECRET, bodies[lastWord] ?? {}, { token: hub.tokens.partner.lac });
      const text = JSON.stringify(response.body);
      if (response.status !== 403 && response.status !== 404) answers.push(`${route}: ${response.status}`);
      if ([orderId, evaluation.evaluationNo, evaluation.certificateNo, invoiceWebhookId].some((secret) => text.includes(secret))) answers.push(`${route} told LAC about I.S.Rating's work: ${text}`);
      if (Object.keys(response.body).some((key) => !['statusCode', 'error', 'message'].includes(key))) answers.push(`${route} answered more than an error: ${text}`);
    }
    expect(answers).toEqual([]);
    expect((await deliverablesOf(orderId)).map((d) => d.deliverableId)).toEqual(before.map((d) => d.deliverableId));

    // Core: I.S.Rating's order, its deliverables and its invoice are, to LAC, things that do not exist.
    const invoiceId = ((await getSigned(`${isrUrl}/isr/v1/callbacks/${invoiceWebhookId}`, ISR_SECRET, { token: hub.tokens.partner.isr })).body.core as { invoiceId: string }).invoiceId;
    for (const path of [`/orders/${orderId}`, `/orders/${orderId}/deliverables`, `/invoices/${invoiceId}`]) {
      const foreign = await hub.as.partner.lac.get(path).expect(404);
      expect(foreign.body).toEqual({ statusCode: 404, error: 'not_found', message: expect.stringContaining('does not exist') });
    }

    // And I.S.Rating cannot deliver on an order that is not its own: 404, as if it did not exist.
    const { caseId } = await core.openCase({ confirm: true });
    const lacOrderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'lac', supportFunction: 'investigation', scope: 'Forensics', estimateYen: 1_000_000 }).expect(201)).body.orderId as string;
    const certificate = bodies.certificates as IsrRatingCertificateV1;
    expect((await submit('certificates', { ...certificate, requestNo: lacOrderId })).status).toBe(404);
    expect((await submit('callbacks', { ...(bodies.callbacks as object), requestNo: lacOrderId })).status).toBe(404);
    expect((await deliverablesOf(lacOrderId))).toEqual([]);
  });
});
