/** One problem with an input, naming the field (dotted path, e.g. `lines[2].amountYen`) and why. */
export interface FieldIssue {
  readonly field: string;
  readonly reason: string;
}

/**
 * Thrown when a settlement or credit input breaks the library's contract (unsafe integers, unknown
 * categories, duplicate line numbers, more credited than invoiced). Such input is a bug in the caller —
 * invoices are validated before they reach settlement — so it is refused loudly, never settled.
 * Policy terms, which come from people, are instead answered with `{ ok: false, issues }`.
 */
export class CoverageInputError extends Error {
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(`${message}: ${issues.map((issue) => `${issue.field} ${issue.reason}`).join('; ')}`);
    this.name = 'CoverageInputError';
  }
}

/** Collects issues and throws them together, so a caller sees every problem at once. */
export class IssueCollector {
  private readonly found: FieldIssue[] = [];

  add(field: string, reason: string): void {
    this.found.push({ field, reason });
  }

  check(condition: boolean, field: string, reason: string): void {
    if (!condition) this.add(field, reason);
  }

  get issues(): readonly FieldIssue[] {
    return this.found;
  }

  throwIfAny(message: string): void {
    if (this.found.length > 0) throw new CoverageInputError(message, this.found);
  }
}
