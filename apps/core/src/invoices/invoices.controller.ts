import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ApproveInvoiceRequestV1,
  ConfirmPaymentRequestV1,
  CreditNoteRequestV1,
  InvoiceV1,
  RejectInvoiceRequestV1,
} from '@hub/contracts';
import { ContractBodyPipe, invalidInput, notFound, uuidParam } from '@hub/http';
import { correlationIdFrom } from '../correlation';
import { InvoiceEntity } from './invoice.entity';
import { InvoiceRepository } from './invoice.repository';
import { invoiceView } from './invoice-view';
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
    private readonly dataSource: DataSource,
  ) {}

  @Post('invoices')
  @HttpCode(201)
  async submit(@Body(new ContractBodyPipe('events/invoice-submitted.v1')) body: InvoiceV1, @Headers('x-correlation-id') correlation?: string) {
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
    return this.view(await this.confirmPayment.execute(invoiceId, body));
  }

  @Post('credit-notes')
  @HttpCode(201)
  async credit(@Body(new ContractBodyPipe('http/core/submit-credit-note.v1')) body: CreditNoteRequestV1) {
    const result = await this.submitCreditNote.execute(body);
    return {
      creditNoteId: result.creditNoteId,
      creditedYen: result.creditedYen,
      coveredReleasedYen: result.coveredReleasedYen,
      recoveryDueYen: result.recoveryDueYen,
      invoice: await this.view(result.invoice),
    };
  }

  @Get('payouts')
  async payouts(@Query('state') state?: string) {
    if (state !== undefined && state !== 'instructed' && state !== 'paid') {
      throw invalidInput('state must be instructed or paid', [{ field: 'state', reason: 'must be instructed or paid' }]);
    }
    const payouts = await this.invoices.listPayouts(this.dataSource.manager, state);
    return {
      payouts: payouts.map((p) => ({
        payoutId: p.id,
        invoiceId: p.invoiceId,
        caseId: p.caseId,
        payee: p.payee,
        payeeName: p.payeeName,
        amountYen: p.amountYen,
        state: p.state,
        paymentReference: p.paymentReference,
        paidAt: p.paidAt?.toISOString() ?? null,
        instructedAt: p.instructedAt.toISOString(),
      })),
    };
  }

  private async view(invoice: InvoiceEntity) {
    const tx = this.dataSource.manager;
    return invoiceView(invoice, await this.invoices.decisionOf(tx, invoice.id), await this.invoices.payoutOf(tx, invoice.id));
  }
}
