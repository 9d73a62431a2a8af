import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_DIR } from './contracts-dir';
import { collectRefs, isRecord, resolvePointer } from './json-refs';
import { type OpenApiName, loadOpenApiDocument, serveOpenApiDocs } from './openapi';

/** Every version of every surface's document (core.v1.yaml, core.v2.yaml, …), not only the newest one apps serve. */
const FILES = readdirSync(join(CONTRACTS_DIR, 'openapi'))
  .map((file) => /^(.+)\.v\d+\.yaml$/.exec(file))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => [match[0], match[1] as OpenApiName] as const)
  .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));

describe.each(FILES)('openapi/%s', (file, name) => {
  const document = loadOpenApiDocument(name, CONTRACTS_DIR, file);

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it('stands alone: every $ref is local', () => {
    expect(collectRefs(document).filter((ref) => !ref.startsWith('#/'))).toEqual([]);
  });

  it('resolves every local $ref', () => {
    const dangling = collectRefs(document).filter((ref) => resolvePointer(document, ref.slice(1)) === undefined);
    expect(dangling).toEqual([]);
  });

  it('names every inlined schema by its title', () => {
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    for (const [key, schema] of Object.entries(schemas)) {
      expect(isRecord(schema) && schema.title).toBe(key);
    }
  });
});

describe('serveOpenApiDocs', () => {
  it('mounts the JSON before swagger-ui, which would answer it with its page', () => {
    const mounted: string[] = [];
    const document = serveOpenApiDocs({ use: (path: string) => mounted.push(path) }, 'adapter-lac');
    expect(mounted).toEqual(['/docs/openapi.json', '/docs']);
    expect(document.openapi).toBe('3.1.0');
  });
});
