import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS, partnerScope } from '@hub/auth';
import type {
  ApproveInvoiceRequestV2, ConfirmPaymentRequestV2, CreditNoteRequestV2, InvoiceListV1, InvoiceQueryV1, InvoiceV2, PayoutListV3, PayoutQueryV1, RejectInvoiceRequestV2,
} from '@hub/contracts';
import { ContractBodyPipe, notFound, parseListQuery, uuidParam } from '@hub/http';
import { OrderRepository } from '../orders/order.repository';
import { InvoiceEntity } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';
import { INVOICES, InvoiceList } from './invoice-list';
import { invoiceView } from './invoice-view';
import { PAYOUTS, PayoutList } from './payout-list';
import { ConfirmPayment } from './usecases/confirm-payment.usecase';
import { DecideApproval } from './usecases/decide-approval.usecase';
import { SubmitCreditNote } from './usecases/submit-credit-note.usecase';
import { SubmitInvoice } from './usecases/submit-invoice.usecase';

/** Partner invoices and credit notes (from adapters, or partners without one), approvals, and payment confirmations. */
@Controller()
export class InvoicesController {
  constructor(
    private readonly submitInvoice: SubmitInvoice,
    private readonly submitCreditNote: SubmitCreditNote,
    private readonly decideApproval: DecideApproval,
    private readonly confirmPayment: ConfirmPayment,
    private readonly invoices: InvoiceRepository,
    private readonly orders: OrderRepository,
    private readonly invoiceList: InvoiceList,
    private readonly payoutList: PayoutList,
    private readonly dataSource: DataSource,
  ) {}

  @Post('invoices')
  @HttpCode(201)
  @Callers('partner')
  async submit(@Body(new ContractBodyPipe('events/invoice-submitted.v2')) body: InvoiceV2, @CallerContext() context: ActorContext) {
    return this.view(await this.submitInvoice.execute(body, context));
  }

  /**
   * Invoices newest submitted first, filtered, a page at a time (state=awaiting_approval is the approvers' queue); a
   * partner lists its own only, whatever partnerId it asks for.
   */
  @Get('invoices')
  @Callers('partner', ...CASE_READERS)
  async list(@Query() query: unknown, @CallerContext() { actor }: ActorContext): Promise<InvoiceListV1> {
    const { query: q, page, range } = parseListQuery<InvoiceQueryV1>('http/core/invoice-query.v1', query, INVOICES.keyset);
    const partner = { scope: partnerScope(actor), partnerId: q.partnerId };
    const filter = { state: q.state, caseId: q.caseId, policyNumber: q.policyNumber, ...range };
    const { items, nextCursor } = await this.invoiceList.page(this.dataSource.manager, partner, filter, page);
    return { invoices: items, nextCursor };
  }

  /** A partner reads its own invoices only: another partner's answers the same 404 as one that does not exist. */
  @Get('invoices/:invoiceId')
  @Callers('partner', ...CASE_READERS)
  async get(@Param('invoiceId', uuidParam('invoiceId')) invoiceId: string, @CallerContext() { actor }: ActorContext) {
    const invoice = await this.invoices.findVisibleTo(this.dataSource.manager, invoiceId, partnerScope(actor));
    if (!invoice) throw notFound('Invoice', invoiceId);
    return this.view(invoice);
  }

  @Post('invoices/:invoiceId/approve')
  @HttpCode(200)
  @Callers('approver')
  async approve(
    @Param('invoiceId', uuidParam('invoiceId')) invoiceId: string,
    @Body(new ContractBodyPipe('http/core/approve-invoice.v2')) body: ApproveInvoiceRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(await this.decideApproval.execute({ invoiceId, verdict: 'approve', note: body.note }, context));
  }

  @Post('invoices/:invoiceId/reject')
  @HttpCode(200)
  @Callers('approver')
  async reject(
    @Param('invoiceId', uuidParam('invoiceId')) invoiceId: string,
    @Body(new ContractBodyPipe('http/core/reject-invoice.v2')) body: RejectInvoiceRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(await this.decideApproval.execute({ invoiceId, verdict: 'reject', reason: body.reason }, context));
  }

  @Post('invoices/:invoiceId/confirm-payment')
  @HttpCode(200)
  @Callers('finance')
  async confirm(
    @Param('invoiceId', uuidParam('invoiceId')) invoiceId: string,
    @Body(new ContractBodyPipe('http/core/confirm-payment.v2')) body: ConfirmPaymentRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(await this.confirmPayment.execute({ invoiceId }, body, context));
  }

  @Post('payouts/:payoutId/confirm-payment')
  @HttpCode(200)
  @Callers('finance')
  async confirmPayout(
    @Param('payoutId', uuidParam('payoutId')) payoutId: string,
    @Body(new ContractBodyPipe('http/core/confirm-payment.v2')) body: ConfirmPaymentRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.view(await this.confirmPayment.execute({ payoutId }, body, context));
  }

  @Post('credit-notes')
  @HttpCode(201)
  @Callers('partner')
  async credit(@Body(new ContractBodyPipe('http/core/submit-credit-note.v2')) body: CreditNoteRequestV2, @CallerContext() context: ActorContext) {
    const result = await this.submitCreditNote.execute(body, context);
    return {
      creditNoteId: result.creditNoteId,
      returnInvoice: result.returnInvoice,
      creditedYen: result.creditedYen,
      coveredReleasedYen: result.coveredReleasedYen,
      payoutReducedYen: result.payoutReducedYen,
      recoveryDueYen: result.recoveryDueYen,
      redecisions: result.redecisions,
      invoice: await this.view(result.invoice),
    };
  }

  /**
   * Payout instructions newest first, filtered, a page at a time: follow nextCursor to read every one. A partner sees the
   * payouts of its own invoices only, whatever partnerId it asks for; staff who handle money see them all.
   */
  @Get('payouts')
  @Callers('partner', 'finance', 'claims_handler', 'auditor')
  async payouts(@Query() query: unknown, @CallerContext() { actor }: ActorContext): Promise<PayoutListV3> {
    const { query: q, page, range } = parseListQuery<PayoutQueryV1>('http/core/payout-query.v1', query, PAYOUTS.keyset);
    const partner = { scope: partnerScope(actor), partnerId: q.partnerId };
    const { items, nextCursor } = await this.payoutList.page(this.dataSource.manager, partner, { state: q.state, caseId: q.caseId, ...range }, page);
    return { payouts: items, nextCursor };
  }

  private async view(invoice: InvoiceEntity) {
    const tx = this.dataSource.manager;
    const payouts = await this.invoices.payoutsOf(tx, invoice.id);
    const order = await this.orders.findById(tx, invoice.orderId);
    return invoiceView(invoice, order?.insured ?? true, await this.invoices.decisionsOf(tx, invoice.id), payouts, await this.invoices.amendmentsOf(tx, payouts.map((p) => p.id)));
  }
}
