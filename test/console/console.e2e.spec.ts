import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DeliverableViewV1, InvoiceViewV2 } from '@hub/contracts';
import { createKafka, HUB_ENV_HEADER, TOPICS } from '@hub/messaging';
import { eventually, testEnv } from '@hub/testing';
import { consoleContext, launchChromium, screenshot, seriousAccessibilityViolations, signInToConsole } from '../support/browser';
import { DEMO_PEOPLE } from '../support/callers';
import { leakReport, litePolicy } from '../support/demo-requests';
import { invoiceFor } from '../support/invoices';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * The coordinator's console in a real browser (Debian's Chromium) against the real hub — core, LAC's and PRAP's
 * adapters and simulators, Kafka and PostgreSQL: the people who use it find a case by the insured's name, watch a
 * partner's status arrive without reloading, approve a PRAP draft, replay a dead letter, approve an invoice and see
 * the limit gauge move; a refusal is shown in Japanese and changes nothing; every screen passes axe-core with no
 * serious violation, and each is photographed (docs/screenshots with `npm run console:screenshots`). In order.
 */
describe('the console, in a browser', () => {
  const insuredName = `株式会社さくら精密${Math.floor(Math.random() * 1e6)}`;
  let hub: RunningHub;
  let browser: Browser;
  let caseId: string;
  let lacOrderId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // Partner steps 1.5 s apart: the page is open before LAC's reports arrive, so they can only arrive live.
    hub = await startHub({ apps: ['core', 'partner-sim', 'adapter-lac', 'adapter-prap', 'console'], simStepDelayMs: 1_500 });
    browser = await launchChromium();
    const policy = litePolicy({ insured: { name: insuredName, corporateNumber: '7010001008844' } });
    await hub.as.claims.post('/policies').send(policy).expect(201);
    caseId = (await hub.as.coordinator.post('/cases').send(leakReport(policy.policyNumber)).expect(201)).body.caseId as string;
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await hub?.stop();
  });

  async function signedIn(username: string, path = '/'): Promise<Page> {
    const context = await consoleContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signInToConsole(page, hub.consoleUrl, username, path);
    return page;
  }

  const expectAccessible = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  /** Picks an option of an Ant Design select by its visible label. */
  async function choose(page: Page, label: string, option: string) {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  }

  let coordinator: Page;

  it('lets the claims handler confirm coverage from the case screen', async () => {
    const claims = await signedIn(DEMO_PEOPLE.claims, `/cases/${caseId}`);
    await expect(claims.getByTestId('coverage-status').textContent()).resolves.toBe('判断待ち');
    expect(await claims.getByRole('button', { name: '提携先に発注' }).count()).toBe(0); // not before coverage, not for this role
    await claims.getByRole('button', { name: '補償を判断' }).click();
    await claims.getByRole('dialog').getByRole('button', { name: '判断を登録' }).click();
    await claims.getByTestId('coverage-status').filter({ hasText: '補償確認済み' }).waitFor();
    expect((await hub.as.claims.get(`/cases/${caseId}`).expect(200)).body.coverage).toMatchObject({ status: 'confirmed', decidedBy: `staff:${DEMO_PEOPLE.claims}` });
  }, 60_000);

  it('lets the coordinator find a case by the insured\'s name and open it', async () => {
    coordinator = await signedIn(DEMO_PEOPLE.coordinator, '/cases');
    await coordinator.getByRole('heading', { name: '案件一覧' }).waitFor();
    await expectAccessible(coordinator);
    await coordinator.getByLabel('被保険者名・証券番号・案件IDで検索').fill(insuredName.slice(-10));
    await coordinator.getByLabel('被保険者名・証券番号・案件IDで検索').press('Enter');
    const row = coordinator.getByRole('link', { name: insuredName });
    await row.waitFor();
    expect(await coordinator.locator('tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(coordinator, 'cases');
    await row.click();
    await coordinator.getByRole('heading', { name: insuredName }).waitFor();
    expect(coordinator.url()).toBe(`${hub.consoleUrl}/cases/${caseId}`);
    await expect(coordinator.getByTestId('coverage-status').textContent()).resolves.toBe('補償確認済み');
    await expect(coordinator.getByText('個人情報保護委員会 速報（発見から5日）')).toBeTruthy();
    await expectAccessible(coordinator);
  }, 120_000);

  it('refuses an engagement the API refuses, in Japanese, and changes nothing', async () => {
    await coordinator.getByRole('button', { name: '提携先に発注' }).click();
    const dialog = coordinator.getByRole('dialog');
    await choose(coordinator, '提携先', 'プラップジャパン');
    await choose(coordinator, '機能', '原因調査');
    await dialog.getByLabel('依頼内容').fill('フォレンジック調査');
    await dialog.getByLabel('見積額（円・税込）').fill('1000000');
    await dialog.getByRole('button', { name: '発注する' }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('この提携先はその機能を提供していません');
    expect((await hub.as.coordinator.get(`/cases/${caseId}`).expect(200)).body.orders).toEqual([]);
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
  }, 60_000);

  it("shows LAC's status arriving live, without a reload, once the coordinator engages LAC from the screen", async () => {
    await coordinator.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    await coordinator.getByRole('button', { name: '提携先に発注' }).click();
    const dialog = coordinator.getByRole('dialog');
    await choose(coordinator, '提携先', 'ラック');
    await choose(coordinator, '機能', '原因調査');
    await dialog.getByLabel('依頼内容').fill('不正アクセスの原因・範囲の調査（フォレンジック）');
    await dialog.getByLabel('見積額（円・税込）').fill('3300000');
    await dialog.getByRole('button', { name: '発注する' }).click();
    const card = coordinator.getByTestId('order-card-lac');
    await card.waitFor();
    lacOrderId = ((await hub.as.coordinator.get(`/cases/${caseId}`).expect(200)).body.orders as { orderId: string }[])[0].orderId;
    // LAC accepts and reports its hearing 1.5 s apart, well within the page's 60-second poll: only the live stream brings them.
    await card.getByTestId('order-status').filter({ hasText: '対応中' }).waitFor({ timeout: 30_000 });
    await card.getByTestId('order-last-milestone').waitFor();
    expect(await coordinator.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await coordinator.getByText('ライブ更新中').count()).toBe(1);
    await screenshot(coordinator, 'case');
    await coordinator.getByRole('tab', { name: 'タイムライン' }).click();
    await coordinator.getByTestId('timeline-entry').first().waitFor();
    expect(await coordinator.locator('[data-testid="timeline-entry"][data-kind="order_issued"]').count()).toBe(1);
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'timeline');
    await coordinator.getByRole('tab', { name: '配信' }).click();
    await coordinator.getByText('発注の配信').waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'deliveries');
  }, 90_000);

  it("lets the coordinator approve PRAP's draft; PRAP's record in core says approved", async () => {
    const prapOrderId = (await hub.as.coordinator.post(`/cases/${caseId}/orders`).send({ partnerId: 'prap', supportFunction: 'crisis_pr', scope: 'お詫び・プレスリリースの作成支援', estimateYen: 2_750_000 }).expect(201)).body.orderId as string;
    const drafts = await eventually(
      async () => {
        const list = (await hub.as.coordinator.get(`/orders/${prapOrderId}/deliverables?kind=crisis_document`).expect(200)).body.deliverables as DeliverableViewV1[];
        return list.length >= 2 ? list : undefined;
      },
      { what: "PRAP's drafts in core", timeoutMs: 30_000 },
    );
    await coordinator.getByRole('tab', { name: '成果物・報告' }).click();
    const draft = coordinator.locator(`[data-testid="draft"][data-reference="${drafts[0].reference}"]`);
    await draft.waitFor();
    await draft.getByRole('button', { name: '承認する' }).click();
    await coordinator.getByRole('dialog').getByRole('button', { name: '承認する' }).click();
    await draft.getByTestId('draft-review').filter({ hasText: '承認済み' }).waitFor();
    const reviewed = (await hub.as.coordinator.get(`/orders/${prapOrderId}/deliverables?kind=crisis_document`).expect(200)).body.deliverables as DeliverableViewV1[];
    expect(reviewed.find((d) => d.deliverableId === drafts[0].deliverableId)?.review).toMatchObject({ decision: 'approved', reviewedBy: `staff:${DEMO_PEOPLE.coordinator}` });
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'deliverables');

    // PRAP is no longer needed: the coordinator cancels its order from its card, with a reason.
    await coordinator.getByRole('tab', { name: '発注' }).click();
    const prapCard = coordinator.getByTestId('order-card-prap');
    await prapCard.getByRole('button', { name: '発注を取り消す' }).click();
    const dialog = coordinator.getByRole('dialog');
    await dialog.getByLabel('取消の理由').fill('社内広報で対応するため');
    await dialog.getByRole('button', { name: '発注を取り消す' }).click();
    await prapCard.getByTestId('order-status').filter({ hasText: '取消' }).waitFor();
    expect((await hub.as.coordinator.get(`/orders/${prapOrderId}`).expect(200)).body).toMatchObject({ status: 'cancelled' });
  }, 90_000);

  it('lets an operator replay a dead letter from the operations screen', async () => {
    const eventId = randomUUID();
    const producer = createKafka(testEnv.brokers.split(','), `console-test-${eventId.slice(0, 8)}`).producer();
    await producer.connect();
    // An event core cannot read (no payload): refused by its contract, so dead-lettered at once.
    await producer.send({
      topic: TOPICS.orderStatusChanged.name,
      messages: [{ key: caseId, value: JSON.stringify({ eventId, type: 'order.status-changed', schemaVersion: 1, caseId, partnerId: 'lac', correlationId: eventId, occurredAt: new Date().toISOString() }), headers: { [HUB_ENV_HEADER]: testEnv.hubEnv } }],
    });
    await producer.disconnect();
    const letter = await eventually(
      async () =>
        ((await hub.as.operator.get(`/dead-letters?state=open&partnerId=lac&topic=${TOPICS.orderStatusChanged.name}&limit=200`).expect(200)).body.deadLetters as { id: string; caseId: string | null }[]).find(
          (l) => l.caseId === caseId,
        ),
      { what: 'the dead letter', timeoutMs: 30_000 },
    );
    const operator = await signedIn(DEMO_PEOPLE.operator, '/operations');
    const replay = operator.getByTestId(`replay-${letter.id}`);
    await replay.waitFor();
    await operator.getByText('コンシューマーラグ（トピックごと）').waitFor();
    await expectAccessible(operator);
    await screenshot(operator, 'operations');
    await replay.click();
    await operator.getByText('再処理しました').waitFor();
    await eventually(async () => (await hub.as.operator.get(`/dead-letters/${letter.id}`).expect(200)).body.state === 'replayed', { what: 'the letter replayed' });
    await replay.waitFor({ state: 'detached' });
  }, 90_000);

  it('lets an approver approve an invoice above the estimate and see the expense gauge move', async () => {
    await eventually(async () => ['accepted', 'in_progress'].includes((await hub.as.coordinator.get(`/orders/${lacOrderId}`).expect(200)).body.status), { what: 'LAC to accept' });
    // ¥6.6M against a ¥3.3M estimate: held for an approver.
    const invoice = invoiceFor('lac', lacOrderId, [{ description: 'フォレンジック調査（サーバー2台）', category: 'cause_and_scope_investigation', unitPriceYen: 6_000_000 }]);
    const held = (await hub.as.partner.lac.post('/invoices').send(invoice).expect(201)).body as InvoiceViewV2;
    expect(held.state).toBe('awaiting_approval');
    const approver = await signedIn(DEMO_PEOPLE.approver, '/approvals');
    await approver.getByRole('heading', { name: '承認待ちの請求' }).waitFor();
    await approver.getByText(held.invoiceNumber).first().click();
    const gauge = approver.getByTestId('gauge-accident_expense');
    await gauge.waitFor();
    expect(await gauge.getAttribute('data-used')).toBe('0');
    await expectAccessible(approver);
    await screenshot(approver, 'approvals');
    await approver.getByRole('button', { name: '承認', exact: true }).click();
    // The approval's own dialog, by its title: the invoice's drawer is a dialog too, and which of the two comes last in
    // the page is not fixed (a clean-clone run clicked the drawer's button under the modal's mask).
    await approver.getByRole('dialog', { name: '承認', exact: true }).getByRole('button', { name: '承認', exact: true }).click();
    await approver.getByText(`請求 ${held.invoiceNumber} を承認しました`).waitFor();
    const settled = (await hub.as.approver.get(`/invoices/${held.invoiceId}`).expect(200)).body as InvoiceViewV2;
    expect(settled.state).toBe('settled');
    await approver.locator(`[data-testid="gauge-accident_expense"][data-used="${settled.settlement?.coveredYen}"]`).waitFor();
    expect(settled.settlement?.coveredYen).toBeGreaterThan(0);
    await approver.goto(`${hub.consoleUrl}/cases/${caseId}`);
    await approver.getByRole('tab', { name: '費用と限度額' }).click();
    await approver.getByText('限度額の使用状況').waitFor();
    await approver.locator('.ant-table-row-expand-icon').first().click();
    await approver.getByText('原因・範囲調査費用').first().waitFor();
    await expectAccessible(approver);
    await screenshot(approver, 'money');
  }, 90_000);

  it('lists the payouts for finance, newest first', async () => {
    const finance = await signedIn(DEMO_PEOPLE.finance, '/payouts');
    await finance.getByRole('heading', { name: '支払一覧' }).waitFor();
    await finance.getByText('支払指図済み').first().waitFor();
    await expectAccessible(finance);
    await screenshot(finance, 'payouts');
  }, 60_000);
});
