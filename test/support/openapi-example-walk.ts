import request from 'supertest';
import type { Callers, DemoPerson } from './callers';

/**
 * Sends an app's documented examples as swagger-ui's "Try it out" would (issue 12: every OpenAPI example is a request
 * that succeeds against the demo): the document is the one the app serves at /docs/openapi.json; an operation goes out
 * with each of its request body examples and every query and header parameter's example, as the first caller its
 * x-hub-callers names, and must get the 2xx it documents (a route that only redirects, its 3xx). A walk fills in only
 * what the hub itself makes (ids in a path, an id a body names, a sign-in's code) and what is computed over the bytes sent
 * (a partner's signature); `unsent()` and `missingExamples()` say what the walk or the document left out.
 */
const ROLE_TO_PERSON: Record<string, DemoPerson> = {
  coordinator: 'coordinator',
  claims_handler: 'claims',
  approver: 'approver',
  finance: 'finance',
  operator: 'operator',
  auditor: 'auditor',
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  example?: unknown;
  $ref?: string;
}
interface MediaType {
  schema?: { format?: string };
  examples?: Record<string, { value: unknown }>;
  example?: unknown;
}
/** A file's bytes (the bank's file): swagger-ui uploads one; a document cannot give it as an example. */
const isFile = (media: MediaType) => media.schema?.format === 'binary';
export interface DocumentedOperation {
  operationId: string;
  'x-hub-callers': string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, unknown>;
}
export interface SentExample {
  example: string;
  status: number;
  body: Record<string, unknown>;
  text: string;
  /** The headers computed over the body sent (WalkOptions.headersOverBody), e.g. the webhook-id a callback went with. */
  headers: Record<string, string>;
  /** Where a redirect sends the caller (its Location). */
  location?: string;
}
/** What a step fills in: the path's ids and a body's, for every example or per example (each on an object of its own). */
export interface ExampleTarget {
  path?: Record<string, string>;
  body?: Record<string, unknown>;
  pathByExample?: Record<string, Record<string, string>>;
  bodyByExample?: Record<string, Record<string, unknown>>;
  /** Query values an example cannot carry (the code and state a sign-in provider's redirect brings back). */
  query?: Record<string, string>;
  /** Headers an example cannot carry (a partner's signature, Basic credentials), for every example or per example. */
  headers?: Record<string, string>;
  headersByExample?: Record<string, Record<string, string>>;
  /** The bytes of a body that is a file. */
  file?: Buffer;
  /** Another of the x-hub-callers than the first, where the example is that person's work (a job only finance runs). */
  as?: DemoPerson;
}

export interface WalkOptions {
  /** The partner whose token calls the routes x-hub-callers gives to partners (LAC unless told). */
  partnerId?: string;
  /**
   * Headers computed over the exact bytes a request sends (a partner's Standard Webhooks signature, over an empty body for
   * a GET): asked for every request, which then goes out as those bytes.
   */
  headersOverBody?: (operation: DocumentedOperation, body: Buffer) => Record<string, string>;
}

export interface ExampleWalk {
  operations: Map<string, { method: string; path: string; operation: DocumentedOperation }>;
  send(operationId: string, target?: ExampleTarget): Promise<SentExample[]>;
  /** The named request body example of an operation (to send it again, changed, outside the walk). */
  bodyExample(operationId: string, name: string): Record<string, unknown>;
  /** Operations the walk has not sent. */
  unsent(): string[];
  /**
   * Request bodies without examples (but files), and query or header parameters without one, but for those whose value only the
   * caller or the hub can know (`callersOwn`: ids, cursors, time windows).
   */
  missingExamples(callersOwn: RegExp): string[];
}

