import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvoiceIssue } from './invoice-fields';
import { type QualifiedInvoiceInput, validateQualifiedInvoice } from './qualified-invoice';

/** Fixtures as files (see test/fixtures/README.md): one `it` per file. */
const FIXTURES = join(__dirname, '..', 'test', 'fixtures');

interface Fixture {
  description: string;
  today: string;
  invoice: QualifiedInvoiceInput;
  expectTotals?: { netYen: number; taxYen: number; grossYen: number };
  expectIssue?: InvoiceIssue;
}

const fixtures = (kind: 'ok' | 'not-ok') =>
  readdirSync(join(FIXTURES, kind))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(FIXTURES, kind, file), 'utf8')) as Fixture] as const);

describe('qualified invoice fixtures', () => {
  it.each(fixtures('ok'))('accepts ok/%s', (_file, fixture) => {
    const result = validateQualifiedInvoice(fixture.invoice, fixture.today);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const { netYen, taxYen, grossYen } = result.computed.tax;
    expect({ netYen, taxYen, grossYen }).toEqual(fixture.expectTotals);
    expect(result.computed.lines.reduce((sum, line) => sum + line.grossYen, 0)).toBe(grossYen);
  });

  it.each(fixtures('not-ok'))('refuses not-ok/%s, naming the field', (_file, fixture) => {
    const result = validateQualifiedInvoice(fixture.invoice, fixture.today);
    expect(result.ok).toBe(false);
    const { field, reason } = fixture.expectIssue as InvoiceIssue;
    expect(result.ok ? [] : result.issues).toContainEqual({ field, reason: expect.stringContaining(reason) });
  });

  it('has fixtures of both kinds', () => {
    expect(fixtures('ok').length).toBeGreaterThan(0);
    expect(fixtures('not-ok').length).toBeGreaterThan(0);
  });
});
