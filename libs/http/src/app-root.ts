import type { NextFunction, Request, Response } from 'express';
import { type HttpApp, isRecord, loadOpenApiDocument, type OpenApiDocument, type OpenApiName, serveAsyncApiDocs } from '@hub/contracts';

/** What an app's root says about it besides its OpenAPI document, for apps that are more than their document's name. */
export interface AppAbout {
  /** The app's name (`adapter-lac`), where it serves a document built in code rather than contracts/openapi/<name>. */
  name?: string;
  /**
   * The app's own page answers `GET /` in a browser (the console's web app): the root then answers only a client that
   * prefers JSON, and leaves every other request to that page.
   */
  webAppAtRoot?: boolean;
}

/** Where each app's root links, relative to its origin: the same on every app of the hub. */
export const APP_ROOT_LINKS = {
  docs: '/docs',
  openapi: '/docs/openapi.json',
  events: '/docs/events',
  asyncapi: '/docs/asyncapi.yaml',
  ready: '/health/ready',
  live: '/health/live',
  metrics: '/metrics',
} as const;

const LINK_TEXT: Record<keyof typeof APP_ROOT_LINKS, string> = {
  docs: 'API documentation (swagger-ui)',
  openapi: 'OpenAPI document (JSON)',
  events: 'Kafka topics (AsyncAPI)',
  asyncapi: 'AsyncAPI document (YAML)',
  ready: 'readiness',
  live: 'liveness',
  metrics: 'metrics (Prometheus)',
};

export interface AppRootAnswer {
  app: string;
  title: string;
  version: string;
  links: typeof APP_ROOT_LINKS;
  description: string;
}

const abouts = new WeakMap<object, AppAbout>();

/** Says what an app's root cannot read from its OpenAPI document. Call it before or after startHttpApp. */
export function describeApp(app: object, about: AppAbout): void {
  abouts.set(app, { ...abouts.get(app), ...about });
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The root's JSON: the app's name, and its OpenAPI document's title, description and version, with the links. */
export function appRootAnswer(name: string, document: OpenApiDocument): AppRootAnswer {
  const info = isRecord(document.info) ? document.info : {};
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  // The description last: it is long, and what a person reads first with curl is what the app is and where to go.
  return { app: name, title: text(info.title), version: text(info.version), links: APP_ROOT_LINKS, description: text(info.description) };
}

/** The same as a small page, for a browser. No script; the description as written (its line breaks kept). */
export function appRootPage(answer: AppRootAnswer): string {
  const links = (Object.keys(APP_ROOT_LINKS) as (keyof typeof APP_ROOT_LINKS)[])
    .map((key) => `<li><a href="${APP_ROOT_LINKS[key]}">${LINK_TEXT[key]}</a> <code>${APP_ROOT_LINKS[key]}</code></li>`)
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(answer.app)} — ${escapeHtml(answer.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}.description{white-space:pre-wrap}</style>',
    '</head>',
    '<body>',
    `<h1>${escapeHtml(answer.title)}</h1>`,
    `<p>App <code>${escapeHtml(answer.app)}</code>, API version ${escapeHtml(answer.version)}. The same as JSON: <code>curl -H 'Accept: application/json' …/</code></p>`,
    `<ul>\n${links}\n</ul>`,
    `<p class="description">${escapeHtml(answer.description)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Indented: the root is read by people with curl more than by programs. */
const sendJson = (response: Response, answer: AppRootAnswer): void => void response.type('application/json; charset=utf-8').send(`${JSON.stringify(answer, null, 2)}\n`);

/**
 * Mounts what a newcomer meets first on every app of the hub: `GET /` says what the app is and links to its docs,
 * health and metrics — JSON by default, a small page when the client prefers text/html — and the Kafka topics' page and
 * document (`/docs/events`, `/docs/asyncapi.yaml`). Like the docs, these are open to anyone and sit outside the guarded
 * routes. Mount it before serveOpenApiDocs (swagger-ui answers every path under /docs).
 */
export function serveAppRoot(app: HttpApp, openApi: OpenApiName | OpenApiDocument): void {
  const document = typeof openApi === 'string' ? loadOpenApiDocument(openApi) : openApi;
  serveAsyncApiDocs(app);
  const infoTitle = isRecord(document.info) && typeof document.info.title === 'string' ? document.info.title : 'app';
  app.use('/', (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path !== '/') return next();
    const about = abouts.get(app) ?? {};
    const name = about.name ?? (typeof openApi === 'string' ? openApi : infoTitle);
    const answer = appRootAnswer(name, document);
    response.vary('Accept');
    if (about.webAppAtRoot) {
      // The web app's page is the root for a browser (and for */*); only a client that prefers JSON gets the about.
      return request.accepts(['text/html', 'application/json']) === 'application/json' ? sendJson(response, answer) : next();
    }
    if (request.accepts(['application/json', 'text/html']) === 'text/html') return void response.type('text/html; charset=utf-8').send(appRootPage(answer));
    sendJson(response, answer);
  });
}
