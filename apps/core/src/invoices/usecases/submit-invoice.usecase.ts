import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, actorLabel, partnerMismatch } from '@hub/auth';
import type { InvoiceV2 } from '@hub/contracts';
import { conflict, type FieldIssue, invalidInput, unprocessable, forbidden } from '@hub/refusals';
import { normaliseInvoiceNumber, validateQualifiedInvoiceV2 } from '@hub/invoicing';
import { findPartner } from '@hub/partners';
import { CaseRepository } from '../../cases/case.repository';
import { CoreConfig } from '../../core.config';
import { OrderRepository } from '../../orders/order.repository';
import { partnerRegistrations, registrationNumberOf } from '../../partner-registrations';
import { jstDate } from '../../settlement/coverage-facts';
import { LimitsLedger } from '../../settlement/limits-ledger';
import { PolicyGroupCommit } from '../../settlement/policy-group-commit';
import { SettleInvoice } from '../../settlement/usecases/settle-invoice.usecase';
import { PolicyEntity } from '../../policies/policy.entity';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { InvoiceEntity, StoredInvoiceLine } from '../invoice.entity';
import { approvalReason, invoiceRefusal } from '../invoice-policy';
import { InvoiceRepository } from '../invoice.repository';

/**
 * A partner's invoice arrives (from its adapter, or directly). It must be a valid qualified invoice
 * (@hub/invoicing v2) carrying the partner's own registration number, for an order of the same partner that the
 * partner accepted, on a case with confirmed coverage (unless the insured bears the order's cost). The same
 * invoice under another spelling of its number is refused as a duplicate; one that matches an earlier invoice's
 * partner, order, amount and date under any number is held for a coordinator. Otherwise it settles at once or
 * waits for approval, in the same transaction.
 *
 * Over HTTP the invoice gets a transaction of its own; from Kafka it runs in the inbox's (`tx`), so the invoice,
 * its settlement and the event's processed mark commit together or not at all.
 */
