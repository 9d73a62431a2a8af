import fc from 'fast-check';
import { edgeNumbers, hostileKey, hostileLeaf, hostileQueryNames, hostileQueryValue, hostileSegment, oddJson, rawJunk, setOwn } from './hostile-values';

/** What the fuzz knows of one route: its method and path template, real ids for its path, a valid body, its query names. */
export interface RouteShape {
  method: 'GET' | 'POST';
  /** Express style, as the route tables write it: `/cases/:caseId`. */
  template: string;
  /** Ids of objects that exist, per path parameter, so a request can get past "not found" to the use case. */
  known: Record<string, string[]>;
  /** How the route reads its body: JSON, a form (the token endpoint), or not at all. */
  body: 'json' | 'form' | 'none';
  /** One valid body; most generated bodies are it with one thing wrong. */
  valid?: Record<string, unknown>;
  queryNames: string[];
  /** Bodies that pass validation with extreme values (money that adds up to the edge of what is safe), if any. */
  extremes?: fc.Arbitrary<Record<string, unknown>>;
}

export type Auth = 'caller' | 'none' | 'garbage' | 'other';
export type Signature = 'valid' | 'none' | 'wrong-secret' | 'stale' | 'other-body';
export type Encoding = 'gzip' | 'corrupt-gzip' | 'deflate' | 'br' | 'identity' | 'gzip, gzip' | 'GZIP' | 'x-unknown';

/** One generated request, before credentials and a signature (which depend on the hub and the clock) are put on. */
export interface HostileRequest {
  method: string;
  /** The raw request target, query included: it may hold escapes that are not UTF-8, so it is sent as is. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  encoding?: Encoding;
  /** Sent in chunks without Content-Length. */
  chunked: boolean;
  auth: Auth;
  /** Picks among the callers allowed (or garbage credentials); taken modulo their number. */
  pick: number;
  signature: Signature;
  what: string[];
}

/** Bodies stay under the body-size limits: the fuzz is about shapes, not size (size has its own limits and tests). */
const MAX_BODY_BYTES = 60_000;

/** Cut at a byte count, not a character count: one character of the long strings may take four bytes. */
const capped = (text: string | undefined) =>
  text === undefined || Buffer.byteLength(text) <= MAX_BODY_BYTES ? text : Buffer.from(text).subarray(0, MAX_BODY_BYTES).toString('utf8');

type Path = (string | number)[];

/** Every place in a JSON value a mutation can hit: each property and item, nested ones included. */
function placesIn(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...at, i], ...placesIn(item, [...at, i])]);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...placesIn(v, [...at, k])]);
  return [];
}

const fieldName = (path: Path) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(root)';

/** The same value with the wrong JSON type: a number as text, text as a number or list, an object as a list. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return /^-?\d+$/.test(value) ? Number(value) : [value];
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (value !== null && typeof value === 'object') return [value];
  return 0;
}

const mutationKinds = ['delete', 'null', 'wrong type', 'out of range', 'hostile value', 'extra property', 'odd JSON'] as const;

interface Mutation {
  at: number;
  kind: (typeof mutationKinds)[number];
  value: unknown;
  extraKey: string;
}

/** A deep copy of `valid` with one field broken; the description names the field as a validation issue would. */
function mutate(valid: Record<string, unknown>, m: Mutation): { value: unknown; what: string } {
  // Through JSON, not structuredClone: JSON.parse keeps a generated `__proto__` key an own property, as the server will.
  const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
  const places = placesIn(copy);
  if (places.length === 0) {
    setOwn(copy, m.extraKey, m.value);
    return { value: copy, what: `extra property ${JSON.stringify(m.extraKey)}` };
  }
  const path = places[m.at % places.length];
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'null') parent[last] = null;
  else if (m.kind === 'wrong type') parent[last] = wrongType(parent[last]);
  else if (m.kind === 'extra property') {
    const target = parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last]) ? (parent[last] as Record<string, unknown>) : (parent as Record<string, unknown>);
    if (Array.isArray(target)) target.push(m.value);
    else setOwn(target, m.extraKey, m.value);
    return { value: copy, what: `extra property ${JSON.stringify(m.extraKey)} beside ${fieldName(path)}` };
  } else parent[last] = m.value;
  return { value: copy, what: `${fieldName(path)}: ${m.kind}` };
}

