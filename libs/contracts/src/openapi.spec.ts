import { collectRefs, isRecord, resolvePointer } from './json-refs';
import { type OpenApiName, loadOpenApiDocument, serveOpenApiDocs } from './openapi';

const NAMES: OpenApiName[] = ['core', 'adapter-lac', 'partner-sim'];

describe.each(NAMES)('openapi/%s.v1.yaml', (name) => {
  const document = loadOpenApiDocument(name);

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
