import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel, partnerMismatch } from '@hub/auth';
import type { CreditNoteRequestV2 } from '@hub/contracts';
import { type CreditLine, releaseCredit } from '@hub/coverage';
import { conflict, type FieldIssue, invalidInput, unprocessable, forbidden } from '@hub/refusals';
import { normaliseInvoiceNumber, validateCreditNoteV2 } from '@hub/invoicing';
import { CaseEntity } from '../../cases/case.entity';
import { caseFactsOf, counterLimits, jstDate, termsOf } from '../../settlement/coverage-facts';
import { LimitsLedger } from '../../settlement/limits-ledger';
import { PayoutInstructions } from '../../settlement/payout-instructions';
import { RedecideCutLines, type RedecisionOutcome } from '../../settlement/usecases/redecide-cut-lines.usecase';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity } from '../invoice.entity';
import { InvoiceRepository } from '../invoice.repository';

export interface CreditNoteResult {
  creditNoteId: string;
  returnInvoice: boolean;
  invoice: InvoiceEntity;
  creditedYen: number;
  coveredReleasedYen: number;
  payoutReducedYen: number;
  recoveryDueYen: number;
  redecisions: RedecisionOutcome[];
}

/**
 * A partner credits (part of) a settled invoice. The limits the credited yen used are released through the
 * ledger. Covered yen no longer owed first reduce the invoice's payouts not yet paid (each reduction an
 * amendment the insurer is told of, hub.payout.amended.v1); only yen already paid become a recovery due. The
 * released room then goes to lines a limit cut, re-decided in their original order — all in one transaction.
 */
@Injectable()
export class SubmitCreditNote {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invoices: InvoiceRepository,
    private readonly ledger: LimitsLedger,
    private readonly payouts: PayoutInstructions,
    private readonly redecide: RedecideCutLines,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(request: CreditNoteRequestV2, { actor, correlationId }: ActorContext): Promise<CreditNoteResult> {
    const mismatch = partnerMismatch(actor, request.partnerId);
    if (mismatch) throw forbidden('partner_mismatch', `Credit note ${request.creditNoteNumber} names another partner than yours`, [{ field: 'partnerId', reason: mismatch }]);
    const checked = validateCreditNoteV2(request, jstDate(new Date()));
    if (!checked.ok) throw invalidInput(`Credit note ${request.creditNoteNumber} is not a valid credit note`, checked.issues);
    const { computed } = checked;
    const normalisedNumber = normaliseInvoiceNumber(request.creditNoteNumber);

    return this.dataSource.transaction(async (tx) => {
      const found = await this.invoices.findByNumber(tx, request.partnerId, request.invoiceNumber, normaliseInvoiceNumber(request.invoiceNumber));
      if (!found) {
        throw unprocessable('unknown_invoice', `${request.partnerId} has no invoice ${request.invoiceNumber}`, [
          { field: 'invoiceNumber', reason: `is not an invoice of ${request.partnerId}` },
        ]);
      }
      // The policy's lock before the invoice's row, the order every ledger writer takes them in (approval does too),
      // so a credit note re-deciding other invoices never waits for a row whose holder waits for the policy.
      const policy = await this.ledger.lockPolicy(tx, found.policyId);
      const invoice = (await this.invoices.findForUpdate(tx, found.id)) as InvoiceEntity;
      await this.invoices.lockNumber(tx, 'credit_note', request.partnerId, normalisedNumber);
      if (await this.invoices.creditNoteExists(tx, request.partnerId, normalisedNumber)) {
        throw conflict('duplicate_credit_note_number', `${request.partnerId} already submitted credit note ${request.creditNoteNumber}`);
      }
      const mismatches = againstInvoice(invoice, request, computed.grossYen);
      if (mismatches.length > 0) throw unprocessable('credit_note_mismatch', `Credit note ${request.creditNoteNumber} does not match invoice ${invoice.invoiceNumber}`, mismatches);
      const current = await this.invoices.currentDecisionOf(tx, invoice.id);
      if (!current) throw conflict('invoice_not_settled', `Invoice ${request.invoiceNumber} is ${invoice.state}; only a settled invoice can be credited`);

      const credits: CreditLine[] = request.lines.map((line, i) => ({ lineNo: line.invoiceLineNo, amountYen: computed.lines[i].grossYen }));
      const alreadyCredited = (await this.invoices.creditsOf(tx, [invoice.id])).get(invoice.id) ?? [];
      const problems = overCredited(invoice, credits, alreadyCredited);
      if (problems.length > 0) throw unprocessable('credit_exceeds_invoice', `Credit note ${request.creditNoteNumber} credits more than the invoice has left`, problems);

      const release = releaseCredit({ decision: current.decision, credits, alreadyCredited });
      const creditNoteId = randomUUID();
      await this.invoices.insertCreditNote(tx, {
        id: creditNoteId, partnerId: request.partnerId, number: request.creditNoteNumber, normalisedNumber, invoiceId: invoice.id, lines: credits,
        grossYen: computed.grossYen, released: release, returnInvoice: checked.returnInvoice, payoutReducedYen: 0, recoveryDueYen: 0,
      });
      const incidentCase = await tx.getRepository(CaseEntity).findOneByOrFail({ id: invoice.caseId });
      const ledger = await this.ledger.open(tx, invoice.policyId, invoice.caseId, counterLimits(termsOf(policy), caseFactsOf(incidentCase)));
      await this.ledger.post(tx, ledger, release.postings, { kind: 'credit_note', id: creditNoteId });
      const payoutReducedYen = await this.payouts.amendUnpaid(tx, invoice, policy.policyNumber, creditNoteId, release.coveredReleasedYen, correlationId);
      const recoveryDueYen = release.coveredReleasedYen - payoutReducedYen;
      await tx.query('UPDATE credit_notes SET payout_reduced_yen = $2, recovery_due_yen = $3 WHERE id = $1', [creditNoteId, payoutReducedYen, recoveryDueYen]);

      invoice.state = 'credited';
      invoice.creditedYen += release.creditedYen;
      invoice.recoveryDueYen += recoveryDueYen;
      invoice.updatedAt = new Date();
      await this.invoices.save(tx, invoice);
      await this.timeline.append(tx, {
        caseId: invoice.caseId,
        orderId: invoice.orderId,
        kind: 'invoice_credited',
        actor: actorLabel(actor),
        note: `credit note ${request.creditNoteNumber}: ¥${release.creditedYen.toLocaleString('ja-JP')} credited, ¥${release.coveredReleasedYen.toLocaleString('ja-JP')} of cover released${payoutReducedYen ? `, unpaid payouts reduced by ¥${payoutReducedYen.toLocaleString('ja-JP')}` : ''}${recoveryDueYen ? `, ¥${recoveryDueYen.toLocaleString('ja-JP')} to recover` : ''}`,
        occurredAt: invoice.updatedAt,
      });
      const redecisions = await this.redecide.execute(tx, policy, `credit note ${request.creditNoteNumber}`, correlationId);
      const after = (await this.invoices.findById(tx, invoice.id)) as InvoiceEntity;
      return { creditNoteId, returnInvoice: checked.returnInvoice, invoice: after, creditedYen: release.creditedYen, coveredReleasedYen: release.coveredReleasedYen, payoutReducedYen, recoveryDueYen, redecisions };
    });
  }
}

