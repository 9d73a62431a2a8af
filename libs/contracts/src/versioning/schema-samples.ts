import { isRecord, resolvePointer, splitRef } from '../json-refs';
import { sampleForPattern } from './pattern-sample';
import { conditionHolds } from './schema-condition';

/**
 * Documents a JSON Schema accepts, made by walking the schema: the compatibility check validates them against
 * the next version. Written here rather than taken from json-schema-faker, the library that comes closest: its
 * documents are random, where the check needs the edges (every enum value, both ends of every range) and the
 * same verdict on every run; what our contracts lean on, conditional requirements (`if`/`then` in `allOf`,
 * including a `then` that closes the object) and `$ref` between files by `$id`, is where it is weakest
 * (if/then has long been an open question upstream); and it would be a new dependency for one test.
 *
 * Samples are chosen to reach the edges a new version may move: required properties only and every property;
 * each enum value, each type of a type list, each `anyOf` branch; the lowest and the highest number, the shortest
 * and the longest string and array. Samples are checked against their own schema (every contract's, in the
 * samples spec; any the check finds refused, there), so a shape the walk does not understand shows up as a
 * sample its own schema refuses, never as a silently weaker check.
 */
export type SchemaObject = Record<string, unknown>;

/** Every contract file by `$id` (its URL), so a `$ref` resolves the way Ajv resolves it. */
export type SchemaDocuments = ReadonlyMap<string, SchemaObject>;

/** A number large enough that a newly added `maximum` (or a lowered one) refuses it. */
const LARGE = 2_147_483_647;
/** A string no `maxLength` of ours allows, for a schema that sets none: a newly added one refuses it. */
const UNBOUNDED_STRING = 4096;
/** Items in an array without `maxItems`, and at most in one with it (ours allow up to 200). */
const UNBOUNDED_ITEMS = 5;
const MAX_ITEMS = 200;
/** Low and high ends, and (variant 2) below zero on an open range; more where an enum has more values. */
const MIN_VARIANTS = 4;
/** Enough variants to meet every value of our largest enum; more only repeat. */
const MAX_VARIANTS = 32;

const FORMATS: Record<string, (variant: number) => string> = {
  uuid: (v) => `00000000-0000-4000-8000-${(v + 1).toString(16).padStart(12, '0')}`,
  'date-time': (v) => (v % 2 === 0 ? '2026-04-01T09:30:00+09:00' : '2026-12-31T23:59:59.999Z'),
  date: (v) => (v % 2 === 0 ? '2026-04-01' : '2026-12-31'),
  time: (v) => (v % 2 === 0 ? '09:30:00+09:00' : '23:59:59Z'),
  email: (v) => `partner${v}@example.com`,
  uri: (v) => `https://example.com/${v}`,
};

/** Samples of the schema `$id`, without duplicates. */
export function sampleDocuments(schemaId: string, documents: SchemaDocuments): unknown[] {
  const root = documents.get(schemaId);
  if (!root) throw new Error(`no schema with $id ${schemaId}`);
  const samples = new Map<string, unknown>();
  for (let variant = 0, variants = MIN_VARIANTS; variant < variants; variant++) {
    for (const full of [false, true]) {
      const sampler = new Sampler(documents, full);
      const sample = sampler.sample(root, schemaId, variant);
      samples.set(JSON.stringify(sample), sample);
      variants = Math.min(MAX_VARIANTS, Math.max(variants, sampler.choices));
    }
  }
  return [...samples.values()];
}

class Sampler {
  /** The most alternatives met at one place (at least MIN_VARIANTS); as many variants are made, so each is taken once. */
  choices = MIN_VARIANTS;

  constructor(
    private readonly documents: SchemaDocuments,
    /** Every optional property too, rather than only the required ones. */
    private readonly full: boolean,
  ) {}

