import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CONTRACTS_DIR } from './contracts-dir';
import { isRecord } from './json-refs';
import { type HttpApp, inlineOpenApiDocument } from './openapi';

export type AsyncApiDocument = Record<string, unknown>;

/** The version of an AsyncAPI document's file: `asyncapi.yaml` is v1, `asyncapi.v6.yaml` v6. */
export function asyncApiVersionOf(file: string): number {
  return Number(/^asyncapi\.v(\d+)\.yaml$/.exec(file)?.[1] ?? 1);
}

/** The newest published AsyncAPI document: the topics the hub speaks today (`asyncapi.v<N>.yaml`, the highest N). */
export function newestAsyncApiFile(contractsDir: string = CONTRACTS_DIR): string {
  const files = readdirSync(contractsDir).filter((file) => /^asyncapi(\.v\d+)?\.yaml$/.test(file));
  if (files.length === 0) throw new Error(`no contracts/asyncapi.yaml or asyncapi.v<N>.yaml in ${contractsDir}`);
  return files.sort((a, b) => asyncApiVersionOf(a) - asyncApiVersionOf(b))[files.length - 1] as string;
}

/**
 * The newest AsyncAPI document (or the file given), standing alone: every schema file a message refers to is copied into
 * `components.schemas` under its title, as for the OpenAPI documents, so a reader (the events page, a code generator) never
 * fetches contract files.
 */
export function loadAsyncApiDocument(contractsDir: string = CONTRACTS_DIR, file = newestAsyncApiFile(contractsDir)): AsyncApiDocument {
  const path = join(contractsDir, file);
  const parsed: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${path} is not an AsyncAPI document`);
  return inlineOpenApiDocument(parsed, path);
}

/** Where the AsyncAPI React component's standalone browser bundle and its styles are installed, or undefined where not. */
function rendererFiles(): { script: string; styles: string } | undefined {
  try {
    const root = dirname(require.resolve('@asyncapi/react-component/package.json'));
    const files = { script: join(root, 'browser', 'standalone', 'index.js'), styles: join(root, 'styles', 'default.min.css') };
    return existsSync(files.script) && existsSync(files.styles) ? files : undefined;
  } catch {
    // Not installed: it is a development dependency, which production images prune.
    return undefined;
  }
}

/**
 * The events page's own Content-Security-Policy, replacing an app's stricter one (the console's) on this page alone: the
 * component's bundle compiles its schema validators at run time (Ajv), which needs `unsafe-eval`. Scripts still come
 * from this server only, and the page shows nothing but the hub's own document.
 */
export const EVENTS_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The topics as a plain table: what the page shows before (or without) its script, and what a text browser reads. */
function channelTable(document: AsyncApiDocument): string {
  const channels = isRecord(document.channels) ? Object.values(document.channels).filter(isRecord) : [];
  const rows = channels
    .map((c) => `<tr><td><code>${escapeHtml(text(c.address))}</code></td><td>${escapeHtml(text(c.title))}</td><td>${escapeHtml(text(c.description))}</td></tr>`)
    .join('\n');
  return `<table><thead><tr><th>topic</th><th>title</th><th>description</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/**
 * The events page: the AsyncAPI React component (its standalone browser bundle, served from node_modules, no CDN) renders
 * the document; until it has, or where it is not installed or scripts do not run, the page lists the topics itself. No
 * inline script, so it works under the console's Content-Security-Policy (script-src 'self').
 */
function eventsPage(document: AsyncApiDocument, basePath: string, rendered: boolean): string {
  const info = isRecord(document.info) ? document.info : {};
  const title = `${text(info.title)} ${text(info.version)}`.trim();
  const raw = `<a href="${basePath}/asyncapi.yaml">asyncapi.yaml</a> (or <a href="${basePath}/asyncapi.json">JSON</a>)`;
  const note = rendered
    ? `The document, schemas inlined: ${raw}. The API documentation: <a href="${basePath}">${basePath}</a>.`
    : `This installation has no @asyncapi/react-component (a development dependency, pruned from production images), so the topics are listed plainly. The document, schemas inlined: ${raw}.`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(rendered ? [`<link rel="stylesheet" href="${basePath}/events/asyncapi.css">`] : []),
    '<style>body{font-family:system-ui,sans-serif;margin:0}#summary{padding:1rem 2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}</style>',
    '</head>',
    '<body>',
    `<div id="asyncapi" data-document="${basePath}/asyncapi.json"><div id="summary">`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${note}</p>`,
    channelTable(document),
    '</div></div>',
    ...(rendered ? [`<script src="${basePath}/events/asyncapi-react.js"></script>`, `<script src="${basePath}/events/render.js"></script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Runs in the browser: renders the document the page names with the component's standalone bundle. */
const RENDER_SCRIPT = `(function () {
  var element = document.getElementById('asyncapi');
  window.AsyncApiStandalone.render({ schema: { url: element.getAttribute('data-document') }, config: { show: { sidebar: true } } }, element);
})();
`;

/**
 * Serves the newest AsyncAPI document (the Kafka topics) beside an app's API docs:
 * - `<basePath>/events`: a page rendering it (HTML);
 * - `<basePath>/asyncapi.yaml` and `<basePath>/asyncapi.json`: the document itself, its schema files inlined.
 * Mount it before serveOpenApiDocs: swagger-ui answers every path under `<basePath>` with its own page.
 */
export function serveAsyncApiDocs(app: HttpApp, basePath = '/docs', document: AsyncApiDocument = loadAsyncApiDocument()): AsyncApiDocument {
  const yaml = stringifyYaml(document, { lineWidth: 0 });
  const renderer = rendererFiles();
  const page = eventsPage(document, basePath, renderer !== undefined);
  const exactly = (handler: (response: Response) => void) => (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path !== '/' && request.path !== '') return next();
    handler(response);
  };
  app.use(`${basePath}/asyncapi.json`, exactly((response) => void response.json(document)));
  app.use(`${basePath}/asyncapi.yaml`, exactly((response) => void response.type('application/yaml; charset=utf-8').send(yaml)));
  if (renderer) {
    const file = (path: string, type: string) =>
      exactly((response) => response.sendFile(path, { maxAge: '1h', headers: { 'Content-Type': type } }));
    app.use(`${basePath}/events/asyncapi-react.js`, file(renderer.script, 'text/javascript; charset=utf-8'));
    app.use(`${basePath}/events/asyncapi.css`, file(renderer.styles, 'text/css; charset=utf-8'));
    app.use(`${basePath}/events/render.js`, exactly((response) => void response.type('text/javascript; charset=utf-8').send(RENDER_SCRIPT)));
  }
  app.use(
    `${basePath}/events`,
    exactly((response) => void response.setHeader('Content-Security-Policy', EVENTS_PAGE_CSP).type('text/html; charset=utf-8').send(page)),
  );
  return document;
}
