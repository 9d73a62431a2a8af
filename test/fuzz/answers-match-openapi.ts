import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { isRecord, resolvePointer } from '@hub/contracts';

/** An answer as it came off the wire: the body is kept as text, because "no body" and "not JSON" are findings too. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

type Node = Record<string, unknown>;

/**
 * Holds one app's answers to its OpenAPI document: the status must be one the operation documents (or `default`), and
 * the body (errors first of all: ErrorResponseV1 on the hub's routes, OAuthErrorV1 on /oauth/token) must validate
 * against the schema documented for that status, with the headers documented for it. The document is the stand-alone
 * one libs/contracts builds (loadOpenApiDocument / inlineOpenApiDocument, as the apps serve it at /docs/openapi.json):
 * every contract is inlined into components.schemas and every $ref is local, so one Ajv instance resolves them all.
 */
export class OpenApiAnswers {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
  private readonly baseId: string;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Node, name: string) {
    addFormats(this.ajv);
    // The formats as the contracts' own validator reads them (libs/contracts strict-formats): a uuid PostgreSQL stores.
    this.ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    this.baseId = `https://openapi.hub.local/${name}.json`;
    const components = isRecord(document.components) ? document.components : {};
    // Only the schemas go in: the rest of an OpenAPI document is not JSON Schema (its `examples` are maps, not arrays).
    this.ajv.addSchema({ $id: this.baseId, components: { schemas: components.schemas ?? {} } });
  }

  /** Whether the operation documents a request body (a route added later without an example body is still sent JSON). */
  takesBody(method: string, template: string): boolean {
    return this.operation(method, template)?.requestBody !== undefined;
  }

  /** The query parameters the operation documents, for the fuzz to aim at. */
  queryParameters(method: string, template: string): string[] {
    const parameters = this.operation(method, template)?.parameters;
    if (!Array.isArray(parameters)) return [];
    return parameters.map((p) => this.deref(p)).filter((p) => p.in === 'query' && typeof p.name === 'string').map((p) => p.name as string);
  }

  /**
   * Why the answer does not match the route's OpenAPI (every reason, joined), or undefined when it does; `template` is
   * the route table's `/cases/:caseId` or OpenAPI's `/cases/{caseId}`.
   */
  mismatch(method: string, template: string, answer: Answer): string | undefined {
    const operation = this.operation(method, template);
    if (!operation) return `${method} ${openApiPath(template)} is not in the OpenAPI document`;
    const responses = isRecord(operation.responses) ? operation.responses : {};
    const key = [String(answer.status), `${String(answer.status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) return `status ${answer.status} is not documented (documented: ${Object.keys(responses).join(', ')})`;
    const response = this.deref(responses[key]);
    const problems = [this.headersProblem(response, answer), this.bodyProblem(response, answer, `${method} ${template} ${key}`)].filter(Boolean);
    return problems.length > 0 ? problems.join('; ') : undefined;
  }

  /** A header the response documents must be there, unless the document says `required: false` (sent only sometimes). */
  private headersProblem(response: Node, answer: Answer): string | undefined {
    const headers = isRecord(response.headers) ? response.headers : {};
    const missing = Object.keys(headers).filter((name) => this.deref(headers[name]).required !== false && answer.headers[name.toLowerCase()] === undefined);
    return missing.length > 0 ? `status ${answer.status} without the documented header ${missing.join(', ')}` : undefined;
  }

  private bodyProblem(response: Node, answer: Answer, key: string): string | undefined {
    if (!isRecord(response.content)) return undefined;
    const mediaType = String(answer.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const documented = Object.keys(response.content);
    if (answer.text === '') return `status ${answer.status} has no body; documented: ${documented.join(', ')}`;
    const media = response.content[mediaType];
    if (!isRecord(media)) return `status ${answer.status} answered content-type "${mediaType}"; documented: ${documented.join(', ')}`;
    if (!isRecord(media.schema)) return undefined;
    // A text answer (Prometheus's /metrics) is documented as a string: any text is one.
    if (mediaType.startsWith('text/')) return media.schema.type === 'string' ? undefined : `status ${answer.status} answered text where ${schemaName(media.schema)} is documented`;
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return `status ${answer.status} body is not JSON`;
    }
    const check = this.validator(`${key} ${mediaType}`, media.schema);
    if (check(body)) return undefined;
    const errors = (check.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
    return `status ${answer.status} body breaks ${schemaName(media.schema)}: ${errors.join('; ')}`;
  }

  private operation(method: string, template: string): Node | undefined {
    const paths = isRecord(this.document.paths) ? this.document.paths : {};
    const item = paths[openApiPath(template)];
    const operation = isRecord(item) ? item[method.toLowerCase()] : undefined;
    return isRecord(operation) ? operation : undefined;
  }

  /** Follows the document's own `$ref`s (#/components/responses/…, #/components/parameters/…) to what they name. */
  private deref(node: unknown): Node {
    let current = node;
    for (let hops = 0; isRecord(current) && typeof current.$ref === 'string' && hops < 10; hops++) {
      current = resolvePointer(this.document, current.$ref.slice(1));
    }
    return isRecord(current) ? current : {};
  }

  private validator(key: string, schema: Node): ValidateFunction {
    let check = this.compiled.get(key);
    if (!check) {
      check = this.ajv.compile(anchored(schema, this.baseId) as Node);
      this.compiled.set(key, check);
    }
    return check;
  }
}

/** `/cases/:caseId` → `/cases/{caseId}`. */
export function openApiPath(template: string): string {
  return template.replace(/:(\w+)/g, '{$1}');
}

/** A media type's schema with its local refs made absolute, so Ajv resolves them in the document added under `baseId`. */
function anchored(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => anchored(item, baseId));
  if (!isRecord(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${baseId}${v}` : anchored(v, baseId)]));
}

function schemaName(schema: Node): string {
  return typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() ?? schema.$ref : typeof schema.title === 'string' ? schema.title : 'its schema';
}

/** What PostgreSQL (or TypeORM) says, which an answer must never pass on to the caller (issue 8: "echoed PostgreSQL's error text"). */
const DATABASE_TEXT = /violates .*constraint|invalid input syntax|invalid byte sequence|out of range for type|relation "|column "|QueryFailedError|duplicate key value|syntax error at or near|unterminated quoted/i;

/**
 * The rules the core API states in prose beside its schemas (issue 8): bad input names its fields ("one issue per
 * offending field"), and no error passes the database's own text on.
 */
export function errorRuleProblems(answer: Answer): string | undefined {
  if (answer.status < 400) return undefined;
  let body: { error?: unknown; message?: unknown; issues?: unknown };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return undefined;
  }
  if (body === null || typeof body !== 'object') return undefined;
  const problems: string[] = [];
  if (body.error === 'validation_failed' && !(Array.isArray(body.issues) && body.issues.length > 0)) problems.push('validation_failed names no field');
  if (DATABASE_TEXT.test(answer.text)) problems.push(`the answer passes the database's text on: ${answer.text.match(DATABASE_TEXT)?.[0]}`);
  return problems.length > 0 ? problems.join('; ') : undefined;
}