  sample(schema: unknown, base: string, variant: number): unknown {
    if (!isRecord(schema)) throw new Error(`cannot sample the schema ${JSON.stringify(schema)} in ${base}`);
    if (typeof schema.$ref === 'string') {
      const [target, targetBase] = this.resolve(schema.$ref, base);
      return this.sample(target, targetBase, variant);
    }
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum)) return this.choose(schema.enum, variant);
    const branches = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(branches)) return this.alternative(schema, branches, base, variant);
    const types = Array.isArray(schema.type) ? (schema.type as unknown[]) : [schema.type ?? inferredType(schema)];
    const type = this.choose(types, variant);
    switch (type) {
      case 'object':
        return this.object(schema, base, variant);
      case 'array':
        return this.array(schema, base, variant);
      case 'string':
        return stringSample(schema, variant);
      case 'integer':
      case 'number':
        return numberSample(schema, type, variant);
      case 'boolean':
        return variant % 2 === 0;
      case 'null':
        return null;
      default:
        throw new Error(`cannot sample a schema of type ${JSON.stringify(type)} in ${base}`);
    }
  }

  /**
   * `anyOf`/`oneOf`. Where the schema has a shape of its own (`type: object` with `oneOf` of `required` lists:
   * "a work date or a work period"), a branch narrows that shape rather than replacing it; for `oneOf`, what
   * only the other branches require is left out, so exactly one holds.
   */
  private alternative(schema: SchemaObject, branches: unknown[], base: string, variant: number): unknown {
    const branch = this.choose(branches, variant);
    const { anyOf: _anyOf, oneOf: _oneOf, ...shape } = schema;
    if (shape.type === undefined && shape.properties === undefined) return this.sample(branch, base, variant);
    if (!isRecord(branch)) throw new Error(`cannot sample the branch ${JSON.stringify(branch)} in ${base}`);
    const requiredOf = (s: unknown): string[] => (isRecord(s) && Array.isArray(s.required) ? (s.required as string[]) : []);
    const properties = { ...(isRecord(shape.properties) ? shape.properties : {}), ...(isRecord(branch.properties) ? branch.properties : {}) };
    const required = [...requiredOf(shape), ...requiredOf(branch)];
    const value = this.sample({ ...shape, ...branch, properties, required }, base, variant);
    if (schema.oneOf !== undefined && isRecord(value)) {
      const others = branches.filter((other) => other !== branch).flatMap(requiredOf);
      for (const name of others.filter((name) => !required.includes(name))) delete value[name];
    }
    return value;
  }

  private object(schema: SchemaObject, base: string, variant: number): Record<string, unknown> {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const result: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties)) {
      if (this.full || required.has(name)) result[name] = this.sample(property, base, variant);
    }
    if (this.full && isRecord(schema.additionalProperties)) result.key = this.sample(schema.additionalProperties, base, variant);
    this.applyConditionals(schema, base, variant, result);
    return result;
  }

  /**
   * `if`/`then`/`else`, alone or in `allOf`: a branch whose condition the object meets adds what it requires
   * and, where it closes the object (`additionalProperties: false`), drops what it does not allow. Applying one
   * may change whether another holds, so they are applied until nothing changes.
   */
  private applyConditionals(schema: SchemaObject, base: string, variant: number, result: Record<string, unknown>): void {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const conditionals = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf : [])].filter((s) => isRecord(s) && isRecord(s.if));
    for (let pass = 0, changed = true; changed && pass < 4; pass++) {
      changed = false;
      for (const conditional of conditionals as SchemaObject[]) {
        const branch = conditionHolds(conditional.if, result) ? conditional.then : conditional.else;
        if (!isRecord(branch)) continue;
        const allowed = isRecord(branch.properties) ? branch.properties : {};
        for (const name of Array.isArray(branch.required) ? (branch.required as string[]) : []) {
          if (name in result) continue;
          result[name] = this.sample(isRecord(allowed[name]) ? allowed[name] : properties[name], base, variant);
          changed = true;
        }
        if (branch.additionalProperties !== false) continue;
        for (const name of Object.keys(result).filter((key) => !(key in allowed))) {
          delete result[name];
          changed = true;
        }
      }
    }
  }

  private array(schema: SchemaObject, base: string, variant: number): unknown[] {
    const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const max = typeof schema.maxItems === 'number' ? Math.min(schema.maxItems, MAX_ITEMS) : min + UNBOUNDED_ITEMS;
    const length = variant % 2 === 0 ? min : max;
    const items: unknown[] = [];
    const seen = new Set<string>();
    // Each item takes the next variant, so a list of enum values holds different ones (and `uniqueItems` holds).
    for (let i = 0; items.length < length && i < length + this.choices; i++) {
      const item = this.sample(schema.items ?? {}, base, variant + i);
      const key = JSON.stringify(item);
      if (schema.uniqueItems === true && seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
    return items;
  }

  private choose<T>(options: readonly T[], variant: number): T {
    this.choices = Math.max(this.choices, options.length);
    return options[variant % options.length] as T;
  }

  /** A `$ref` resolved against the `$id` of the file it is in, as Ajv resolves it. */
  private resolve(ref: string, base: string): [unknown, string] {
    const url = new URL(ref, base).href;
    const { file, pointer } = splitRef(url);
    const document = this.documents.get(file);
    const target = document === undefined ? undefined : resolvePointer(document, pointer);
    if (target === undefined) throw new Error(`cannot resolve $ref ${ref} in ${base}`);
    return [target, file];
  }
}

function inferredType(schema: SchemaObject): string {
  if (isRecord(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return 'string';
}

function stringSample(schema: SchemaObject, variant: number): string {
  const long = variant % 2 === 1;
  if (typeof schema.format === 'string') {
    const format = FORMATS[schema.format];
    if (!format) throw new Error(`cannot sample the format ${schema.format}`);
    return format(variant);
  }
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : UNBOUNDED_STRING;
  if (typeof schema.pattern === 'string') return patternSampleWithin(schema.pattern, min, max, long, variant);
  return 'x'.repeat(long ? max : min);
}

/**
 * A string the pattern matches whose length is within minLength..maxLength too: the pattern's own shortest or longest
 * match, else the other one, else one of them cut to the bound it crossed (a run of a character class stays a match).
 */
function patternSampleWithin(pattern: string, min: number, max: number, long: boolean, variant: number): string {
  const matches = new RegExp(pattern, 'u');
  const fits = (s: string) => [...s].length >= min && [...s].length <= max && matches.test(s);
  const tried: string[] = [];
  for (const wantLong of [long, !long]) {
    const sample = sampleForPattern(pattern, { long: wantLong, pick: variant });
    const cuts = [sample, [...sample].slice(0, max).join(''), [...sample].slice(0, Math.max(min, 1)).join('')];
    const found = cuts.find(fits);
    if (found !== undefined) return found;
    tried.push(sample);
  }
  throw new Error(`cannot sample pattern ${pattern} within ${min}..${max} characters (made ${tried.map((t) => JSON.stringify(t.slice(0, 40))).join(', ')})`);
}

function numberSample(schema: SchemaObject, type: 'integer' | 'number', variant: number): number {
  const step = type === 'integer' ? 1 : 0.5;
  const num = (key: string): number | undefined => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  const exclusiveMin = num('exclusiveMinimum');
  const exclusiveMax = num('exclusiveMaximum');
  const low = num('minimum') ?? (exclusiveMin === undefined ? undefined : exclusiveMin + step);
  const high = num('maximum') ?? (exclusiveMax === undefined ? undefined : exclusiveMax - step);
  // Where a side is open, reach far along it: every fourth variant goes below zero if nothing forbids it.
  if (variant % 2 === 1) return high ?? Math.max(low ?? 0, 0) + LARGE;
  if (low !== undefined) return low;
  return variant % 4 === 2 ? Math.min(high ?? 0, 0) - LARGE : Math.min(high ?? 0, 0);
}
