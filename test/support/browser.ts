// A real browser for the console's tests: Debian's Chromium (installed by scripts/infra/browser.mjs, which `npm test`
// runs), driven by playwright-core, headless and kept off the network beyond loopback.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Flags that keep Chromium from calling home (updates, sync, field trials, QUIC) and running a GPU it does not have. */
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions',
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No Chromium found: `node scripts/infra/browser.mjs` installs Debian\'s chromium and fonts-noto-cjk (npm test runs it)');
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_CHROMIUM });
}

/** A context in Japanese, in Japan's time zone, at a desktop size, that may reach only loopback. */
export async function consoleContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1440, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort('blockedbyclient'));
  return context;
}

/** Signs in through the console's own flow: the console sends the browser to the staff provider's form and back. */
export async function signInToConsole(page: Page, consoleUrl: string, username: string, path = '/'): Promise<void> {
  await page.goto(`${consoleUrl}${path}`);
  await page.getByLabel('ユーザー名').fill(username);
  await page.getByLabel('パスワード').fill(`demo-${username}`);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.waitForURL((url) => url.origin === consoleUrl && url.pathname.startsWith(path === '/' ? '/' : path));
  await page.getByTestId('signed-in-as').waitFor();
}

/** Serious or critical accessibility violations on the page as it stands (axe-core, WCAG 2.1 A and AA). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

/**
 * Where screenshots go: docs/screenshots (linked from the README) when CONSOLE_SCREENSHOTS=docs
 * (`npm run console:screenshots`), else .hub/screenshots, so an ordinary test run leaves the tree clean.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.CONSOLE_SCREENSHOTS === 'docs' ? join(__dirname, '..', '..', 'docs', 'screenshots') : join(__dirname, '..', '..', '.hub', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
