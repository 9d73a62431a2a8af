import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { CreditNoteRequestV1 } from '@hub/contracts';
import { type CreditLine, releaseCredit } from '@hub/coverage';
import { conflict, FieldIssue, invalidInput, unprocessable } from '@hub/http';
import { validateQualifiedInvoice } from '@hub/invoicing';
import { jstDate } from '../../settlement/coverage-facts';
import { LimitsLedger } from '../../settlement/limits-ledger';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity } from '../invoice.entity';
import { InvoiceRepository } from '../invoice.repository';

export interface CreditNoteResult {
  creditNoteId: string;
  invoice: InvoiceEntity;
  creditedYen: number;
  coveredReleasedYen: number;
  recoveryDueYen: number;
}

/**
 * A partner credits (part of) a settled invoice. The limits the credited yen used are released through
 * the ledger, and covered yen no longer owed are recorded as a recovery due from the payee. The payout
 * instruction already sent to the insurer is never changed behind its back: it is paid as instructed and
 * the difference recovered (an amendment event to the insurer would let unpaid payouts shrink instead).
 */
@Injectable()
export class SubmitCreditNote {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceRepository,
    private readonly ledger: LimitsLedger,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(request: CreditNoteRequestV1): Promise<CreditNoteResult> {
    // A credit note is a qualified document too: same registration, tax-per-rate and totals rules.
    const checked = validateQualifiedInvoice(
      {
        ...request,
        orderRef: request.invoiceNumber,
        invoiceNumber: request.creditNoteNumber,
        lines: request.lines.map((line) => ({ ...line, category: 'credit' })),
      },
      jstDate(new Date()),
    );
    if (!checked.ok) throw invalidInput(`Credit note ${request.creditNoteNumber} is not a valid qualified document`, checked.issues);

    return this.dataSource.transaction(async (tx) => {
      const invoice = await this.invoices.findByNumberForUpdate(tx, request.partnerId, request.invoiceNumber);
      if (!invoice) {
        throw unprocessable('unknown_invoice', `${request.partnerId} has no invoice ${request.invoiceNumber}`, [
          { field: 'invoiceNumber', reason: `is not an invoice of ${request.partnerId}` },
        ]);
      }
      const [known] = await tx.query('SELECT 1 FROM credit_notes WHERE partner_id = $1 AND credit_note_number = $2', [request.partnerId, request.creditNoteNumber]);
      if (known) throw conflict('duplicate_credit_note_number', `${request.partnerId} already submitted credit note ${request.creditNoteNumber}`);
      const mismatches = againstInvoice(invoice, request, checked.computed.tax.grossYen);
      if (mismatches.length > 0) throw unprocessable('credit_note_mismatch', `Credit note ${request.creditNoteNumber} does not match invoice ${invoice.invoiceNumber}`, mismatches);
      const decision = await this.invoices.decisionOf(tx, invoice.id);
      if (!decision) throw conflict('invoice_not_settled', `Invoice ${request.invoiceNumber} is ${invoice.state}; only a settled invoice can be credited`);

      const credits: CreditLine[] = request.lines.map((line, i) => ({ lineNo: line.invoiceLineNo, amountYen: checked.computed.lines[i].grossYen }));
      const alreadyCredited = await this.earlierCredits(tx, invoice.id);
      const problems = overCredited(invoice, credits, alreadyCredited);
      if (problems.length > 0) throw unprocessable('credit_exceeds_invoice', `Credit note ${request.creditNoteNumber} credits more than the invoice has left`, problems);

      await this.ledger.lockPolicy(tx, invoice.policyId);
      const release = releaseCredit({ decision: decision.decision, credits: mergeByLine(credits), alreadyCredited });
      const creditNoteId = randomUUID();
      const inserted: unknown[] = await tx.query(
        `INSERT INTO credit_notes (id, partner_id, credit_note_number, invoice_id, lines, gross_yen, released, recovery_due_yen)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0) ON CONFLICT (partner_id, credit_note_number) DO NOTHING RETURNING id`,
        [creditNoteId, request.partnerId, request.creditNoteNumber, invoice.id, JSON.stringify(credits), checked.computed.tax.grossYen, JSON.stringify(release)],
      );
      if (inserted.length === 0) throw conflict('duplicate_credit_note_number', `${request.partnerId} already submitted credit note ${request.creditNoteNumber}`);

      const ledger = await this.ledger.open(tx, invoice.policyId, invoice.caseId);
      await this.ledger.post(tx, ledger, release.postings, { kind: 'credit_note', id: creditNoteId });
      const recoveryDueYen = release.coveredReleasedYen;
      await tx.query('UPDATE credit_notes SET recovery_due_yen = $2 WHERE id = $1', [creditNoteId, recoveryDueYen]);

      invoice.state = 'credited';
      invoice.recoveryDueYen += recoveryDueYen;
      invoice.updatedAt = new Date();
      await this.invoices.save(tx, invoice);
      await this.timeline.append(tx, {
        caseId: invoice.caseId,
        orderId: invoice.orderId,
        kind: 'invoice_credited',
        actor: `partner:${invoice.partnerId}`,
        note: `credit note ${request.creditNoteNumber}: ¥${release.creditedYen.toLocaleString('ja-JP')} credited, ¥${release.coveredReleasedYen.toLocaleString('ja-JP')} of cover released${recoveryDueYen ? `, ¥${recoveryDueYen.toLocaleString('ja-JP')} to recover` : ''}`,
        occurredAt: invoice.updatedAt,
      });
      return { creditNoteId, invoice, creditedYen: release.creditedYen, coveredReleasedYen: release.coveredReleasedYen, recoveryDueYen };
    });
  }

