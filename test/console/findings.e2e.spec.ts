import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleContext, launchChromium, screenshot, seriousAccessibilityViolations, signInToConsole } from '../support/browser';
import { DEMO_PEOPLE } from '../support/callers';
import { leakReport, litePolicy } from '../support/demo-requests';
import { type RunningHub, startHub } from '../support/running-hub';

interface FindingView {
  findingId: string;
  kind: string;
  state: string;
  amountYen: number | null;
  resolution: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

/** Today in Japan (the reconciler's business days are Japan's), YYYY-MM-DD. */
const japanToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * The reconciler's findings in the console (issue 11), in a real browser against core, the reconciler and the console:
 * a limit counter of a case this test opened is made to disagree with its postings, the ledger job finds it, the
 * coordinator sees it on the case and on 照合の指摘 (without the runs panel), and an operator resolves it with a note and
 * sees it resolved — who, how and the note. Both screens pass axe-core with no serious violation.
 */
describe('the findings screen, in a browser', () => {
  const usedYen = 123_456;
  const note = '限度額台帳を計上どおりに修正済み（テスト）';
  let hub: RunningHub;
  let browser: Browser;
  let caseId: string;
  let finding: FindingView;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler', 'console'] });
    browser = await launchChromium();
    const policy = litePolicy();
    await hub.as.claims.post('/policies').send(policy).expect(201);
    caseId = (await hub.as.coordinator.post('/cases').send(leakReport(policy.policyNumber)).expect(201)).body.caseId as string;
    // The break: the case's expense counter says ¥123,456 used, and no posting says so.
    await hub.dataSource.query(
      `INSERT INTO limit_counters (policy_id, case_id, counter, limit_yen) SELECT policy_id, id, 'accident_expense', 10000000 FROM cases WHERE id = $1 ON CONFLICT DO NOTHING`,
      [caseId],
    );
    await hub.dataSource.query(`UPDATE limit_counters SET used_yen = used_yen + $2 WHERE case_id = $1 AND counter = 'accident_expense'`, [caseId, usedYen]);
    await hub.reconcile('ledger', japanToday());
    const found = (await hub.reconcilerAs.operator.get(`/findings?caseId=${caseId}&state=open`).expect(200)).body.findings as FindingView[];
    expect(found.map((f) => [f.kind, f.amountYen])).toEqual([['counter_differs_from_postings', usedYen]]);
    finding = found[0];
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await hub?.stop();
  });

  async function signedIn(username: string, path: string): Promise<Page> {
    const context = await consoleContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signInToConsole(page, hub.consoleUrl, username, path);
    return page;
  }

  const expectAccessible = async (page: Page) => expect(await seriousAccessibilityViolations(page)).toEqual([]);

  it("shows the coordinator the case's open finding and the findings list, without the runs panel", async () => {
    const coordinator = await signedIn(DEMO_PEOPLE.coordinator, `/cases/${caseId}`);
    const onCase = coordinator.getByTestId('case-findings');
    await onCase.getByText('限度額の使用額が計上の合計と一致しない').waitFor();
    expect(await onCase.getByText('要対応').count()).toBe(1);
    await coordinator.getByRole('navigation').getByRole('link', { name: '照合の指摘' }).click();
    await coordinator.getByRole('heading', { name: '照合の指摘' }).waitFor();
    await coordinator.getByTestId(`finding-${finding.findingId}`).waitFor();
    expect(await coordinator.getByText('最近の実行').count()).toBe(0);
    expect(await coordinator.getByTestId('run-now').count()).toBe(0);
    expect(await coordinator.getByRole('button', { name: '今すぐ実行' }).count()).toBe(0);
  }, 90_000);

  it('lets an operator find the break in Japanese, resolve it with a note and see who resolved it and how', async () => {
    const operator = await signedIn(DEMO_PEOPLE.operator, '/findings');
    const row = operator.getByTestId(`finding-${finding.findingId}`);
    await row.waitFor();
    await expect(row.getByTestId('finding-severity').textContent()).resolves.toBe('要対応');
    await expect(row.getByTestId('finding-job').textContent()).resolves.toBe('限度額台帳');
    await expect(row.getByTestId('finding-kind').textContent()).resolves.toBe('限度額の使用額が計上の合計と一致しない');
    await expect(row.getByTestId('finding-amount').textContent()).resolves.toBe(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(usedYen));
    await expect(row.getByTestId('finding-state').textContent()).resolves.toBe('未解消');
    expect(await row.getByRole('link', { name: caseId.slice(0, 8) }).getAttribute('href')).toBe(`/cases/${caseId}`);
    // The operator runs jobs: the runs panel, with the ledger run this test made, and its form.
    const runs = operator.getByTestId('runs-panel');
    await runs.getByText('限度額台帳').first().waitFor();
    await runs.getByTestId('run-now').getByRole('button', { name: '今すぐ実行' }).waitFor();
    await expectAccessible(operator);
    await screenshot(operator, 'findings');

    await row.getByRole('button', { name: '解消する' }).click();
    const dialog = operator.getByRole('dialog');
    await dialog.getByRole('button', { name: '解消として記録' }).click();
    // The note is required: nothing is sent without it.
    await expect(dialog.locator('.ant-form-item-explain-error').first().textContent()).resolves.toContain('対応内容・解消の理由');
    expect((await hub.reconcilerAs.operator.get(`/findings/${finding.findingId}`).expect(200)).body.state).toBe('open');
    await dialog.getByLabel('対応内容・解消の理由').fill(note);
    await dialog.getByRole('button', { name: '解消として記録' }).click();
    await operator.getByText('指摘を解消しました').waitFor();
    await row.waitFor({ state: 'detached' }); // no longer among the open ones

    await operator.getByLabel('状態', { exact: true }).click();
    await operator.locator('.ant-select-item-option[title="解消済み"]').click();
    // Checked once the list has closed: an open Ant Design list is a listbox with no name of its own.
    await operator.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'detached' });
    await row.waitFor();
    await expect(row.getByTestId('finding-state').textContent()).resolves.toBe('解消済み');
    expect(await row.getByTestId('finding-resolution').textContent()).toMatch(/^担当者が解消：kato\.operator（/);
    await expect(row.getByTestId('finding-note').textContent()).resolves.toBe(`メモ: ${note}`);
    expect(await row.getByRole('button', { name: '解消する' }).count()).toBe(0);
    await expectAccessible(operator);
    const resolved = (await hub.reconcilerAs.auditor.get(`/findings/${finding.findingId}`).expect(200)).body as FindingView;
    expect(resolved).toMatchObject({ state: 'resolved', resolution: 'resolved_by_person', resolvedBy: `staff:${DEMO_PEOPLE.operator}`, resolutionNote: note });
  }, 120_000);
});