export async function exampleWalk(appUrl: string, as: Callers, { partnerId = 'lac', headersOverBody }: WalkOptions = {}): Promise<ExampleWalk> {
  const document = (await request(appUrl).get('/docs/openapi.json').expect(200)).body as {
    paths: Record<string, Record<string, DocumentedOperation>>;
    components?: { parameters?: Record<string, Parameter> };
  };
  const operations: ExampleWalk['operations'] = new Map();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation === 'object' && operation && 'operationId' in operation) operations.set(operation.operationId, { method, path, operation });
    }
  }
  const sent = new Set<string>();
  const parametersOf = (operation: DocumentedOperation): Parameter[] =>
    (operation.parameters ?? []).map((p) => (p.$ref ? (document.components?.parameters ?? {})[p.$ref.split('/').pop() as string] : p));
  const examplesOf = (media: MediaType): [string, unknown][] => (media.examples ? Object.entries(media.examples).map(([name, e]) => [name, e.value]) : media.example === undefined ? [] : [['example', media.example]]);

  function callerOf(operation: DocumentedOperation) {
    const callers = operation['x-hub-callers'];
    if (callers.includes('anyone')) return as.anonymous;
    const role = callers.find((c) => ROLE_TO_PERSON[c]);
    return role ? as[ROLE_TO_PERSON[role]] : as.partner[partnerId];
  }

  function find(operationId: string) {
    const found = operations.get(operationId);
    if (!found) throw new Error(`the document has no operation ${operationId}`);
    return found;
  }

  async function send(operationId: string, target: ExampleTarget = {}): Promise<SentExample[]> {
    const { method, path, operation } = find(operationId);
    // A route that only redirects (a sign-in) documents its 3xx instead.
    const codes = Object.keys(operation.responses);
    const documented = (codes.some((code) => code.startsWith('2')) ? codes.filter((code) => code.startsWith('2')) : codes.filter((code) => code.startsWith('3'))).map(Number);
    const stream = isEventStream(operation);
    const parameters = parametersOf(operation);
    const query: Record<string, string> = {};
    const headers: Record<string, string> = {};
    for (const p of parameters) {
      if (p.example === undefined) continue;
      if (p.in === 'query') query[p.name] = String(p.example);
      if (p.in === 'header') headers[p.name] = String(p.example);
    }
    const pathWith = (ids: Record<string, string>) =>
      path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const example = parameters.find((p) => p.in === 'path' && p.name === name)?.example;
        const value = ids[name] ?? (example === undefined ? undefined : String(example));
        if (value === undefined) throw new Error(`${operationId}: no value for path parameter ${name}`);
        return encodeURIComponent(value);
      });
    const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
    const examples: [string, unknown][] = !media ? [['(no body)', undefined]] : isFile(media) ? [['(file)', target.file]] : examplesOf(media);
    if (examples.length === 0) throw new Error(`${operationId}'s request body has no example`);
    const answers: SentExample[] = [];
    for (const [name, value] of examples) {
      // A documented Idempotency-Key is one key: each example of the operation is another request.
      const idempotency = headers['Idempotency-Key'] === undefined ? {} : { 'Idempotency-Key': `${headers['Idempotency-Key']}-${answers.length}` };
      let call = (target.as ? as[target.as] : callerOf(operation))[method as 'get' | 'post' | 'put'](pathWith({ ...target.path, ...target.pathByExample?.[name] }))
        .query({ ...query, ...target.query })
        .set({ ...headers, ...idempotency, ...target.headers, ...target.headersByExample?.[name] });
      const body = value !== undefined && typeof value === 'object' && value !== null && !Buffer.isBuffer(value) ? { ...(value as object), ...target.body, ...target.bodyByExample?.[name] } : value;
      // With headers computed over the body, the body goes out as the very bytes they were computed over.
      const bytes = headersOverBody ? bytesOf(body, mediaType) : undefined;
      const computed = headersOverBody ? headersOverBody(operation, bytes ?? Buffer.alloc(0)) : {};
      call = call.set(computed);
      if (body !== undefined) {
        if (mediaType === 'application/x-www-form-urlencoded') call = call.type('form');
        else if (mediaType !== 'application/json' || bytes) call = call.type(mediaType as string);
        // A string goes out as it is; superagent would serialise a Buffer declared JSON again.
        const raw = bytes && !Buffer.isBuffer(body) ? bytes.toString('utf8') : bytes;
        call = call.send((raw ?? body) as object | Buffer | string);
      }
      // An event stream never ends: its answer is taken at its status and headers, and the stream then closed.
      if (stream) call = call.buffer(false);
      const response = await call;
      if (stream) (response as unknown as { res: { destroy(): void } }).res.destroy();
      expect({ operationId, example: name, status: response.status, error: response.status >= 400 ? (response.body as unknown) : undefined }).toEqual({
        operationId,
        example: name,
        status: documented.includes(response.status) ? response.status : documented[0],
        error: undefined,
      });
      sent.add(operationId);
      answers.push({ example: name, status: response.status, body: response.body as Record<string, unknown>, text: response.text, headers: computed, location: response.headers.location as string | undefined });
    }
    return answers;
  }

  return {
    operations,
    send,
    bodyExample(operationId, name) {
      const [, media] = Object.entries(find(operationId).operation.requestBody?.content ?? {})[0] ?? [];
      const found = media ? examplesOf(media).find(([n]) => n === name) : undefined;
      if (!found) throw new Error(`${operationId} has no body example ${name}`);
      return found[1] as Record<string, unknown>;
    },
    unsent: () => [...operations.keys()].filter((id) => !sent.has(id)),
    missingExamples(callersOwn) {
      const missing: string[] = [];
      for (const [id, { operation }] of operations) {
        for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) if (!isFile(media) && examplesOf(media).length === 0) missing.push(`${id} ${type}`);
        for (const p of parametersOf(operation)) if (p.in !== 'path' && !callersOwn.test(p.name) && p.example === undefined) missing.push(`${id} ${p.in} ${p.name}`);
      }
      return missing;
    },
  };
}

/** Whether an operation answers an event stream (Server-Sent Events). */
const isEventStream = (operation: DocumentedOperation) =>
  Object.entries(operation.responses).some(([code, response]) => code.startsWith('2') && 'text/event-stream' in ((response as { content?: object }).content ?? {}));

/** A body as the bytes it is sent as: JSON serialised, a form encoded, a file as it is; none for a request without one. */
function bytesOf(body: unknown, mediaType: string | undefined): Buffer | undefined {
  if (body === undefined) return undefined;
  if (Buffer.isBuffer(body)) return body;
  if (mediaType === 'application/x-www-form-urlencoded') return Buffer.from(new URLSearchParams(body as Record<string, string>).toString());
  return Buffer.from(JSON.stringify(body));
}

/** The first list in a page (cases, orders, findings …): what a list answered. */
export const listedIn = (answers: SentExample[]) => Object.values(answers[0].body).find(Array.isArray) as Record<string, unknown>[];
