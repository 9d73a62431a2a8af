import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import swaggerUi from 'swagger-ui-express';
import { parse as parseYaml } from 'yaml';
import { CONTRACTS_DIR } from './contracts-dir';
import { isRecord, resolvePointer, splitRef } from './json-refs';

/** An HTTP surface's name: `core`, `partner-sim`, or `adapter-<partnerId>` for each partner's adapter. */
export type OpenApiName = string;
export type OpenApiDocument = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';

/** The newest published version of an HTTP surface's document: the API the app serves today. */
export function newestOpenApiFile(name: OpenApiName, contractsDir: string = CONTRACTS_DIR): string {
  const versions = readdirSync(join(contractsDir, 'openapi'))
    .map((file) => new RegExp(`^${name}\\.v(\\d+)\\.yaml$`).exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]));
  if (versions.length === 0) throw new Error(`no contracts/openapi/${name}.v<N>.yaml`);
  return `${name}.v${Math.max(...versions)}.yaml`;
}

/**
 * Reads the newest contracts/openapi/<name>.v<N>.yaml (or the version given) and copies every schema file it references into
 * `components.schemas` (keyed by the schema's title), so the document stands alone: swagger-ui and other
 * clients get one JSON document and never fetch contract files.
 */
export function loadOpenApiDocument(name: OpenApiName, contractsDir: string = CONTRACTS_DIR, file = newestOpenApiFile(name, contractsDir)): OpenApiDocument {
  const path = join(contractsDir, 'openapi', file);
  const parsed: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${path} is not an OpenAPI document`);
  return inlineOpenApiDocument(parsed, path);
}

/**
 * The same for a document built in code (an adapter's, from its definition): `$ref`s are relative to `path`, as if
 * the document were the file at `path` (normally under contracts/openapi/).
 */
export function inlineOpenApiDocument(parsed: Record<string, unknown>, path: string): OpenApiDocument {
  const inliner = new SchemaInliner();
  const document = inliner.rewrite(parsed, path) as OpenApiDocument;
  const components = isRecord(document.components) ? document.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  for (const [title, schema] of inliner.schemas) {
    if (title in schemas) throw new Error(`${path}: components.schemas.${title} clashes with the contract titled ${title}`);
    schemas[title] = schema;
  }
  document.components = { ...components, schemas };
  return document;
}

class SchemaInliner {
  /** Inlined schemas by title, in the order first referenced. */
  readonly schemas = new Map<string, unknown>();
  private readonly titleOf = new Map<string, string>();
  private readonly files = new Map<string, unknown>();

  /** A deep copy of `node` whose `$ref`s to other files point into components.schemas instead. */
  rewrite(node: unknown, file: string): unknown {
    if (Array.isArray(node)) return node.map((item) => this.rewrite(item, file));
    if (!isRecord(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      copy[key] = key === '$ref' && typeof value === 'string' ? this.rewriteRef(value, file) : this.rewrite(value, file);
    }
    return copy;
  }

  private rewriteRef(ref: string, fromFile: string): string {
    const { file, pointer } = splitRef(ref);
    // The OpenAPI document's own refs (#/components/...) stay; inside a schema file a local ref must move too.
    if (file === '' && !fromFile.endsWith('.schema.json')) return ref;
    const target = file === '' ? fromFile : resolve(dirname(fromFile), file);
    return COMPONENT_PREFIX + this.inline(target, pointer);
  }

  private inline(file: string, pointer: string): string {
    const key = `${file}#${pointer}`;
    const known = this.titleOf.get(key);
    if (known) return known;
    const schema = resolvePointer(this.load(file), pointer);
    if (!isRecord(schema) || typeof schema.title !== 'string') {
      throw new Error(`${key} has no title, so it cannot be named in components.schemas`);
    }
    const title = schema.title;
    if (this.schemas.has(title)) throw new Error(`Two different schemas are titled ${title} (one is ${key})`);
    this.titleOf.set(key, title);
    this.schemas.set(title, {}); // reserves the title while a self-reference is followed
    // `$id`/`$schema` would change how a reader resolves refs, and `$defs` have been moved out.
    const { $id: _id, $schema: _schema, $defs: _defs, ...rest } = schema;
    this.schemas.set(title, this.rewrite(rest, file));
    return title;
  }

  private load(file: string): unknown {
    if (!this.files.has(file)) this.files.set(file, JSON.parse(readFileSync(file, 'utf8')));
    return this.files.get(file);
  }
}

type RequestHandler = (typeof swaggerUi.serve)[number];

/** The part of a NestJS (Express) application the docs need; `INestApplication` satisfies it. */
export interface HttpApp {
  use(path: string, ...handlers: RequestHandler[]): unknown;
}

/**
 * Serves swagger-ui at `<basePath>` and the stand-alone document at `<basePath>/openapi.json`.
 * Takes the document's name, or a document already loaded with loadOpenApiDocument.
 */
export function serveOpenApiDocs(
  app: HttpApp,
  documentOrName: OpenApiName | OpenApiDocument,
  basePath = '/docs',
): OpenApiDocument {
  const document = typeof documentOrName === 'string' ? loadOpenApiDocument(documentOrName) : documentOrName;
  // Mounted first: swagger-ui's handler answers every path under basePath with its page.
  app.use(`${basePath}/openapi.json`, (_req, res) => {
    res.json(document);
  });
  app.use(basePath, ...swaggerUi.serve, swaggerUi.setup(document));
  return document;
}
