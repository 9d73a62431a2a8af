import { randomUUID } from 'node:crypto';
import * as iconv from 'iconv-lite';
import { signWebhook } from '@hub/adapter-kit';
import { declaredRoutes } from '@hub/auth';
import type { Bell24BoothChangeV1, Bell24InvoiceV1, Bell24StatusReportV1, DeliverablePageV1, IssueOrderRequestV2 } from '@hub/contracts';
import { eventually, getSigned } from '@hub/testing';
import { coreClient } from '../../../test/support/core-client';
import { lacOrder } from '../../../test/support/demo-requests';
import { type RunningHub, startHub } from '../../../test/support/running-hub';
import { bell24Invoice } from '../sim/bell24-billing';
import { REPORT_HEADER, tokyoDay } from '../sim/bell24-reports';
import type { Bell24System, SentReport, SentToHub } from '../sim/bell24-system';

const newWebhookId = () => `msg_${randomUUID().replace(/-/g, '')}`;
const sjis = (text: string) => iconv.encode(text, 'cp932');
const csv = (...rows: string[]) => [REPORT_HEADER.join(','), ...rows].join('\r\n') + '\r\n';
const CSV_TYPE = 'text/csv; charset=Shift_JIS';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function bell24Order(scope = 'お客様窓口（フリーダイヤル）の開設・運用・閉鎖。平日9時〜18時、3ブースから。'): IssueOrderRequestV2 {
  return { partnerId: 'bell24', supportFunction: 'call_centre', scope, estimateYen: 2_200_000 };
}

/**
 * Bell System 24 end to end on real Kafka and PostgreSQL: the hub's order reaches Bell24 as its operation request; its
 * status reports, booth change and daily Shift_JIS CSV reports reach core as milestones and deliverables (a bad row
 * refused by name, nothing of that file kept); its invoice is settled; a withdrawal reaches it in its own form; and no
 * other partner's credentials get anything from any Bell24 route.
 */