function mutation(known: string[]): fc.Arbitrary<Mutation> {
  return fc.constantFrom(...mutationKinds).chain((kind) =>
    fc.record({
      at: fc.nat(),
      kind: fc.constant(kind),
      value: kind === 'out of range' ? edgeNumbers : kind === 'odd JSON' ? oddJson(known) : hostileLeaf,
      extraKey: hostileKey(known),
    }),
  );
}

const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : []);

/** A form body as a form parser reads one: arrays as repeated names, objects as `name[key]`, the rest as text. */
function formText(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return String(JSON.stringify(value));
  // Objects without a prototype (a generated `__proto__` key can make one) have no toString: JSON says what they hold.
  const text = (item: unknown) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item));
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v)) v.forEach((item) => form.append(k, text(item)));
    else if (v !== null && typeof v === 'object') Object.entries(v).forEach(([sub, item]) => form.append(`${k}[${sub}]`, text(item)));
    else form.append(k, text(v));
  }
  return form.toString();
}

/** The body: mostly the valid one with one to three fields broken, else odd JSON, raw junk, nothing, or the valid body. */
function bodyArb(route: RouteShape): fc.Arbitrary<{ text?: string; what: string }> {
  const valid = route.valid ?? {};
  const known = keysOf(valid);
  const serialise = route.body === 'form' ? formText : (value: unknown) => String(JSON.stringify(value));
  const validText = serialise(valid);
  const mutated = fc.array(mutation(known), { minLength: 1, maxLength: 3 }).map((mutations) => {
    let value: unknown = valid;
    const what: string[] = [];
    for (const m of mutations) {
      const next = value !== null && typeof value === 'object' && !Array.isArray(value) ? mutate(value as Record<string, unknown>, m) : { value, what: '' };
      value = next.value;
      if (next.what) what.push(next.what);
    }
    return { text: serialise(value), what: `valid body with ${what.join(', ')}` };
  });
  const bodies = fc.oneof(
    { weight: 10, arbitrary: mutated },
    { weight: 4, arbitrary: oddJson(known).map((value) => ({ text: serialise(value), what: 'odd JSON' })) },
    { weight: 3, arbitrary: rawJunk(validText) },
    { weight: 1, arbitrary: fc.constant({ text: undefined, what: 'no body' }) },
    { weight: 2, arbitrary: fc.constant({ text: validText, what: 'the valid body' }) },
    ...(route.extremes ? [{ weight: 4, arbitrary: route.extremes.map((value) => ({ text: serialise(value), what: 'a consistent body with extreme amounts' })) }] : []),
  );
  // A route without a body gets one now and then: a GET with a body is hostile too.
  return route.body === 'none' ? fc.oneof({ weight: 6, arbitrary: fc.constant({ text: undefined, what: 'no body' }) }, { weight: 1, arbitrary: bodies }) : bodies;
}

function pathArb(route: RouteShape): fc.Arbitrary<{ path: string; what: string }> {
  const names = [...route.template.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const segment = (name: string) =>
    fc.oneof(
      { weight: 5, arbitrary: route.known[name]?.length ? fc.constantFrom(...route.known[name]) : fc.uuid() },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 4, arbitrary: hostileSegment },
    );
  return fc.tuple(...names.map(segment)).map((values) => {
    const path = names.reduce((p, name, i) => p.replace(`:${name}`, values[i]), route.template);
    return { path, what: names.length > 0 ? `path ${names.map((n, i) => `${n}=${values[i].slice(0, 60)}`).join(', ')}` : '' };
  });
}

function queryArb(route: RouteShape): fc.Arbitrary<string> {
  const name = route.queryNames.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...route.queryNames) }, hostileQueryNames) : hostileQueryNames;
  const pairs = fc.array(fc.tuple(name, hostileQueryValue), { minLength: 1, maxLength: 4 }).map((ps) => `?${ps.map(([k, v]) => `${k}=${v}`).join('&')}`);
  return fc.oneof(
    { weight: route.queryNames.length > 0 ? 2 : 6, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: pairs },
    { weight: 1, arbitrary: fc.constantFrom('?', '??', '?&&', '?%', '?=', '?a', `?${'x'.repeat(4_000)}`) },
  );
}

