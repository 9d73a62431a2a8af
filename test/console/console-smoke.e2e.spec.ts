import type { Browser } from 'playwright-core';
import { type RunningHub, startHub } from '../support/running-hub';
import { consoleContext, launchChromium, signInToConsole } from '../support/browser';

describe('console smoke', () => {
  let hub: RunningHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'console'] });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('signs a coordinator in', async () => {
    const context = await consoleContext(browser);
    const page = await context.newPage();
    page.on('console', (m) => console.log('browser:', m.type(), m.text()));
    await signInToConsole(page, hub.consoleUrl, 'sato.coordinator');
    expect(await page.getByTestId('signed-in-as').textContent()).toContain('佐藤');
    await context.close();
  }, 60_000);
});