describe('Bell System 24 through its adapter, end to end', () => {
  let hub: RunningHub;
  let core: ReturnType<typeof coreClient>;
  let bell24: Bell24System;
  let adapterUrl: string;
  let secret: string;

  /** POSTs to Bell24's adapter, signed with Bell24's secret: JSON, or a file's bytes under its media type. */
  async function send(path: string, body: unknown, { token = hub.tokens.partner.bell24, webhookId = newWebhookId(), contentType = 'application/json' } = {}): Promise<Answer> {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    const response = await fetch(`${adapterUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${token}`, ...signWebhook(secret, webhookId, Math.floor(Date.now() / 1000), bytes) },
      body: bytes,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  }

  const upload = (orderId: string, text: string | Buffer, options: { token?: string; webhookId?: string; contentType?: string } = {}) =>
    send(`/bell24/v1/requests/${orderId}/daily-reports`, Buffer.isBuffer(text) ? text : sjis(text), { contentType: CSV_TYPE, ...options });

  async function deliverables(orderId: string, kind?: string): Promise<DeliverablePageV1['deliverables']> {
    const page = await hub.as.coordinator.get(`/orders/${orderId}/deliverables`).query(kind ? { kind } : {}).expect(200);
    return (page.body as DeliverablePageV1).deliverables;
  }

  /** An order Bell24 received and accepted; its script goes on in the background. */
  async function acceptedOrder(scope?: string): Promise<{ caseId: string; orderId: string }> {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(bell24Order(scope)).expect(201)).body.orderId as string;
    await eventually(async () => (await core.order(orderId)).acceptedAt !== null, { what: 'Bell24 to accept', timeoutMs: 30_000 });
    return { caseId, orderId };
  }

  const sent = (orderId: string, what: string): SentToHub[] => bell24.sentFor(orderId).filter((s) => s.what === what);

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-bell24'], simStepDelayMs: 100 });
    core = coreClient(hub.as);
    bell24 = hub.sims.bell24 as Bell24System;
    adapterUrl = hub.adapters.bell24.url;
    secret = hub.adapters.bell24.secret;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it('runs a hotline from request to invoice: milestones, a booth change, three days of figures (one file refused and corrected), Bell24\'s invoice settled, the order closed', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(bell24Order()).expect(201)).body.orderId as string;

    // Bell24's system received the order as its own operation request, signed (the simulator verified it).
    const received = await eventually(async () => bell24.find(orderId), { what: 'Bell24 to receive the request' });
    expect(received.request).toEqual({
      formatVersion: '1',
      requestId: orderId,
      incidentId: caseId,
      serviceMenu: 'INCIDENT_HOTLINE',
      client: { corporateName: '株式会社みなと精機', contactPerson: { name: '情報システム部 佐藤', phone: '03-1234-5678', email: 'sato@minato-seiki.example.jp' } },
      incident: { incidentTypeCode: '01', description: expect.stringContaining('不正アクセス'), discoveredAt: expect.any(String), affectedPersons: 12_000 },
      requestDetails: bell24Order().scope,
      budgetInclTaxYen: 2_200_000,
      requestedAt: expect.any(String),
    });

    // Each milestone reached core's timeline, in order, and the order ended work complete under Bell24's centre code.
    const entries = await eventually(
      async () => {
        const all = (await core.timeline(caseId)).filter((e) => e.orderId === orderId);
        return all.some((e) => e.toStatus === 'work_complete') ? all : undefined;
      },
      { what: 'Bell24 to report the work complete', timeoutMs: 90_000 },
    );
    expect(entries.filter((e) => e.toStatus !== null).map((e) => [e.toStatus, e.milestone])).toEqual([
      ['issued', null],
      ['acknowledged', null],
      ['accepted', null],
      ['in_progress', 'number_secured'],
      ['in_progress', 'script_faq_approved'],
      ['in_progress', 'operators_trained'],
      ['in_progress', 'reception_started'],
      ['in_progress', 'center_closed'],
      ['in_progress', 'data_deletion_confirmed'],
      ['work_complete', null],
    ]);
    expect(entries.find((e) => e.milestone === 'number_secured')?.note).toContain('受付電話番号 0120-924-024');
    expect(entries.filter((e) => e.toStatus !== null && e.toStatus !== 'issued').every((e) => e.actor === 'partner:bell24')).toBe(true);
    expect((await core.order(orderId)).partnerReference).toBe(received.centerCode);

    // The second day's first file had one bad row: refused naming it, then the corrected file was taken.
    const reports = bell24.sentFor(orderId).filter((s) => s.what.startsWith('daily_report:'));
    const secondDay = (reports[1].sent as SentReport).date;
    expect(reports.map((s) => [s.what.slice('daily_report:'.length), s.status])).toEqual([
      [(reports[0].sent as SentReport).date, 202],
      [secondDay, 400],
      [secondDay, 202],
      [(reports[3].sent as SentReport).date, 202],
    ]);
    expect(reports[1].answer).toMatchObject({ error: 'validation_failed', issues: [{ field: 'row 3: 応答数', reason: 'must not exceed 入電数 (95 > 90)' }] });

    // Three days stored as figures per day and per inquiry type, exactly as the files had them (the corrected one).
    const taken = reports.filter((s) => s.status === 202).map((s) => s.sent as SentReport);
    const figures = await eventually(async () => {
      const found = await deliverables(orderId, 'inquiry_figures');
      return found.length === 3 ? found : undefined;
    }, { what: 'three days of figures in core' });
    expect(figures.map((d) => d.reference)).toEqual(taken.map((r) => r.date));
    figures.forEach((d, i) => {
      const rows = taken[i].rows;
      const total = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
      expect(d).toMatchObject({ kind: 'inquiry_figures', attention: 'normal', factsContract: 'partners/bell24/inquiry-figures-facts.v1', version: 1 });
      expect(d.facts).toEqual({
        reportDate: taken[i].date,
        callsOffered: total((r) => r.offered),
        callsAnswered: total((r) => r.answered),
        callsAbandoned: total((r) => r.abandoned),
        escalations: total((r) => r.escalations),
        categories: rows.map((r) => ({
          inquiryType: r.inquiryType,
          callsOffered: r.offered,
          callsAnswered: r.answered,
          callsAbandoned: r.abandoned,
          escalations: r.escalations,
          averageTalkSeconds: r.averageTalkSeconds ?? null,
          remarks: r.remarks ?? null,
        })),
      });
    });
    expect((figures[0].facts.categories as { remarks: string }[])[0].remarks).toBe('㈱髙島商事様より照会あり（ｶﾅ氏名：ﾀｶｼﾏ／カナ氏名：タカシマ）');
    expect((figures[1].facts.categories as { inquiryType: string; callsAnswered: number }[]).find((c) => c.inquiryType === '補償・お詫びについて')?.callsAnswered).toBe(86);

    // The booth count change, with from, to, from when and who asked.
    const [boothChange] = await deliverables(orderId, 'booth_change');
    expect(boothChange).toMatchObject({ reference: 'BC-0001', title: `ブース数変更 3 → 5（${secondDay} から）` });
    expect(boothChange.facts).toEqual({ changeNo: 'BC-0001', boothsFrom: 3, boothsTo: 5, effectiveDate: secondDay, requestedBy: 'SOMPOリスケアマネジメント 佐藤', reason: '入電増加のため増席' });
    const timeline = await eventually(async () => {
      const all = (await core.timeline(caseId)).filter((e) => e.orderId === orderId && e.kind === 'deliverable_received');
      return all.length === 4 ? all : undefined;
    }, { what: 'four deliverables on the timeline' });
    expect(timeline.every((e) => e.actor === 'partner:bell24')).toBe(true);

    // Bell24's invoice (booth-days, set-up, overage) was settled by core; Bell24 reads the decision by webhook-id.
    const [invoiceSent] = await eventually(async () => (sent(orderId, 'invoice').length ? sent(orderId, 'invoice') : undefined), { what: 'Bell24 to invoice' });
    expect(invoiceSent.status).toBe(202);
    const invoice = invoiceSent.sent as Bell24InvoiceV1;
    expect(invoice.lines.find((l) => l.chargeCode === 'BOOTH_DAY')).toMatchObject({ unit: 'ブース日', quantity: 3 + 5 + 5 });
    const decided = await eventually(async () => {
      const read = await getSigned(`${adapterUrl}/bell24/v1/callbacks/${invoiceSent.webhookId}`, secret, { token: hub.tokens.partner.bell24 });
      return (read.body.core as { result: string | null } | undefined)?.result ? read.body : undefined;
    }, { what: 'core\'s decision on Bell24\'s invoice' });
    expect(decided).toMatchObject({ kind: 'invoice', orderId, outcome: 'accepted', core: { result: 'accepted', code: null } });
    const stored = (await hub.as.coordinator.get(`/invoices/${(decided.core as { invoiceId: string }).invoiceId}`).expect(200)).body;
    expect(stored).toMatchObject({ partnerId: 'bell24', orderId, invoiceNumber: invoice.invoiceNo, state: 'settled', totals: { grossYen: invoice.totals.totalYen } });
    expect(invoice.totals.totalYen).toBeLessThanOrEqual(2_200_000);
    expect(stored.lines.map((l: { category: string }) => l.category)).toEqual(invoice.lines.map(() => 'call_centre'));
    expect(stored.lines[1].description).toBe('ブース運用費（単位: ブース日）');
    expect(stored.settlement.coveredYen + stored.settlement.retainedYen).toBe(invoice.totals.totalYen);

    // The coordinator closes the hotline's order.
    expect((await hub.as.coordinator.post(`/orders/${orderId}/close`).send({ note: '窓口閉鎖・データ消去確認済み' }).expect(200)).body.status).toBe('closed');
  });

  it('decodes a Shift_JIS file exactly: full-width and half-width kana, ㈱ and 髙 stored in core as written', async () => {
    const { orderId } = await acceptedOrder();
    const today = tokyoDay(new Date());
    const day = today.replace(/-/g, '/');
    const inquiryType = 'ｶﾅ表記の問合せ（カナ表記も）';
    const remarks = '㈱髙島屋様 ｶﾅ:ﾀｶｼﾏﾔ カナ:タカシマヤ ①～－';
    const text = csv(`${day},${inquiryType},12,11,1,0,180,${remarks}`, `${day},"補償, お詫び",5,5,0,1,,"""至急""の折返し希望"`);
    const bytes = sjis(text);
    // The bytes really are CP932: ㈱ is 0x878A (NEC special characters), 髙 0xFBFC (IBM extensions), ｶ one byte 0xB6.
    expect(bytes.includes(Buffer.from([0x87, 0x8a]))).toBe(true);
    expect(bytes.includes(Buffer.from([0xfb, 0xfc]))).toBe(true);
    expect(bytes.includes(Buffer.from([0xb6]))).toBe(true);

    const answer = await upload(orderId, bytes);
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ received: true, duplicate: false, counts: { new: 1, repeated: 0 }, deliverables: [{ kind: 'inquiry_figures', reference: today, outcome: 'new' }] });

    const stored = await eventually(async () => (await deliverables(orderId, 'inquiry_figures')).find((d) => d.reference === today), { what: 'the day in core' });
    expect(stored.facts.categories).toEqual([
      { inquiryType, callsOffered: 12, callsAnswered: 11, callsAbandoned: 1, escalations: 0, averageTalkSeconds: 180, remarks },
      { inquiryType: '補償, お詫び', callsOffered: 5, callsAnswered: 5, callsAbandoned: 0, escalations: 1, averageTalkSeconds: null, remarks: '"至急"の折返し希望' },
    ]);

    // The same file again counts once; a changed file for the same day is refused, not merged.
    expect((await upload(orderId, bytes)).body).toMatchObject({ counts: { new: 0, repeated: 1 }, deliverables: [{ outcome: 'repeated' }] });
    const changed = await upload(orderId, text.replace(',12,11,1,0,', ',13,12,1,0,'));
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ error: 'deliverable_changed' });
  });

  it('refuses a file with a bad row, naming the row and its column, and stores nothing of it', async () => {
    const { orderId } = await acceptedOrder();
    const today = tokyoDay(new Date());
    const day = today.replace(/-/g, '/');
    const refused = await upload(orderId, csv(`${day},漏えい有無の確認,100,90,10,3,300,`, `${day},その他,20,20,0,0,,`, `${day},補償・お詫びについて,30,25,40,1,,`));
    // A 415 here would mean the edge does not take text/csv on this route (the kit registers file media types).
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'validation_failed' });
    expect(refused.body.issues).toEqual([{ field: 'row 4: 放棄呼数', reason: 'must not exceed 入電数 (40 > 30)' }]);

    const unknownColumn = await upload(orderId, `${REPORT_HEADER.join(',')},応答率\r\n${day},その他,20,20,0,0,,,100%\r\n`);
    expect(unknownColumn.status).toBe(400);
    expect(unknownColumn.body.issues).toContainEqual({ field: 'header: 応答率', reason: expect.stringContaining('is not a column of the daily report') });

    const notCp932 = await upload(orderId, Buffer.from(csv(`${day},その他,20,20,0,0,,`), 'utf8'), { contentType: 'text/csv; charset=UTF-8' });
    expect(notCp932.status).toBe(400);
    expect(notCp932.body.issues).toEqual([{ field: 'Content-Type', reason: 'charset must be Shift_JIS (CP932), not utf-8' }]);

    // The simulator's own reports are of earlier days: nothing of today's refused files reached core.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await deliverables(orderId, 'inquiry_figures')).filter((d) => d.reference === today)).toEqual([]);
  });

  it('tells Bell24 of a withdrawal in its own form, after the request', async () => {
    const { orderId } = await acceptedOrder();
    await hub.as.coordinator.post(`/orders/${orderId}/cancel`).send({ reason: '被保険者が自社窓口で対応することになったため' }).expect(200);
    const withdrawal = await eventually(async () => bell24.withdrawalOf(orderId), { what: 'Bell24 to receive the withdrawal' });
    expect(withdrawal.withdrawal).toEqual({
      formatVersion: '1',
      requestId: orderId,
      reason: '被保険者が自社窓口で対応することになったため',
      withdrawnBy: expect.any(String),
      withdrawnAt: expect.any(String),
    });
    expect(withdrawal.receivedAt >= (bell24.find(orderId)?.receivedAt ?? '')).toBe(true);
  });

  it('records Bell24\'s decline with its reason', async () => {
    const { caseId } = await core.openCase({ confirm: true });
    const orderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(bell24Order('夜間のみの窓口 #sim-decline')).expect(201)).body.orderId as string;
    const order = await eventually(async () => {
      const current = await core.order(orderId);
      return current.status === 'declined' ? current : undefined;
    }, { what: 'Bell24 to decline' });
    expect(order.statusReason).toBe('ご指定の開設日までにオペレーターを確保できないため辞退いたします');
  });

  it('gives another partner\'s credentials nothing on any Bell24 route, and Bell24\'s own nothing on another partner\'s order', async () => {
    const { orderId } = await acceptedOrder();
    const received = bell24.find(orderId);
    const [accepted] = sent(orderId, 'status:ACCEPTED');
    const today = tokyoDay(new Date());
    const statusReport: Bell24StatusReportV1 = { formatVersion: '1', requestId: orderId, centerCode: received?.centerCode ?? 'BS24-0000-0000', reportType: 'DECLINED', declineReason: '他社による取消', reportedAt: new Date().toISOString() };
    const boothChange: Bell24BoothChangeV1 = { formatVersion: '1', requestId: orderId, changeNo: 'BC-9999', boothsBefore: 5, boothsAfter: 50, effectiveDate: today, requestedBy: '第三者', changedAt: new Date().toISOString() };
    const invoice = bell24Invoice({ requestId: orderId, billTo: '株式会社みなと精機', invoiceNo: `BS24-INV-X-${randomUUID().slice(0, 8)}`, issueDate: today, from: today, to: today, boothDays: 1, callsOffered: 0 });
    const report = sjis(csv(`${today.replace(/-/g, '/')},他社,1,1,0,0,,`));

    // Every route Bell24's adapter declares for callers (its health and docs are public), with another partner's token.
    const routes = declaredRoutes(hub.adapters.bell24.app)
      .filter((r) => !r.callers?.includes('anyone'))
      .flatMap((r) => r.routes);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /bell24/v1/callbacks',
        'GET /bell24/v1/callbacks/:webhookId',
        'POST /bell24/v1/invoices',
        'POST /bell24/v1/booth-changes',
        'POST /bell24/v1/requests/:requestId/daily-reports',
        'GET /bell24/v1/feed',
        'POST /bell24/v1/feed/ack',
        'GET /endpoint',
        'POST /endpoint/enable',
        'GET /deliveries',
        'GET /deliveries/:orderId',
      ]),
    );
    const bodies: Record<string, { body: unknown; contentType?: string }> = {
      'POST /bell24/v1/callbacks': { body: statusReport },
      'POST /bell24/v1/invoices': { body: invoice },
      'POST /bell24/v1/booth-changes': { body: boothChange },
      'POST /bell24/v1/requests/:requestId/daily-reports': { body: report, contentType: CSV_TYPE },
      'POST /bell24/v1/feed/ack': { body: { webhookIds: [accepted.webhookId] } },
    };
    for (const token of [hub.tokens.partner.lac, hub.tokens.partner.prap]) {
      for (const route of routes) {
        const [method, template] = route.split(' ');
        const path = template.replace(':webhookId', accepted.webhookId).replace(':requestId', orderId).replace(':orderId', orderId);
        const answer =
          method === 'GET'
            ? await getSigned(`${adapterUrl}${path}`, secret, { token })
            : await send(path, bodies[route]?.body ?? {}, { token, contentType: bodies[route]?.contentType });
        expect({ route, refused: [403, 404].includes(answer.status) }).toEqual({ route, refused: true });
        expect(['forbidden', 'not_found']).toContain(answer.body.error);
        expect(JSON.stringify(answer.body)).not.toContain(orderId);
      }
    }
    // Core's view of Bell24's deliverables is closed to them too.
    const foreignRead = await hub.as.partner.lac.get(`/orders/${orderId}/deliverables`);
    expect(foreignRead.status).toBe(404);
    expect(JSON.stringify(foreignRead.body)).not.toContain('inquiry_figures');

    // Nothing they sent had an effect: no decline, no booth change BC-9999, no report of today, no invoice of theirs.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await core.order(orderId)).status).not.toBe('declined');
    const kept = await deliverables(orderId);
    expect(kept.filter((d) => d.reference === 'BC-9999' || d.reference === today)).toEqual([]);
    expect((await hub.dataSource.query('SELECT count(*)::int AS n FROM invoices WHERE invoice_number = $1', [invoice.invoiceNo]))[0].n).toBe(0);

    // Bell24's own credentials on another partner's order: the same 404 as an order that does not exist.
    const { caseId } = await core.openCase({ confirm: true });
    const lacOrderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send(lacOrder()).expect(201)).body.orderId as string;
    const theirs = [
      await send('/bell24/v1/callbacks', { ...statusReport, requestId: lacOrderId }),
      await send('/bell24/v1/booth-changes', { ...boothChange, requestId: lacOrderId }),
      await send('/bell24/v1/invoices', { ...invoice, requestId: lacOrderId, invoiceNo: `${invoice.invoiceNo}-L` }),
      await upload(lacOrderId, report),
    ];
    for (const answer of theirs) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toBe('not_found');
      expect(JSON.stringify(answer.body)).not.toContain(caseId);
    }
    expect((await hub.as.partner.bell24.get(`/orders/${lacOrderId}/deliverables`)).status).toBe(404);
    expect((await hub.as.partner.bell24.get(`/orders/${lacOrderId}`)).status).toBe(404);
  });
});
