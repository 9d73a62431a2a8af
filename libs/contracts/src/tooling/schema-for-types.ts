/**
 * The view of a JSON Schema that json-schema-to-typescript is given. Two things in our contracts confuse it:
 * - `if`/`then` (conditional requirements) turn an interface into `{ [k: string]: unknown } & {...}`;
 *   the TypeScript type keeps the flat shape and the validator enforces the condition.
 * - annotations beside a `$ref` make the ref-parser copy the target, and each copy of a titled schema gets a
 *   numbered name (`SupportFunctionV11`); the type takes the target's own description instead.
 * Keys of `properties`/`$defs` are data names, not keywords, so the walk follows the vocabulary.
 */
const CONDITIONAL_KEYWORDS = new Set(['if', 'then', 'else']);
const ANNOTATIONS_BESIDE_REF = new Set(['description', 'examples', '$comment', 'default', 'deprecated']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_KEYWORDS = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'contains',
  'propertyNames',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function schemaForTypes(schema: Json): Json {
  if (!isJsonObject(schema)) return schema;
  const hasRef = typeof schema.$ref === 'string';
  const out: JsonObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (CONDITIONAL_KEYWORDS.has(keyword)) continue;
    if (hasRef && ANNOTATIONS_BESIDE_REF.has(keyword)) continue;
    if (SCHEMA_MAP_KEYWORDS.has(keyword) && isJsonObject(value)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schemaForTypes(sub)]));
    } else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) {
      // A branch that only held a conditional is now `{}`, which would add `{ [k: string]: unknown }`.
      const branches = value.map(schemaForTypes).filter((b) => !isJsonObject(b) || Object.keys(b).length > 0);
      if (branches.length > 0) out[keyword] = branches;
    } else if (SCHEMA_KEYWORDS.has(keyword)) {
      out[keyword] = schemaForTypes(value);
    } else {
      out[keyword] = value;
    }
  }
  return out;
}
