import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACTS_BASE_URI, CONTRACTS_DIR, listContractFiles } from '../contracts-dir';
import { contractValidator } from '../contract-validator';
import { conditionHolds } from './schema-condition';
import { type SchemaObject, sampleDocuments } from './schema-samples';

const SCHEMA_FILES = listContractFiles(CONTRACTS_DIR, (path) => path.endsWith('.schema.json'));
const DOCUMENTS = new Map(SCHEMA_FILES.map((file) => [`${CONTRACTS_BASE_URI}${file}`, JSON.parse(readFileSync(join(CONTRACTS_DIR, file), 'utf8')) as SchemaObject]));
const ID = 'https://contracts.hub.local/events/made-up.v1.schema.json';

const samplesOf = (schema: SchemaObject, others: SchemaObject[] = []): unknown[] =>
  sampleDocuments(ID, new Map([[ID, { $id: ID, ...schema }], ...others.map((o): [string, SchemaObject] => [String(o.$id), o])]));

describe('samples of every contract', () => {
  // The compatibility check is only as strong as its samples; one that its own schema refuses would be noise.
  it.each(SCHEMA_FILES.filter((file) => !file.startsWith('common/')))('%s: every sample is valid under its own schema', (file) => {
    const ref = file.replace(/\.schema\.json$/, '');
    const samples = sampleDocuments(`${CONTRACTS_BASE_URI}${file}`, DOCUMENTS);
    // A closed object with no properties (a body that says nothing but that it was sent) has one document: {}.
    const schema = DOCUMENTS.get(`${CONTRACTS_BASE_URI}${file}`) as SchemaObject;
    const onlyEmpty = schema.type === 'object' && schema.additionalProperties === false && Object.keys(schema.properties ?? {}).length === 0;
    expect(samples.length).toBeGreaterThanOrEqual(onlyEmpty ? 1 : 2);
    const refused = samples.map((sample) => contractValidator().validate(ref, sample)).filter((result) => !result.ok);
    expect(refused).toEqual([]);
  });
});

describe('sampleDocuments', () => {
  const object = (properties: SchemaObject, required: string[] = [], extra: SchemaObject = {}): SchemaObject => ({
    type: 'object',
    properties,
    required,
    ...extra,
  });

  it('makes one with the required properties only and one with all of them', () => {
    const samples = samplesOf(object({ id: { type: 'string', format: 'uuid' }, note: { type: 'string' } }, ['id']));
    expect(samples.some((s) => Object.keys(s as object).join() === 'id')).toBe(true);
    expect(samples.some((s) => Object.keys(s as object).join() === 'id,note')).toBe(true);
  });

  it('takes every value of an enum, and both ends of a range', () => {
    const samples = samplesOf(object({ s: { enum: ['a', 'b', 'c', 'd', 'e'] }, n: { type: 'integer', minimum: 3, maximum: 9 } }, ['s', 'n']));
    expect(new Set(samples.map((s) => (s as { s: string }).s))).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    expect(new Set(samples.map((s) => (s as { n: number }).n))).toEqual(new Set([3, 9]));
  });

  it('reaches far along an open range, both ways', () => {
    const values = samplesOf(object({ n: { type: 'integer' } }, ['n'])).map((s) => (s as { n: number }).n);
    expect(Math.min(...values)).toBeLessThan(-1_000_000);
    expect(Math.max(...values)).toBeGreaterThan(1_000_000);
  });

  it('adds what a conditional requires and drops what a closing branch forbids', () => {
    const schema = object({ kind: { enum: ['plain', 'taxed'] }, rate: { enum: [8, 10] } }, ['kind'], {
      allOf: [
        { if: { properties: { kind: { const: 'taxed' } }, required: ['kind'] }, then: { required: ['rate'] } },
        { if: { properties: { kind: { const: 'plain' } }, required: ['kind'] }, then: { properties: { kind: true }, additionalProperties: false } },
      ],
    });
    const samples = samplesOf(schema) as { kind: string; rate?: number }[];
    expect(samples.filter((s) => s.kind === 'taxed').every((s) => s.rate !== undefined)).toBe(true);
    expect(samples.filter((s) => s.kind === 'plain').map((s) => Object.keys(s))).toEqual([['kind']]);
  });

  it('reads a oneOf of required lists as narrowing the object, keeping exactly one branch true', () => {
    const schema = object({ date: { type: 'string', format: 'date' }, period: { type: 'string', format: 'date' } }, [], {
      oneOf: [{ required: ['date'] }, { required: ['period'] }],
    });
    const keys = samplesOf(schema).map((s) => Object.keys(s as object).join());
    expect(new Set(keys)).toEqual(new Set(['date', 'period']));
  });

  it('takes each branch of an anyOf that is a choice of whole schemas', () => {
    const samples = samplesOf(object({ v: { anyOf: [{ type: 'string', const: 'state' }, { type: 'null' }] } }, ['v']));
    expect(samples).toEqual([{ v: 'state' }, { v: null }]);
  });

  it('follows a $ref into another file, resolved against the $id of the file it is in', () => {
    const other = { $id: 'https://contracts.hub.local/common/d.v1.schema.json', $defs: { x: { $ref: '#/$defs/y' }, y: { const: 'from d' } } };
    expect(samplesOf(object({ v: { $ref: '../common/d.v1.schema.json#/$defs/x' } }, ['v']), [other])).toEqual([{ v: 'from d' }]);
  });

  it('names what it cannot sample', () => {
    expect(() => samplesOf(object({ v: { $ref: 'missing.schema.json' } }, ['v']))).toThrow('cannot resolve $ref missing.schema.json');
    expect(() => samplesOf(object({ v: { type: 'string', format: 'ipv6' } }, ['v']))).toThrow('cannot sample the format ipv6');
  });
});

describe('conditionHolds', () => {
  const when = { properties: { status: { not: { enum: ['a', 'b'] } } }, required: ['status'] };

  it('reads const, enum, not and required as JSON Schema does', () => {
    expect(conditionHolds(when, { status: 'c' })).toBe(true);
    expect(conditionHolds(when, { status: 'a' })).toBe(false);
    expect(conditionHolds(when, {})).toBe(false);
    expect(conditionHolds({ properties: { status: { const: 'a' } } }, {})).toBe(true);
  });

  it('refuses a keyword it does not know rather than guess', () => {
    expect(() => conditionHolds({ properties: { n: { multipleOf: 2 } } }, { n: 2 })).toThrow('cannot evaluate a condition that uses "multipleOf"');
  });

  it('reads a condition on a number: its type and its bounds ("from the second version on")', () => {
    const fromSecond = { properties: { han: { type: 'integer', minimum: 2 } }, required: ['han'] };
    expect(conditionHolds(fromSecond, { han: 2 })).toBe(true);
    expect(conditionHolds(fromSecond, { han: 1 })).toBe(false);
    expect(conditionHolds(fromSecond, { han: 1.5 })).toBe(false);
    expect(conditionHolds({ properties: { n: { maximum: 3 } } }, { n: 4 })).toBe(false);
  });

  it('samples a pattern within its length bounds', () => {
    const samples = samplesOf({ type: 'object', properties: { no: { type: 'string', minLength: 3, maxLength: 5, pattern: '^[A-Z0-9][A-Z0-9-]*$' } }, required: ['no'] }).map((s) => (s as { no: string }).no);
    expect(samples.length).toBeGreaterThan(0);
    for (const no of samples) expect(no).toMatch(/^[A-Z0-9][A-Z0-9-]{2,4}$/);
  });
});
