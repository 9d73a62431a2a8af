import fc from 'fast-check';

/**
 * The raw material of hostile requests: JSON values and keys an attacker (or a broken client) sends. Each list is aimed
 * at a way a JSON API fails: numbers JavaScript or PostgreSQL cannot hold, strings PostgreSQL refuses (NUL), text that
 * breaks an encoder, keys that reach an object's prototype, dates that parse in one place and not in another.
 */

/** Numbers yen and counts must not be: negative, fractional, beyond 2^53 (JSON.parse loses digits), beyond int4/int8. */
export const edgeNumbers = fc.constantFrom(
  0, -0, -1, 1.5, -0.5, 0.1, 1e21, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 2 ** 64,
  Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, 5e-324,
);

/** Strings each of which has broken some parser, database or template somewhere. */
export const edgeStrings = fc.constantFrom(
  '', ' ', '\u0000', 'a\u0000b', '\u0007\u001b[31m', '\r\n', '\uFEFF', '\uD800', '\uDFFFlone', '\u202Eevil', 'ｔｅｓｔ', '𠮷野家', '🙂',
  'null', 'true', '0', '-1', 'NaN', 'Infinity', '1e999', '__proto__', 'constructor', "' OR '1'='1", '"; DROP TABLE orders; --',
  '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '../../../../etc/passwd', '%00', '%zz', 'http://169.254.169.254/latest/meta-data/',
  '2026-02-30', '2026-11-20T25:61:00Z', '+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:60Z', '1970-01-01T00:00:00Z', '0000-00-00',
  'T0000000000000', 'T1234567890123', 'lac', 'prap', 'claims_handler', 'confirmed', 'denied', 'taxable', 'investigation',
);

/** Over a thousand characters, up to 20,000: past every maxLength, not past the body limit. */
export const longStrings = fc
  .tuple(fc.constantFrom('a', 'あ', '\u0000', '€', '🙂', ' ', '9'), fc.integer({ min: 1_001, max: 20_000 }))
  .map(([c, n]) => c.repeat(n));

/** Any one JSON value that is not a container. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: edgeNumbers },
  { weight: 3, arbitrary: edgeStrings },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: longStrings },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
);

/** Keys that reach a prototype or a query operator, or that name what only the credentials may say. */
const hostileKeys = fc.constantFrom(
  '__proto__', 'constructor', 'prototype', '', ' ', '\u0000', '$where', '$gt', 'a.b', 'toString', 'hasOwnProperty', 'valueOf', 'length',
  '0', 'statusCode', 'partnerId', 'actor', 'decidedBy', 'approvedBy', 'requestedBy', 'roles', 'isAdmin',
);

/** A key: a hostile one, a random one, or one of the route's own field names (so the fuzz reaches its validation). */
export function hostileKey(known: string[]): fc.Arbitrary<string> {
  const own = known.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...known) }] : [];
  return fc.oneof({ weight: 2, arbitrary: hostileKeys }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }, ...own);
}

/** Sets `key` as an own, enumerable property even when it is `__proto__`, so JSON.stringify sends it as a key. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Random JSON of odd shapes, nested at most a few levels (deep nesting is a raw body of its own). */
export function oddJson(known: string[]): fc.Arbitrary<unknown> {
  const key = hostileKey(known);
  return fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      hostileLeaf,
      fc.array(tie('node'), { maxLength: 5 }),
      fc.array(fc.tuple(key, tie('node')), { maxLength: 6 }).map((entries) => {
        const object: Record<string, unknown> = {};
        for (const [k, v] of entries) setOwn(object, k, v);
        return object;
      }),
    ),
  })).node;
}

