import type Ajv from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats';
import type { ContractIssue } from './contract-issues';

/**
 * Formats as our storage and runtime understand them, stricter than the JSON Schema letter: a `uuid`
 * PostgreSQL stores (ajv-formats also takes a `urn:uuid:` prefix), and a `date-time` JavaScript can
 * represent (RFC 3339 allows a leap second, `…:60Z`, which becomes an invalid Date). Input that passes the
 * contract must never fail later in the database with a 500.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function addStrictFormats(ajv: Ajv): void {
  const rfc3339 = fullFormats['date-time'] as { validate: (value: string) => boolean };
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('date-time', { type: 'string', validate: (value) => rfc3339.validate(value) && !Number.isNaN(new Date(value).getTime()) });
}

/**
 * JSON numbers beyond 2^53 lose digits in JSON.parse before any schema sees them, so a yen amount or a
 * count that large is refused outright instead of being stored as a different number.
 */
export function unsafeIntegerIssues(data: unknown, path = ''): ContractIssue[] {
  if (typeof data === 'number') {
    return Number.isInteger(data) && !Number.isSafeInteger(data)
      ? [{ field: path || '(root)', reason: 'is too large to be represented exactly (over 9007199254740991)' }]
      : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => unsafeIntegerIssues(item, `${path}[${i}]`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => unsafeIntegerIssues(value, path ? `${path}.${key}` : key));
  }
  return [];
}
