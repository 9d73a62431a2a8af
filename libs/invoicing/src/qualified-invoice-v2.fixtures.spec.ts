import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CreditNoteV2Input, validateCreditNoteV2 } from './credit-note-v2';
import type { InvoiceIssue } from './invoice-fields';
import type { ComputedInvoiceV2 } from './priced-invoice-tax';
import { type QualifiedInvoiceV2Input, validateQualifiedInvoiceV2 } from './qualified-invoice-v2';

/** v2 fixtures as files (see test/fixtures-v2/README.md): one `it` per file, an invoice or a credit note. */
const FIXTURES = join(__dirname, '..', 'test', 'fixtures-v2');

type Totals = Pick<ComputedInvoiceV2, 'byRate' | 'nonTaxableYen' | 'netYen' | 'taxYen' | 'grossYen'>;

interface Fixture {
  description: string;
  today: string;
  invoice?: QualifiedInvoiceV2Input;
  creditNote?: CreditNoteV2Input;
  expectTotals?: Totals;
  expectReturnInvoice?: boolean;
  expectIssue?: InvoiceIssue;
}

const fixtures = (kind: 'ok' | 'not-ok') =>
  readdirSync(join(FIXTURES, kind))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(FIXTURES, kind, file), 'utf8')) as Fixture] as const);

function validate(fixture: Fixture) {
  if (fixture.invoice && !fixture.creditNote) return validateQualifiedInvoiceV2(fixture.invoice, fixture.today);
  if (fixture.creditNote && !fixture.invoice) return validateCreditNoteV2(fixture.creditNote, fixture.today);
  throw new Error('a v2 fixture holds exactly one of invoice or creditNote');
}

describe('qualified invoice v2 fixtures', () => {
  it.each(fixtures('ok'))('accepts ok/%s', (_file, fixture) => {
    const result = validate(fixture);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    const { byRate, nonTaxableYen, netYen, taxYen, grossYen, lines } = result.computed;
    expect({ byRate, nonTaxableYen, netYen, taxYen, grossYen }).toEqual(fixture.expectTotals);
    expect(lines.reduce((sum, line) => sum + line.grossYen, 0)).toBe(grossYen);
    expect(lines.reduce((sum, line) => sum + line.taxYen, 0)).toBe(taxYen);
    if (fixture.creditNote) expect('returnInvoice' in result && result.returnInvoice).toBe(fixture.expectReturnInvoice);
  });

  it.each(fixtures('not-ok'))('refuses not-ok/%s, naming the field', (_file, fixture) => {
    const result = validate(fixture);
    expect(result.ok).toBe(false);
    const { field, reason } = fixture.expectIssue as InvoiceIssue;
    expect(result.ok ? [] : result.issues).toContainEqual({ field, reason: expect.stringContaining(reason) });
  });

  it('has fixtures of both kinds', () => {
    expect(fixtures('ok').length).toBeGreaterThan(0);
    expect(fixtures('not-ok').length).toBeGreaterThan(0);
  });
});