const rarely = <T>(usual: T, others: fc.Arbitrary<T>, weight = 8) => fc.oneof({ weight, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: others });
const latin1 = (text: string) => text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

/** Header abuse: content types the route does not take, encodings, bad Idempotency-Keys, a huge header, odd Accept. */
const usualType = (route: RouteShape) => (route.body === 'form' ? 'application/x-www-form-urlencoded' : route.body === 'json' ? 'application/json' : undefined);

function headersArb(route: RouteShape) {
  return fc.record({
    contentType: rarely<string | undefined>(usualType(route), fc.constantFrom(
      undefined, '', 'text/plain', 'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=b', 'application/xml',
      'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/merge-patch+json', 'application/JSON', 'application/json, text/html',
      '*/*', 'application/jsonx', 'text/html',
    ), 4),
    encoding: rarely<Encoding | undefined>(undefined, fc.constantFrom<Encoding>('gzip', 'corrupt-gzip', 'deflate', 'br', 'identity', 'gzip, gzip', 'GZIP', 'x-unknown'), 14),
    // One key used again and again: the same key with another body is the idempotency refusal's path.
    idempotencyKey: rarely<string | undefined>(undefined, fc.oneof(fc.uuid(), fc.constantFrom('fuzz-reused-key', '', ' ', 'a b', 'x'.repeat(256), 'x'.repeat(4_000), '\u00ff\u00fe', 'key\ttab', '../../etc')), 5),
    correlationId: rarely<string | undefined>(undefined, fc.constantFrom('', 'x'.repeat(101), 'x'.repeat(3_000), '\u00e9t\u00e9', '"quoted"', '${jndi:ldap://evil}')),
    // Below Node's 16 kB header limit mostly; now and then above it, which must still be an error in the hub's shape.
    padding: rarely(0, fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1_000, max: 12_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 17_000, max: 30_000 }) }), 10),
    accept: rarely<string | undefined>(undefined, fc.constantFrom('application/xml', 'text/html', '*/*', '')),
    // DNS rebinding: a Host the app does not answer for, or loopback spelt otherwise.
    host: rarely<string | undefined>(undefined, fc.constantFrom('evil.example', 'localhost', 'LOCALHOST', '127.0.0.1:1', '[::1]', '', 'example.com:3000', '127.0.0.1.nip.io'), 20),
    // Without Content-Length, the body's size is known only once read.
    chunked: rarely(false, fc.constant(true), 10),
  });
}

/** Hostile requests to one route: one broken thing or a few, never so many that none reaches the route's own checks. */
export function hostileRequests(route: RouteShape): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      path: pathArb(route),
      query: queryArb(route),
      body: bodyArb(route),
      headers: headersArb(route),
      auth: rarely<Auth>('caller', fc.constantFrom<Auth>('none', 'garbage', 'other'), 6),
      pick: fc.nat(),
      signature: rarely<Signature>('valid', fc.constantFrom<Signature>('none', 'wrong-secret', 'stale', 'other-body'), 6),
    })
    .map(({ path, query, body, headers: h, auth, pick, signature }) => {
      const text = capped(body.text);
      const headers: Record<string, string> = {};
      if (h.contentType !== undefined) headers['content-type'] = h.contentType;
      if (h.idempotencyKey !== undefined) headers['idempotency-key'] = latin1(h.idempotencyKey);
      if (h.correlationId !== undefined) headers['x-correlation-id'] = latin1(h.correlationId);
      if (h.padding > 0) headers['x-fuzz-padding'] = 'p'.repeat(h.padding);
      if (h.accept !== undefined) headers.accept = h.accept;
      if (h.host !== undefined) headers.host = h.host;
      const unusual = Object.entries({ ...h, contentType: h.contentType === usualType(route) ? undefined : h.contentType }).filter(([, v]) => v !== undefined && v !== 0 && v !== false);
      const what = [path.what, query && `query ${query.slice(0, 80)}`, body.what, ...unusual.map(([k, v]) => `${k} ${JSON.stringify(String(v).slice(0, 40))}`)];
      return { method: route.method, path: path.path + query, headers, body: text, encoding: h.encoding, chunked: h.chunked, auth, pick, signature, what: what.filter(Boolean) };
    });
}
