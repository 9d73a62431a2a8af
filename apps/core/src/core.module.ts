import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthModule } from '@hub/auth';
import { kafkaBrokerList } from '@hub/config';
import { ObservabilityModule } from '@hub/operations';
import { MessagingRuntime, TOPICS } from '@hub/messaging';
import { IdempotencyRepository, postgresOptions } from '@hub/persistence';
import { AuditLogController } from './audit/audit-log.controller';
import { AuditLogRepository } from './audit/audit-log.repository';
import { CaseEntity } from './cases/case.entity';
import { CaseRepository } from './cases/case.repository';
import { CaseSummaries } from './cases/case-summaries';
import { CasesController } from './cases/cases.controller';
import { AmendVictims } from './cases/usecases/amend-victims.usecase';
import { RecordCoverageDecision } from './cases/usecases/record-coverage-decision.usecase';
import { ReportIncident } from './cases/usecases/report-incident.usecase';
import { CoreConfig } from './core.config';
import { OperationsModule } from './operations/operations.module';
import { OrderEntity } from './orders/order.entity';
import { OrderRepository } from './orders/order.repository';
import { OrderList } from './orders/order-list';
import { PartnerReportRepository } from './orders/partner-report.repository';
import { OrderStatusHandler } from './orders/order-status.handler';
import { OrdersController } from './orders/orders.controller';
import { ApplyPartnerStatus } from './orders/usecases/apply-partner-status.usecase';
import { EndOrder } from './orders/usecases/end-order.usecase';
import { IssueOrder } from './orders/usecases/issue-order.usecase';
import { PoliciesController } from './policies/policies.controller';
import { PolicyEntity } from './policies/policy.entity';
import { PolicyRepository } from './policies/policy.repository';
import { RegisterPolicy } from './policies/usecases/register-policy.usecase';
import { TimelineEntryEntity } from './timeline/timeline-entry.entity';
import { TimelinePages } from './timeline/timeline-pages';
import { TimelineRepository } from './timeline/timeline.repository';
import { InvoiceEntity } from './invoices/invoice.entity';
import { InvoiceRepository } from './invoices/invoice.repository';
import { InvoiceList } from './invoices/invoice-list';
import { InvoicesController } from './invoices/invoices.controller';
import { InvoiceSubmittedHandler } from './invoices/invoice-submitted.handler';
import { PayoutBankConfirmedHandler } from './invoices/payout-bank-confirmed.handler';
import { PayoutEntity } from './invoices/payout.entity';
import { PayoutList } from './invoices/payout-list';
import { SettlementDecisionEntity } from './invoices/settlement-decision.entity';
import { ConfirmPayment } from './invoices/usecases/confirm-payment.usecase';
import { DecideApproval } from './invoices/usecases/decide-approval.usecase';
import { SubmitCreditNote } from './invoices/usecases/submit-credit-note.usecase';
import { SubmitInvoice } from './invoices/usecases/submit-invoice.usecase';
import { SubmitInvoiceFromAdapter } from './invoices/usecases/submit-invoice-from-adapter.usecase';
import { LimitUsageController } from './settlement/limit-usage.controller';
import { LimitsLedger } from './settlement/limits-ledger';
import { RecordLiabilityPayment } from './settlement/usecases/record-liability-payment.usecase';
import { PolicyGroupCommit } from './settlement/policy-group-commit';
import { SettleInvoice } from './settlement/usecases/settle-invoice.usecase';
import { PayoutInstructions } from './settlement/payout-instructions';
import { RedecideCutLines } from './settlement/usecases/redecide-cut-lines.usecase';
import { RedecidePolicy } from './settlement/usecases/redecide-policy.usecase';
import { ReverseLiabilityPayment } from './settlement/usecases/reverse-liability-payment.usecase';

import { DeliverableRepository } from './deliverables/deliverable.repository';
import { DeliverablesController } from './deliverables/deliverables.controller';
import { DeliverablesReceivedHandler } from './deliverables/deliverables-received.handler';
import { RecordDeliverables } from './deliverables/usecases/record-deliverables.usecase';
import { ReviewDeliverable } from './deliverables/usecases/review-deliverable.usecase';
export const CORE_APP_NAME = 'core';

/** Topics core consumes; each has exactly one @ConsumesTopic handler (checked at boot). */
export const CORE_CONSUMES = [TOPICS.orderStatusChanged, TOPICS.invoiceSubmitted, TOPICS.deliverablesReceived, TOPICS.payoutBankConfirmed];

@Module({})
export class CoreModule {
  static forRoot(config: CoreConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ObservabilityModule.forApp(CORE_APP_NAME),
        TypeOrmModule.forRoot(
          postgresOptions(config.DATABASE_URL, [PolicyEntity, CaseEntity, OrderEntity, TimelineEntryEntity, InvoiceEntity, PayoutEntity, SettlementDecisionEntity], {
            applicationName: CORE_APP_NAME,
            poolSize: config.DATABASE_POOL_SIZE,
          }),
        ),
        OperationsModule.register({ outboxSourceApp: CORE_APP_NAME }),
        AuthModule.forRoot({ config, appName: CORE_APP_NAME, issuesPartnerTokens: true }),
      ],
      controllers: [AuditLogController, PoliciesController, CasesController, OrdersController, InvoicesController, LimitUsageController, DeliverablesController, OrderStatusHandler, InvoiceSubmittedHandler, DeliverablesReceivedHandler, PayoutBankConfirmedHandler],
      providers: [
        { provide: CoreConfig, useValue: config },
        {
          provide: MessagingRuntime,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new MessagingRuntime(
              { appName: CORE_APP_NAME, hubEnv: config.HUB_ENV, brokers: kafkaBrokerList(config), produces: [TOPICS.orderIssued, TOPICS.orderCancelled, TOPICS.orderUpdatePlaced, TOPICS.payoutInstructed, TOPICS.payoutAmended, TOPICS.invoiceOutcome, TOPICS.deliverableReviewed, ...CORE_CONSUMES] },
              dataSource,
            ),
        },
        AuditLogRepository,
        PolicyRepository,
        CaseRepository,
        OrderRepository,
        PartnerReportRepository,
        TimelineRepository,
        IdempotencyRepository,
        RegisterPolicy,
        ReportIncident,
        RecordCoverageDecision,
        AmendVictims,
        IssueOrder,
        ApplyPartnerStatus,
        EndOrder,
        InvoiceRepository,
        LimitsLedger,
        PolicyGroupCommit,
        SettleInvoice,
        SubmitInvoice,
        SubmitInvoiceFromAdapter,
        DecideApproval,
        ConfirmPayment,
        SubmitCreditNote,
        RecordLiabilityPayment,
        PayoutInstructions,
        RedecideCutLines,
        RedecidePolicy,
        ReverseLiabilityPayment,
        DeliverableRepository,
        RecordDeliverables,
        ReviewDeliverable,
        // Read-only lists (issue 10), each paging newest first on its keyset.
        CaseSummaries,
        OrderList,
        InvoiceList,
        PayoutList,
        TimelinePages,
      ],
    };
  }
}