/** Bodies that are not JSON, or JSON in a form parsers disagree on, built from the route's valid body where that helps. */
export function rawJunk(validText: string): fc.Arbitrary<{ text: string; what: string }> {
  const injected = (prefix: string) => (validText.startsWith('{') && validText !== '{}' ? `{${prefix},${validText.slice(1)}` : `{${prefix}}`);
  return fc.oneof(
    fc
      .constantFrom(
        '', ' ', 'null', 'true', '0', '"string"', '[]', '{', '}', '{"a":', '[1,2', 'undefined', 'NaN', '{a:1}', "{'a':1}", '{"a":1,}',
        '\uFEFF{}', '{"a":1}{"b":2}', '1e999', '-', '123456789012345678901234567890', '\u0000', '{"\u0000":1}', '<?xml version="1.0"?><a/>',
        'a=1&b=2', '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"a":1e999}',
      )
      .map((text) => ({ text, what: 'a raw body that is not the JSON object asked for' })),
    fc.integer({ min: 0, max: Math.max(0, validText.length - 1) }).map((n) => ({ text: validText.slice(0, n), what: `the valid body cut at ${n} characters` })),
    fc
      .constantFrom('"__proto__":{"isAdmin":true,"statusCode":200}', '"constructor":{"prototype":{"polluted":true}}', '"partnerId":"prap"', '"__proto__":null')
      .map((prefix) => ({ text: injected(prefix), what: `the valid body with ${prefix.split(':')[0]} added first (prototype pollution or duplicate key)` })),
    fc.constantFrom(`\uFEFF${validText}`, `[${validText}]`, JSON.stringify(validText), `${validText}${validText}`, `${validText}\u0000`).map((text) => ({ text, what: 'the valid body wrapped, doubled or prefixed' })),
    fc
      .tuple(fc.constantFrom(['[', ']'], ['{"a":', '}']), fc.integer({ min: 20, max: 300 }))
      .map(([[open, close], n]) => ({ text: open.repeat(n) + '1' + close.repeat(n), what: `nested ${n} levels deep` })),
    fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text, what: 'random characters' })),
  );
}

/** A path segment where an id belongs: not an id, an escape, a traversal, far too long, or bytes that are not UTF-8. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(
    '..', '.', '%2e%2e', '..%2f..%2fetc%2fpasswd', '%00', '%zz', '%', '%c0%ae', '%ff%fe', 'null', 'undefined', '0', '-1', '1e999', 'NaN',
    '__proto__', 'constructor', "'%20OR%201=1", '%27', '%20', '%0d%0a', 'a;b', '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff', '{id}', ':id', '*', '~', '%E2%80%AE', '%F0%9F%99%82', 'CL-NO-SUCH', 'msg_nosuch',
  ) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 6_000 }).map((n) => 'a'.repeat(n)) },
  // Latin-1 bytes as Node sends them: not UTF-8 (Node's parser refuses most). Not '/', '?' or '#', which would take the
  // request to another route (a list where an id belongs) and hold that route's answer to this one's document.
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x21, max: 0xff }).filter((c) => !'/?#'.includes(String.fromCharCode(c))).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 }) },
);

/** A query value: in range, out of it, of the wrong type, escaped badly, or very long. */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '', '0', '1', '-1', '1.5', '50', '100', '101', '500', '501', '1e3', '0x10', '99999999999999999999', 'abc', 'instructed', 'paid', 'cancelled',
    'open', 'replayed', 'lac', 'prap', 'null', 'true', '2026-01-01T00:00:00Z', '2026-02-30T00:00:00Z', 'yesterday', '%00', '%zz', '%27', "'",
    'hub.order.issued.v1', '%E2%80%AE', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-11-20T10:00:00%2B14:00', 'lac-core',
    // Page cursors: base64url of the right prefix with a wrong id, of another API's prefix, of nothing.
    ...['al1:999999999999999999', 'al1:-1', 'al1:', 'dl1:00000000-0000-0000-0000-000000000000', 'dl1:x', 'al1:1'].map((c) => Buffer.from(c).toString('base64url')),
  ),
  fc.uuid(),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 300, max: 4_000 }).map((n) => '9'.repeat(n)),
);

/** Query names that become arrays or objects in a query parser, or reach a prototype. */
export const hostileQueryNames = fc.constantFrom(
  '__proto__[x]', 'constructor[prototype][x]', 'limit[]', 'limit[$gt]', 'state[]', 'a', '', '%zz',
  // Names some route of the hub reads, so a route that does not document them is tried with them as well.
  'cursor', 'limit', 'since', 'until', 'actor', 'state', 'partnerId', 'caseId', 'topic', 'consumerGroup', 'after', 'wait',
);
