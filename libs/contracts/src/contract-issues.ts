import type { ErrorObject } from 'ajv';

/** One reason an input broke its contract: a dotted field path and a plain-English reason. */
export interface ContractIssue {
  field: string;
  reason: string;
}

export const ROOT_FIELD = '(root)';

/** Issues as one line for a log or an error message: `insured.name is required; scope is required`. */
export function describeIssues(issues: readonly ContractIssue[]): string {
  return issues.map((issue) => `${issue.field} ${issue.reason}`).join('; ');
}

const FORMAT_REASONS: Record<string, string> = {
  'date-time': 'must be a date-time (ISO-8601)',
  date: 'must be a date (YYYY-MM-DD)',
  uuid: 'must be a UUID',
  email: 'must be an e-mail address',
  uri: 'must be a URI',
};

const ARTICLE: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/**
 * Turns ajv errors into `{ field, reason }` issues a partner or a coordinator can act on. Ajv's own
 * messages name the parent object for a missing or extra property; callers want the property itself.
 */
export function toContractIssues(errors: readonly ErrorObject[], data: unknown): ContractIssue[] {
  const seen = new Map<string, ContractIssue>();
  for (const error of mergeAlternatives(errors, data)) {
    const issue = 'field' in error ? error : toIssue(error, data);
    if (issue) seen.set(`${issue.field}\u0000${issue.reason}`, issue);
  }
  return [...seen.values()];
}

/**
 * A failed `anyOf` (e.g. "a status or null") comes as one error per branch, just before a "must match a
 * schema in anyOf"; one issue saying "must be one of: … or must be null" is what a reader needs. Branch
 * errors are found by position because a branch that is a `$ref` reports the referenced schema's path.
 */
function mergeAlternatives(errors: readonly ErrorObject[], data: unknown): (ErrorObject | ContractIssue)[] {
  const out: (ErrorObject | ContractIssue)[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      out.push(error);
      continue;
    }
    const reasons: string[] = [];
    for (let last = out.at(-1); last && 'keyword' in last && last.instancePath === error.instancePath; last = out.at(-1)) {
      const reason = toIssue(last, data)?.reason;
      if (reason) reasons.unshift(reason);
      out.pop();
    }
    const field = formatPath(pointerToSegments(error.instancePath, data));
    out.push({ field, reason: reasons.length > 0 ? reasons.join(' or ') : 'matches none of the allowed forms' });
  }
  return out;
}

function toIssue(error: ErrorObject, data: unknown): ContractIssue | undefined {
  const path = pointerToSegments(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  const at = (reason: string, ...extra: string[]): ContractIssue => ({ field: formatPath([...path, ...extra]), reason });
  switch (error.keyword) {
    // "must match then schema" only repeats the `required` error it comes with.
    case 'if':
      return undefined;
    case 'required':
      return at('is required', String(params.missingProperty));
    case 'dependentRequired':
      return at(`is required when ${String(params.property)} is present`, String(params.missingProperty));
    case 'additionalProperties':
      return at('is not allowed', String(params.additionalProperty));
    case 'unevaluatedProperties':
      return at('is not allowed', String(params.unevaluatedProperty));
    case 'type':
      return at(`must be ${toList(params.type).map((t) => ARTICLE[t] ?? t).join(' or ')}`);
    case 'enum':
      return at(`must be one of: ${toList(params.allowedValues).join(', ')}`);
    case 'const':
      return at(`must be ${JSON.stringify(params.allowedValue)}`);
    case 'format':
      return at(FORMAT_REASONS[String(params.format)] ?? `must be a valid ${String(params.format)}`);
    case 'pattern':
      return at(`must match the pattern ${String(params.pattern)}`);
    case 'minLength':
      return at(params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`);
    case 'maxLength':
      return at(`must be at most ${String(params.limit)} characters long`);
    case 'minimum':
      return at(`must be at least ${String(params.limit)}`);
    case 'maximum':
      return at(`must be at most ${String(params.limit)}`);
    case 'exclusiveMinimum':
      return at(`must be greater than ${String(params.limit)}`);
    case 'exclusiveMaximum':
      return at(`must be less than ${String(params.limit)}`);
    case 'minItems':
      return at(`must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`);
    case 'maxItems':
      return at(`must have at most ${String(params.limit)} items`);
    case 'uniqueItems':
      return at(`must not contain duplicates (items ${String(params.j)} and ${String(params.i)} are the same)`);
    default:
      return at(error.message ?? `fails ${error.keyword}`);
  }
}

function toList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

type Segment = string | number;

/** JSON pointer to segments; a segment is an index only where the data at that point is an array. */
function pointerToSegments(pointer: string, data: unknown): Segment[] {
  if (pointer === '') return [];
  const segments: Segment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

function formatPath(segments: readonly Segment[]): string {
  if (segments.length === 0) return ROOT_FIELD;
  // A property named "" (a hostile body's) is shown as "", so the field is never empty.
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s || '""' : `.${s || '""'}`)).join('');
}
