import express from 'express';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { EVENTS_PAGE_CSP, loadAsyncApiDocument, loadOpenApiDocument } from '@hub/contracts';
import { APP_ROOT_LINKS, describeApp, serveAppRoot } from './app-root';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

function appServing(name: string, about?: Parameters<typeof describeApp>[1]) {
  const app = express();
  if (about) describeApp(app, about);
  serveAppRoot(app, name);
  // What comes after the root on a real app: the web app's page, or Nest's 404.
  app.use((_request, response) => void response.status(404).type('text/plain').send('next'));
  return app;
}

describe('the root of an app', () => {
  const info = loadOpenApiDocument('reconciler').info as Record<string, string>;

  it.each([['no Accept'], ['*/*'], ['application/json']])('answers JSON for %s: what the app is and where its docs are', async (accept) => {
    const call = request(appServing('reconciler')).get('/');
    const response = await (accept === 'no Accept' ? call : call.set('Accept', accept)).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers.vary).toMatch(/Accept/);
    expect(response.body).toEqual({ app: 'reconciler', title: info.title, description: info.description.trim(), version: info.version, links: APP_ROOT_LINKS });
  });

  it('answers a page with the same links to a browser, its text escaped', async () => {
    const response = await request(appServing('reconciler')).get('/').set('Accept', BROWSER).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    for (const link of Object.values(APP_ROOT_LINKS)) expect(response.text).toContain(`href="${link}"`);
    expect(response.text).toContain(`<h1>${info.title}</h1>`);
    expect(response.text).not.toContain('<script');
  });

  it('names an app whose document is built in code by its description, else by the document title', async () => {
    const document = { openapi: '3.1.0', info: { title: 'A <built> document', version: '2.0.0', description: 'Built.' }, paths: {} };
    const named = express();
    describeApp(named, { name: 'adapter-x' });
    serveAppRoot(named, document);
    expect((await request(named).get('/').expect(200)).body).toMatchObject({ app: 'adapter-x', title: 'A <built> document', version: '2.0.0' });
    const unnamed = express();
    serveAppRoot(unnamed, document);
    expect((await request(unnamed).get('/').expect(200)).body.app).toBe('A <built> document');
    expect((await request(unnamed).get('/').set('Accept', BROWSER).expect(200)).text).toContain('A &lt;built&gt; document');
  });

  it('leaves a web app at the root its page, and answers only a client that prefers JSON', async () => {
    const app = appServing('console', { webAppAtRoot: true });
    await request(app).get('/').set('Accept', BROWSER).expect(404, 'next');
    await request(app).get('/').set('Accept', '*/*').expect(404, 'next');
    expect((await request(app).get('/').set('Accept', 'application/json').expect(200)).body.app).toBe('console');
  });

  it('answers nothing but GET and HEAD of / itself', async () => {
    const app = appServing('core');
    await request(app).post('/').expect(404, 'next');
    await request(app).get('/cases').expect(404, 'next');
    await request(app).head('/').expect(200);
  });
});

describe('the Kafka topics beside the docs', () => {
  const document = loadAsyncApiDocument();
  const channels = Object.values(document.channels as Record<string, { address: string }>);

  it('serves the newest AsyncAPI document, its schemas inlined, as YAML and JSON', async () => {
    const app = appServing('core');
    const yaml = await request(app).get('/docs/asyncapi.yaml').expect(200);
    expect(yaml.headers['content-type']).toMatch(/^application\/yaml/);
    expect(parseYaml(yaml.text)).toEqual(document);
    expect((await request(app).get('/docs/asyncapi.json').expect(200)).body).toEqual(document);
    expect(JSON.stringify(document)).not.toMatch(/"\$ref":"\.\//);
  });

  it('serves a page that lists every topic and renders the document with the AsyncAPI component, from this server', async () => {
    const app = appServing('core');
    const page = await request(app).get('/docs/events').set('Accept', BROWSER).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // Its own policy (the component compiles validators at run time), replacing a stricter one of the app's.
    expect(page.headers['content-security-policy']).toBe(EVENTS_PAGE_CSP);
    for (const { address } of channels) expect(page.text).toContain(`<code>${address}</code>`);
    const assets = [...page.text.matchAll(/(?:src|href)="(\/docs\/events\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(assets).toEqual(['/docs/events/asyncapi.css', '/docs/events/asyncapi-react.js', '/docs/events/render.js']);
    for (const asset of assets) await request(app).get(asset).expect(200);
    expect(page.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)"/);
    expect(page.text).not.toMatch(/<script>/);
  });
});
