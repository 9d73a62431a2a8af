import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_BASE_URI, CONTRACTS_DIR, listContractFiles } from './contracts-dir';
import { isRecord } from './json-refs';

/** The house rules for contracts (contracts/README.md), checked so a reviewer does not have to. */
type Schema = Record<string, unknown>;

/** Where an open object is intended: the envelope's payload is validated separately, per event type. */
const OPEN_OBJECTS = new Set(['events/envelope.v1.schema.json#/properties/payload']);

const SCHEMA_FILES = listContractFiles(CONTRACTS_DIR, (path) => path.endsWith('.schema.json'));

/**
 * Every subschema that describes a shape, with its JSON pointer, following the vocabulary (property names
 * are not keywords). An `if` is a test on the data, not a shape, so it is not followed.
 */
function* subschemas(schema: unknown, pointer = ''): Generator<[Schema, string]> {
  if (!isRecord(schema)) return;
  yield [schema, pointer];
  for (const key of ['properties', '$defs']) {
    const map = schema[key];
    if (isRecord(map)) for (const [name, sub] of Object.entries(map)) yield* subschemas(sub, `${pointer}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'then', 'else', 'not']) yield* subschemas(schema[key], `${pointer}/${key}`);
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    const list = schema[key];
    if (Array.isArray(list)) for (const [i, sub] of list.entries()) yield* subschemas(sub, `${pointer}/${key}/${i}`);
  }
}

const types = (schema: Schema): unknown[] => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/** `required` names of a schema and of the conditionals applied to it in place. */
function requiredNames(schema: Schema): string[] {
  const own = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const branches = [schema.then, schema.else, ...(Array.isArray(schema.allOf) ? schema.allOf : [])].filter(isRecord);
  return [...own, ...branches.flatMap(requiredNames)];
}

describe.each(SCHEMA_FILES)('contracts/%s', (file) => {
  const schema = JSON.parse(readFileSync(join(CONTRACTS_DIR, file), 'utf8')) as Schema;
  const all = [...subschemas(schema)];
  const objects = all.filter(([s]) => types(s).includes('object') || isRecord(s.properties));

  it('is draft 2020-12 with the $id of its path and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${CONTRACTS_BASE_URI}${file}`);
    expect(typeof schema.title).toBe('string');
  });

  it('closes every object (additionalProperties: false, or a schema for a map)', () => {
    const open = objects
      .filter(([s, at]) => s.additionalProperties !== false && !isRecord(s.additionalProperties) && !OPEN_OBJECTS.has(`${file}#${at}`))
      .map(([, at]) => at || '(root)');
    expect(open).toEqual([]);
  });

  it('describes every property (a $ref is described by its target)', () => {
    const undescribed = objects.flatMap(([s, at]) =>
      Object.entries(isRecord(s.properties) ? s.properties : {})
        .filter(([, p]) => isRecord(p) && typeof p.description !== 'string' && typeof p.$ref !== 'string')
        .map(([name]) => `${at}/properties/${name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('requires only properties it declares (also inside if/then)', () => {
    const unknown = objects.flatMap(([s, at]) => {
      const declared = isRecord(s.properties) ? Object.keys(s.properties) : [];
      return requiredNames(s).filter((name) => !declared.includes(name)).map((name) => `${at || '(root)'}: ${name}`);
    });
    expect(unknown).toEqual([]);
  });

  it('keeps money in integer yen, never negative', () => {
    const money = objects.flatMap(([s, at]) =>
      Object.entries(isRecord(s.properties) ? s.properties : {})
        .filter(([name]) => /(Yen|_jpy)$/.test(name))
        .map(([name, p]) => [`${at}/properties/${name}`, p] as const),
    );
    const wrong = money.filter(([, p]) => !isRecord(p) || !types(p).includes('integer') || !(Number(p.minimum) >= 0));
    expect(wrong.map(([at]) => at)).toEqual([]);
  });
});