@Injectable()
export class SubmitInvoice {
  private readonly logger = new Logger(SubmitInvoice.name);
  private readonly registrations: ReadonlyMap<string, string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: CoreConfig,
    private readonly orders: OrderRepository,
    private readonly cases: CaseRepository,
    private readonly invoices: InvoiceRepository,
    private readonly settle: SettleInvoice,
    private readonly timeline: TimelineRepository,
    private readonly ledger: LimitsLedger,
    private readonly groupCommit: PolicyGroupCommit,
  ) {
    this.registrations = partnerRegistrations(config.PARTNER_REGISTRATION_NUMBERS);
  }

  async execute(request: InvoiceV2, { actor, correlationId }: ActorContext, tx?: EntityManager): Promise<InvoiceEntity> {
    const mismatch = partnerMismatch(actor, request.partnerId);
    if (mismatch) throw forbidden('partner_mismatch', `Invoice ${request.invoiceNumber} names another partner than yours`, [{ field: 'partnerId', reason: mismatch }]);
    const checked = validateQualifiedInvoiceV2({ ...request, orderRef: request.orderId }, jstDate(new Date()));
    const issues = [...(checked.ok ? [] : checked.issues), ...condolenceIssues(request)];
    if (!checked.ok || issues.length > 0) throw invalidInput(`Invoice ${request.invoiceNumber} is not a valid qualified invoice`, issues);
    const expected = registrationNumberOf(request.partnerId, this.registrations);
    if (expected && request.issuerRegistrationNumber !== expected) {
      throw unprocessable('registration_number_mismatch', `Invoice ${request.invoiceNumber} does not carry ${findPartner(request.partnerId)?.name ?? request.partnerId}'s registration number`, [
        { field: 'issuerRegistrationNumber', reason: `is not ${request.partnerId}'s registration number (${expected})` },
      ]);
    }
    const { computed } = checked;
    const normalisedNumber = normaliseInvoiceNumber(request.invoiceNumber);
    const store = async (tx: EntityManager, lockedPolicy?: PolicyEntity): Promise<InvoiceEntity> => {
      // The policy's lock before the order's row, the order every ledger writer takes them in: a batch of decisions
      // holds its policy while it locks each invoice's order, so nobody may hold an order while waiting for its policy.
      const policyId = lockedPolicy ? undefined : await this.orders.policyOfPartnerOrder(tx, request.partnerId, request.orderId);
      const policy = lockedPolicy ?? (policyId ? await this.ledger.lockPolicy(tx, policyId) : undefined);
      // The partner id is part of the lookup: another partner's order is indistinguishable from none.
      const order = await this.orders.findForPartnerForUpdate(tx, request.partnerId, request.orderId);
      if (!order) {
        throw unprocessable('wrong_partner_for_order', `Order ${request.orderId} is not an order of ${request.partnerId}`, [
          { field: 'orderId', reason: `is not an order of ${request.partnerId}` },
        ]);
      }
      const notInvoiceable = invoiceRefusal(order);
      if (notInvoiceable) throw conflict('order_not_invoiceable', `Order ${order.id} cannot be invoiced: ${notInvoiceable}`);
      const incidentCase = await this.cases.findById(tx, order.caseId);
      if (!incidentCase) throw new Error(`Order ${order.id} refers to missing case ${order.caseId}`);
      if (order.insured && incidentCase.coverageStatus !== 'confirmed') {
        throw conflict('coverage_not_confirmed', `Coverage for case ${order.caseId} is not confirmed; its fees cannot be settled`);
      }
      await this.invoices.lockNumber(tx, 'invoice', request.partnerId, normalisedNumber);
      const gross = computed.grossYen;
      const { same, lookalike } = await this.invoices.findEarlier(tx, { partnerId: request.partnerId, normalisedNumber, orderId: order.id, grossYen: gross, issueDate: request.issueDate });
      if (same) {
        this.logger.warn(`refused ${request.partnerId} invoice "${request.invoiceNumber}": the same number as "${same.invoiceNumber}" (${same.id})`);
        throw conflict('duplicate_invoice_number', `${request.partnerId} already submitted this invoice as "${same.invoiceNumber}" (invoice ${same.id}); "${request.invoiceNumber}" is the same number written another way`);
      }
      const now = new Date();
      const fields: InvoiceEntity = {
        id: randomUUID(),
        partnerId: request.partnerId,
        invoiceNumber: request.invoiceNumber,
        normalisedNumber,
        orderId: order.id,
        caseId: order.caseId,
        policyId: incidentCase.policyId,
        issueDate: request.issueDate,
        issuerName: request.issuerName,
        recipientName: request.recipientName,
        supplyFrom: request.supplyDate ?? request.supplyPeriod?.from ?? null,
        supplyTo: request.supplyDate ?? request.supplyPeriod?.to ?? null,
        pricing: computed.pricing,
        registrationNumber: request.issuerRegistrationNumber,
        roundingMode: request.roundingMode,
        lines: request.lines.map((line, i): StoredInvoiceLine => ({
          lineNo: i + 1,
          description: line.description,
          category: line.category,
          quantity: line.quantity,
          unitPriceYen: line.unitPriceYen,
          taxCategory: line.taxCategory,
          taxRate: line.taxRate ?? null,
          ...(line.recipientKind ? { recipientKind: line.recipientKind } : {}),
          netYen: computed.lines[i].netYen,
          taxYen: computed.lines[i].taxYen,
          grossYen: computed.lines[i].grossYen,
        })),
        netYen: computed.netYen,
        taxYen: computed.taxYen,
        nonTaxableYen: computed.nonTaxableYen,
        grossYen: gross,
        creditedYen: 0,
        possibleDuplicateOf: null,
        state: 'submitted',
        stateReason: null,
        recoveryDueYen: 0,
        submittedAt: now,
        updatedAt: now,
      };
      const invoice = Object.assign(new InvoiceEntity(), fields);
      invoice.possibleDuplicateOf = lookalike?.id ?? null;
      if (!(await this.invoices.insertIfNew(tx, invoice))) {
        throw conflict('duplicate_invoice_number', `${request.partnerId} already submitted invoice ${request.invoiceNumber}`);
      }
      await this.timeline.append(tx, {
        caseId: invoice.caseId,
        orderId: invoice.orderId,
        kind: 'invoice_submitted',
        actor: actorLabel(actor),
        note: `invoice ${invoice.invoiceNumber}: ¥${invoice.grossYen.toLocaleString('ja-JP')}`,
        occurredAt: now,
      });
      const holdReason = lookalike
        ? `possibly a duplicate: invoice "${lookalike.invoiceNumber}" (${lookalike.id}) has the same partner, order, amount (¥${invoice.grossYen.toLocaleString('ja-JP')}) and issue date`
        : approvalReason(invoice.grossYen, order.estimateYen, {
            approvalThresholdYen: this.config.INVOICE_APPROVAL_THRESHOLD_YEN,
            estimateTolerancePercent: this.config.INVOICE_ESTIMATE_TOLERANCE_PERCENT,
          });
      if (holdReason) {
        invoice.state = 'awaiting_approval';
        invoice.stateReason = holdReason;
        await this.invoices.save(tx, invoice);
        return invoice;
      }
      await this.settle.execute(tx, invoice, order.insured, correlationId, { incidentCase, lockedPolicy: policy });
      return invoice;
    };
    if (tx) return store(tx);
    // Over HTTP the invoice joins its policy's group commit: decided in its turn in a batch of that policy's decisions,
    // answered once the batch has committed. An order that is not this partner's is refused by `store` on its own.
    const policyId = await this.orders.policyOfPartnerOrder(this.dataSource.manager, request.partnerId, request.orderId);
    return policyId ? this.groupCommit.run(policyId, store) : this.dataSource.transaction((own) => store(own));
  }
}

/**
 * A condolence line counts recipients: its quantity is how many (a whole number), its unit price each one's gift.
 * The schema requires the recipient kind; the count's wholeness is arithmetic, checked here.
 */
function condolenceIssues(request: InvoiceV2): FieldIssue[] {
  return request.lines.flatMap((line, i) =>
    line.category === 'condolence_money_or_gifts' && !Number.isSafeInteger(line.quantity)
      ? [{ field: `lines[${i}].quantity`, reason: `is the number of condolence recipients: a whole number (got ${line.quantity})` }]
      : [],
  );
}
