import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTRACTS_DIR } from './contracts-dir';
import { readLock } from './tooling/published-lock';
import { asyncApiParserIssues, lintWithRedocly, newestSurfaceDocuments } from './tooling/lint-documents';

/**
 * Issue 12: the newest OpenAPI document of every HTTP surface and the newest AsyncAPI document pass a kept linter (Redocly
 * CLI, configured in redocly.yaml), as the apps serve them. A published document is never edited: what one breaks is
 * turned off for that version alone in redocly.yaml, with what its next version should do. `npm run contracts:lint`
 * prints Redocly's own report.
 */
describe('the API documents and the linter', () => {
  const documents = newestSurfaceDocuments();

  it("are the newest version of every surface: each HTTP surface's OpenAPI document and the AsyncAPI document", () => {
    const surfaces = new Set(readdirSync(join(CONTRACTS_DIR, 'openapi')).map((file) => file.replace(/\.v\d+\.yaml$/, '')));
    expect(documents.map((d) => d.file.replace(/\.v\d+\.yaml$/, '')).sort()).toEqual([...[...surfaces].map((s) => `openapi/${s}`), 'asyncapi'].sort());
  });

  it('Redocly finds no problem in any of them', () => {
    const { problems } = lintWithRedocly(documents);
    expect(problems.map((p) => `${p.file} ${p.pointer}: ${p.rule} (${p.severity}): ${p.message}`)).toEqual([]);
  });

  it('Redocly fails a new version that breaks a rule, naming the document and the rule', () => {
    const core = documents.find((d) => d.file.startsWith('openapi/core.')) as (typeof documents)[number];
    const broken = { ...core.document, paths: { ...(core.document.paths as object), '/nowhere': { get: { responses: {} } } } };
    const { problems } = lintWithRedocly([{ file: 'openapi/core.v999.yaml', document: broken }]);
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual(expect.arrayContaining(['openapi/core.v999.yaml operation-2xx-response', 'openapi/core.v999.yaml operation-operationId']));
  });

  it('holds a new version to the rules its published version has turned off (redocly.yaml)', () => {
    // console@v4's sign-in routes answer only redirects, no 2xx: allowed for v4 alone, refused in the next version.
    const consoleDocument = documents.find((d) => d.file.startsWith('openapi/console.')) as (typeof documents)[number];
    expect(lintWithRedocly([consoleDocument]).problems.map((p) => p.rule)).not.toContain('operation-2xx-response');
    const { problems } = lintWithRedocly([{ file: 'openapi/console.v999.yaml', document: consoleDocument.document }]);
    expect(problems.map((p) => p.rule)).toContain('operation-2xx-response');
  });

  it('the AsyncAPI parser, which the events page renders with, finds no error or warning', async () => {
    const asyncApi = documents.find((d) => d.file.startsWith('asyncapi')) as (typeof documents)[number];
    expect(await asyncApiParserIssues(asyncApi.document)).toEqual([]);
  });

  it('turns rules off only for published documents that exist (redocly.yaml apis)', () => {
    const config = parseYaml(readFileSync(join(CONTRACTS_DIR, '..', 'redocly.yaml'), 'utf8')) as { apis: Record<string, { root: string }> };
    const { published } = readLock();
    const roots = Object.values(config.apis).map((api) => api.root.replace(/^contracts\//, ''));
    expect(roots.filter((root) => !(root in published))).toEqual([]);
  });
});