  private async earlierCredits(tx: EntityManager, invoiceId: string): Promise<CreditLine[]> {
    const rows: { lines: CreditLine[] }[] = await tx.query('SELECT lines FROM credit_notes WHERE invoice_id = $1', [invoiceId]);
    return rows.flatMap((r) => r.lines);
  }
}

/** A credit note must come from the invoice's issuer, credit at the invoiced line's tax rate, and credit something. */
function againstInvoice(invoice: InvoiceEntity, request: CreditNoteRequestV1, grossYen: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (request.issuerRegistrationNumber !== invoice.registrationNumber) {
    issues.push({ field: 'issuerRegistrationNumber', reason: `must be the invoice's issuer ${invoice.registrationNumber}` });
  }
  request.lines.forEach((line, i) => {
    const invoiced = invoice.lines.find((l) => l.lineNo === line.invoiceLineNo);
    if (invoiced && invoiced.taxRate !== line.taxRate) {
      issues.push({ field: `lines[${i}].taxRate`, reason: `must be the credited line's rate, ${invoiced.taxRate}%` });
    }
  });
  if (grossYen === 0) issues.push({ field: 'stated.grossYen', reason: 'must credit more than ¥0' });
  return issues;
}

function mergeByLine(credits: CreditLine[]): CreditLine[] {
  const sums = new Map<number, number>();
  for (const c of credits) sums.set(c.lineNo, (sums.get(c.lineNo) ?? 0) + c.amountYen);
  return [...sums].map(([lineNo, amountYen]) => ({ lineNo, amountYen }));
}

function overCredited(invoice: InvoiceEntity, credits: CreditLine[], already: CreditLine[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  credits.forEach((credit, i) => {
    const line = invoice.lines.find((l) => l.lineNo === credit.lineNo);
    if (!line) {
      issues.push({ field: `lines[${i}].invoiceLineNo`, reason: `invoice ${invoice.invoiceNumber} has no line ${credit.lineNo}` });
      return;
    }
    const total = [...already, ...credits.slice(0, i + 1)].filter((c) => c.lineNo === credit.lineNo).reduce((sum, c) => sum + c.amountYen, 0);
    if (total > line.grossYen) {
      issues.push({ field: `lines[${i}].unitPriceYen`, reason: `brings the credit on line ${credit.lineNo} to ¥${total}, beyond its ¥${line.grossYen}` });
    }
  });
  return issues;
}
