import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApproveInvoiceRequestV1, ConfirmPaymentRequestV1, CreditNoteRequestV2, InvoiceV2, RejectInvoiceRequestV1 } from '@hub/contracts';
import { ContractBodyPipe, invalidInput, notFound, uuidParam } from '@hub/http';
import { correlationIdFrom } from '../correlation';
import { OrderRepository } from '../orders/order.repository';
import { InvoiceEntity } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';
import { invoiceView, payoutView } from './invoice-view';
import { ConfirmPayment } from './usecases/confirm-payment.usecase';
import { DecideApproval } from './usecases/decide-approval.usecase';
import { SubmitCreditNote } from './usecases/submit-credit-note.usecase';
import { SubmitInvoice } from './usecases/submit-invoice.usecase';

const PAYOUT_STATES = ['instructed', 'paid', 'cancelled'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    private readonly dataSource: DataSource,
  ) {}

  @Post('invoices')
  @HttpCode(201)
  async submit(@Body(new ContractBodyPipe('events/invoice-submitted.v2')) body: InvoiceV2, @Headers('x-correlation-id') correlation?: string) {
    return this.view(await this.submitInvoice.execute(body, correlationIdFrom(correlation)));
  }

  @Get('invoices/:invoiceId')
  async get(@Param('invoiceId', uuidParam('invoiceId')) invoiceId: string) {
    const invoice = await this.invoices.findById(this.dataSource.manager, invoiceId);
    if (!invoice) throw notFound('Invoice', invoiceId);
    return this.view(invoice);
  }

  @Post('invoices/:invoiceId/approve')
  @HttpCode(200)
  async approve(
    @Param('invoiceId', uuidParam('invoiceId')) invoiceId: string,
    @Body(new ContractBodyPipe('http/core/approve-invoice.v1')) body: ApproveInvoiceRequestV1,
    @Headers('x-correlation-id') correlation?: string,
  ) {
    const command = { invoiceId, verdict: 'approve' as const, by: body.approvedBy, note: body.note };
    return this.view(await this.decideApproval.execute(command, correlationIdFrom(correlation)));
  }

  @Post('invoices/:invoiceId/reject')
  @HttpCode(200)
  async reject(
    @Param('invoiceId', uuidParam('invoiceId')) invoiceId: string,
    @Body(new ContractBodyPipe('http/core/reject-invoice.v1')) body: RejectInvoiceRequestV1,
  ) {
    const command = { invoiceId, verdict: 'reject' as const, by: body.rejectedBy, reason: body.reason };
    return this.view(await this.decideApproval.execute(command, correlationIdFrom(undefined)));
  }

  @Post('invoices/:invoiceId/confirm-payment')
  @HttpCode(200)
  async confirm(
    @Param('invoiceId', uuidParam('invoiceId')) invoiceId: string,
    @Body(new ContractBodyPipe('http/core/confirm-payment.v1')) body: ConfirmPaymentRequestV1,
  ) {
    return this.view(await this.confirmPayment.execute({ invoiceId }, body));
  }

  @Post('payouts/:payoutId/confirm-payment')
  @HttpCode(200)
  async confirmPayout(
    @Param('payoutId', uuidParam('payoutId')) payoutId: string,
    @Body(new ContractBodyPipe('http/core/confirm-payment.v1')) body: ConfirmPaymentRequestV1,
  ) {
    return this.view(await this.confirmPayment.execute({ payoutId }, body));
  }

  @Post('credit-notes')
  @HttpCode(201)
  async credit(@Body(new ContractBodyPipe('http/core/submit-credit-note.v2')) body: CreditNoteRequestV2, @Headers('x-correlation-id') correlation?: string) {
    const result = await this.submitCreditNote.execute(body, correlationIdFrom(correlation));
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

  @Get('payouts')
  async payouts(@Query('state') state?: string, @Query('caseId') caseId?: string) {
    if (state !== undefined && !(PAYOUT_STATES as readonly string[]).includes(state)) {
      throw invalidInput(`state must be one of ${PAYOUT_STATES.join(', ')}`, [{ field: 'state', reason: `must be one of ${PAYOUT_STATES.join(', ')}` }]);
    }
    if (caseId !== undefined && !UUID.test(caseId)) throw invalidInput('caseId must be a UUID', [{ field: 'caseId', reason: 'must be a UUID' }]);
    const tx = this.dataSource.manager;
    const payouts = await this.invoices.listPayouts(tx, { state: state as (typeof PAYOUT_STATES)[number] | undefined, caseId });
    const amendments = await this.invoices.amendmentsOf(tx, payouts.map((p) => p.id));
    return { payouts: payouts.map((p) => payoutView(p, amendments.get(p.id) ?? [])) };
  }

  private async view(invoice: InvoiceEntity) {
    const tx = this.dataSource.manager;
    const payouts = await this.invoices.payoutsOf(tx, invoice.id);
    const order = await this.orders.findById(tx, invoice.orderId);
    return invoiceView(invoice, order?.insured ?? true, await this.invoices.decisionsOf(tx, invoice.id), payouts, await this.invoices.amendmentsOf(tx, payouts.map((p) => p.id)));
  }
}
