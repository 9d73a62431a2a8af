/**
 * Positional parameters for a raw query, bound as the conditions that use them are written, so a filter that was not
 * asked for adds neither a condition nor a parameter.
 */
export class PositionalParams {
  readonly values: unknown[] = [];

  /** Adds a value and gives its placeholder ($1, $2 …). */
  readonly bind = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

/** The WHERE clause of the conditions that apply; empty when none does. */
export function whereAll(conditions: readonly (string | null | undefined | false)[]): string {
  const applying = conditions.filter((c): c is string => typeof c === 'string' && c.length > 0);
  return applying.length > 0 ? `WHERE ${applying.join(' AND ')}` : '';
}

/**
 * A pattern for `ILIKE … ESCAPE '\'` that finds `text` anywhere: a searcher's % or _ is a character they look for,
 * not a wildcard that would match every row.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
