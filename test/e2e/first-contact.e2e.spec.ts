import type { Browser } from 'playwright-core';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { loadAsyncApiDocument } from '@hub/contracts';
import { APP_ROOT_LINKS, type AppRootAnswer } from '@hub/http';
import { partnerPackages } from '@apps/partner-sim/src/partner-packages';
import { consoleContext, launchChromium } from '../support/browser';
import { bearer } from '../support/callers';
import { type RunningHub, startHub } from '../support/running-hub';
import { OPEN_OUTSIDE_ROUTES } from '../security/route-access';

/**
 * Issue 12, first contact: every app's root says what the app is and links to its docs, health and metrics — JSON by
 * default, a page for a browser (the console's root stays its web app for a browser) — and every link it gives answers;
 * the Kafka topics' AsyncAPI document is served on every app, as a page that renders it without any network beyond the
 * app, and as YAML. All of it open to anyone, like /docs, whoever calls (test/security/route-access.ts).
 */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const ADAPTERS = partnerPackages().map(({ adapter }) => adapter.partnerId);

describe('first contact: each app says what it is and where its docs are', () => {
  let hub: RunningHub;
  let apps: [name: string, url: string][];

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'partner-sim', 'console', 'reconciler', ...ADAPTERS.map((id) => `adapter-${id}` as const)] });
    apps = [
      ['core', hub.coreUrl],
      ['partner-sim', hub.simUrl],
      ['console', hub.consoleUrl],
      ['reconciler', hub.reconcilerUrl],
      ...ADAPTERS.map((id) => [`adapter-${id}`, hub.adapters[id].url] as [string, string]),
    ];
  }, 300_000);
  afterAll(() => hub?.stop());

  const eachApp = (): [string, string][] => apps;

  it('answers GET / on every app with JSON: its name, its OpenAPI document\'s title, description and version, and the links', async () => {
    for (const [name, url] of eachApp()) {
      const response = await request(url).get('/').set('Accept', 'application/json').expect(200);
      const served = (await request(url).get('/docs/openapi.json').expect(200)).body as { info: { title: string; description: string; version: string } };
      expect({ name, body: response.body as AppRootAnswer }).toEqual({
        name,
        body: { app: name, title: served.info.title, description: served.info.description.trim(), version: served.info.version, links: APP_ROOT_LINKS },
      });
    }
  });

  it('answers JSON to curl (*/*) everywhere but the console, whose root is its web app', async () => {
    for (const [name, url] of eachApp()) {
      const response = await request(url).get('/').set('Accept', '*/*').expect(200);
      expect({ name, type: response.headers['content-type'] }).toEqual({ name, type: expect.stringMatching(name === 'console' ? /^text\/html/ : /^application\/json/) });
    }
  });

  it('answers a browser with a page linking the same places; the console with its web app', async () => {
    for (const [name, url] of eachApp()) {
      const response = await request(url).get('/').set('Accept', BROWSER_ACCEPT).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      if (name === 'console') {
        expect(response.text).toMatch(/<div id="root"><\/div>|<script type="module"/);
        continue;
      }
      for (const link of Object.values(APP_ROOT_LINKS)) expect({ name, has: response.text.includes(`href="${link}"`), link }).toEqual({ name, has: true, link });
    }
  });

  it('gives only links that answer 200 with what they name (health and metrics included), on every app', async () => {
    // The media type each answers in: a console path its server does not answer would be its web app's page (text/html).
    const types: Record<keyof typeof APP_ROOT_LINKS, RegExp> = {
      docs: /^text\/html/,
      openapi: /^application\/json/,
      events: /^text\/html/,
      asyncapi: /^application\/yaml/,
      ready: /^application\/json/,
      live: /^application\/json/,
      metrics: /^text\/plain/,
    };
    const failing: string[] = [];
    for (const [name, url] of eachApp()) {
      for (const [key, link] of Object.entries(APP_ROOT_LINKS) as [keyof typeof APP_ROOT_LINKS, string][]) {
        const response = await request(url).get(link).redirects(1);
        const type = String(response.headers['content-type']);
        if (response.status !== 200 || !types[key].test(type)) failing.push(`${name} ${link}: ${response.status} ${type}`);
      }
    }
    expect(failing).toEqual([]);
  });

  it('serves the newest AsyncAPI document on every app, as YAML with its schemas inlined and as a page listing every topic', async () => {
    const document = loadAsyncApiDocument();
    const addresses = Object.values(document.channels as Record<string, { address: string }>).map((c) => c.address);
    for (const [, url] of eachApp()) {
      expect(parseYaml((await request(url).get('/docs/asyncapi.yaml').expect(200)).text)).toEqual(document);
      const page = await request(url).get('/docs/events').set('Accept', BROWSER_ACCEPT).expect(200);
      for (const address of addresses) expect(page.text).toContain(`<code>${address}</code>`);
    }
  });

  it('keeps what a newcomer meets open to anyone: the same answer without credentials, with a partner\'s token and a person\'s', async () => {
    const callers = [{}, bearer(hub.tokens.partner.lac), bearer(hub.tokens.staff.auditor)];
    for (const [name, url] of eachApp()) {
      for (const route of OPEN_OUTSIDE_ROUTES) {
        const path = route.split(' ')[1] as string;
        const statuses = [];
        for (const headers of callers) statuses.push((await request(url).get(path).set({ ...headers, Accept: 'application/json' }).redirects(1)).status);
        expect({ name, route, statuses }).toEqual({ name, route, statuses: [200, 200, 200] });
      }
    }
  });

  describe('the events page, in a browser with no network beyond loopback', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it.each(['core', 'console'])('renders the AsyncAPI document on %s with the AsyncAPI component, fetching nothing elsewhere', async (name) => {
      const url = eachApp().find(([n]) => n === name)?.[1] as string;
      const context = await consoleContext(browser);
      const page = await context.newPage();
      const elsewhere: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => void (new URL(r.url()).origin !== url && elsewhere.push(r.url())));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}/docs/events`);
      // The component's own markup replaces the page's plain list once it has parsed the document.
      await page.locator('.aui-root').waitFor({ timeout: 30_000 });
      await page.getByText('hub.order.issued.v1').first().waitFor();
      expect({ elsewhere, errors }).toEqual({ elsewhere: [], errors: [] });
      await context.close();
    });
  });
});