/**
 * A credit note must come from the invoice's issuer (where it names one), credit each line in the line's own tax
 * category and rate, and credit something.
 */
function againstInvoice(invoice: InvoiceEntity, request: CreditNoteRequestV2, grossYen: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (request.issuerRegistrationNumber !== undefined && request.issuerRegistrationNumber !== invoice.registrationNumber) {
    issues.push({ field: 'issuerRegistrationNumber', reason: `must be the invoice's issuer ${invoice.registrationNumber}` });
  }
  request.lines.forEach((line, i) => {
    const invoiced = invoice.lines.find((l) => l.lineNo === line.invoiceLineNo);
    if (!invoiced) return;
    const category = invoiced.taxCategory ?? 'taxable';
    if (category !== line.taxCategory) issues.push({ field: `lines[${i}].taxCategory`, reason: `must be the credited line's, ${category}` });
    else if (invoiced.taxRate !== (line.taxRate ?? null)) issues.push({ field: `lines[${i}].taxRate`, reason: `must be the credited line's rate, ${invoiced.taxRate}%` });
  });
  if (grossYen === 0) issues.push({ field: 'lines', reason: 'must credit more than ¥0' });
  return issues;
}

function overCredited(invoice: InvoiceEntity, credits: CreditLine[], already: CreditLine[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  credits.forEach((credit, i) => {
    const line = invoice.lines.find((l) => l.lineNo === credit.lineNo);
    if (!line) {
      issues.push({ field: `lines[${i}].invoiceLineNo`, reason: `invoice ${invoice.invoiceNumber} has no line ${credit.lineNo}` });
      return;
    }
    const total = [...already, credit].filter((c) => c.lineNo === credit.lineNo).reduce((sum, c) => sum + c.amountYen, 0);
    if (total > line.grossYen) {
      issues.push({ field: `lines[${i}].unitPriceYen`, reason: `brings the credit on line ${credit.lineNo} to ¥${total}, beyond its ¥${line.grossYen}` });
    }
  });
  return issues;
}
