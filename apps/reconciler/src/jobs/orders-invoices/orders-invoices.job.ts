import { Injectable } from '@nestjs/common';
import { ReconcilerConfig } from '../../reconciler.config';
import type { FoundBreak, JobOutcome, JobRunContext, ReconciliationJob } from '../reconciliation-job';
import {
  type DuplicateInvoice,
  type InvoiceAwaitingApproval,
  type InvoiceOfUnacceptedOrder,
  type OrderAboveEstimate,
  OrdersInvoicesRepository,
  type UninvoicedOrder,
} from './orders-invoices.repository';
import { yen } from '../yen';


/**
 * Orders against invoices: work complete and not invoiced; invoiced above the order's estimate; invoiced though never
 * accepted; the same work invoiced twice; invoices waiting too long for approval. A rejected invoice counts nowhere:
 * it bills nothing. It checks the data as it stands when it runs; the business day's end (`asOf`) decides what is late.
 */
@Injectable()
export class OrdersInvoicesJob implements ReconciliationJob {
  readonly name = 'orders-invoices' as const;

  constructor(
    private readonly repository: OrdersInvoicesRepository,
    private readonly config: ReconcilerConfig,
  ) {}

  async run({ db, asOf, businessDate }: JobRunContext): Promise<JobOutcome> {
    // Uninsured orders count too: the insured bears their cost, but their invoices still come through the hub and the
    // coordinator still chases the partner for them; the summary says so.
    const uninvoiced = await this.repository.uninvoicedOrders(db, { asOf, days: this.config.UNINVOICED_AFTER_DAYS });
    const aboveEstimate = await this.repository.ordersAboveEstimate(db);
    const unaccepted = await this.repository.invoicesForUnacceptedOrders(db);
    const duplicates = await this.repository.duplicateInvoices(db);
    const waiting = await this.repository.awaitingApproval(db, { asOf, days: this.config.APPROVAL_WAITING_AFTER_DAYS });
    return {
      found: [
        ...uninvoiced.map((o) => uninvoicedFinding(o, businessDate)),
        ...aboveEstimate.map(aboveEstimateFinding),
        ...unaccepted.map(unacceptedFinding),
        ...duplicates.map(duplicateFinding),
        ...waiting.map((i) => waitingFinding(i, businessDate)),
      ],
      summary: {
        workNotInvoiced: uninvoiced.length,
        invoicedAboveEstimate: aboveEstimate.length,
        invoiceForUnacceptedOrder: unaccepted.length,
        duplicateInvoice: duplicates.length,
        approvalWaitingTooLong: waiting.length,
      },
    };
  }
}

function uninvoicedFinding(o: UninvoicedOrder, businessDate: string): FoundBreak {
  const estimate = o.estimateYen === null ? 'no estimate' : `estimate ${yen(o.estimateYen)}`;
  return {
    kind: 'work_not_invoiced',
    severity: 'warning',
    subjectType: 'order',
    subjectId: o.orderId,
    caseId: o.caseId,
    partnerId: o.partnerId,
    amountYen: o.estimateYen,
    summary: `${o.partnerId} reported the ${o.supportFunction} work of order ${o.orderId} complete on ${o.completedOn}, ${o.daysSinceComplete} days before the end of ${businessDate}, and has not invoiced it (${estimate}${o.insured ? '' : '; the insured bears its cost'})`,
    detail: { ...o },
  };
}

/**
 * One finding per order, not per invoice: the estimate is for the order's whole work, so what matters is whether its
 * invoices together (less credit notes) bill more than it, whether one invoice does or several do; the order stays the
 * subject when a further invoice arrives.
 */
function aboveEstimateFinding(o: OrderAboveEstimate): FoundBreak {
  const billed = o.invoices.length === 1 ? `invoice ${o.invoices[0].invoiceNumber} bills` : `${o.invoices.length} invoices (${o.invoices.map((i) => i.invoiceNumber).join(', ')}) bill`;
  return {
    kind: 'invoiced_above_estimate',
    severity: 'warning',
    subjectType: 'order',
    subjectId: o.orderId,
    caseId: o.caseId,
    partnerId: o.partnerId,
    amountYen: o.invoicedYen - o.estimateYen,
    summary: `Order ${o.orderId} of ${o.partnerId}: ${billed} ${yen(o.invoicedYen)}, ${yen(o.invoicedYen - o.estimateYen)} above its estimate of ${yen(o.estimateYen)}`,
    detail: { ...o },
  };
}

/** An incident: core refuses such an invoice, so one in the data was written around its rule and may be paid for work never taken on. */
function unacceptedFinding(i: InvoiceOfUnacceptedOrder): FoundBreak {
  return {
    kind: 'invoice_for_unaccepted_order',
    severity: 'incident',
    subjectType: 'invoice',
    subjectId: i.invoiceId,
    caseId: i.caseId,
    partnerId: i.partnerId,
    amountYen: i.grossYen,
    summary: `Invoice ${i.invoiceNumber} from ${i.partnerId} (${yen(i.grossYen)}, ${i.state}) is for order ${i.orderId}, which the partner never accepted (it is ${i.orderStatus})`,
    detail: { ...i },
  };
}

function duplicateFinding(d: DuplicateInvoice): FoundBreak {
  const lines = d.lineNos.length === 1 ? `line ${d.lineNos[0]}` : `lines ${d.lineNos.join(', ')}`;
  return {
    kind: 'duplicate_invoice',
    severity: 'warning',
    subjectType: 'invoice',
    subjectId: d.invoiceId,
    caseId: d.caseId,
    partnerId: d.partnerId,
    amountYen: d.duplicatedYen,
    summary: `Invoice ${d.invoiceNumber} from ${d.partnerId} bills again work invoice ${d.earlierInvoiceNumber} already billed for the same case and period (${lines}, ${yen(d.duplicatedYen)})`,
    detail: { ...d },
  };
}

function waitingFinding(i: InvoiceAwaitingApproval, businessDate: string): FoundBreak {
  return {
    kind: 'approval_waiting_too_long',
    severity: 'warning',
    subjectType: 'invoice',
    subjectId: i.invoiceId,
    caseId: i.caseId,
    partnerId: i.partnerId,
    amountYen: i.grossYen,
    summary: `Invoice ${i.invoiceNumber} from ${i.partnerId} (${yen(i.grossYen)}) has waited for approval since ${i.submittedOn}, ${i.daysWaiting} days by the end of ${businessDate}${i.reason ? `: ${i.reason}` : ''}`,
    detail: { ...i },
  };
}
