/**
 * Generated from every schema under contracts/ by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

import type { DeadLetterV1 } from "./events/dead-letter.v1";
import type { DeliverableReviewedV1 } from "./events/deliverable-reviewed.v1";
import type { DeliverablesReceivedV1 } from "./events/deliverables-received.v1";
import type { EnvelopeV1 } from "./events/envelope.v1";
import type { InvoiceOutcomeV1 } from "./events/invoice-outcome.v1";
import type { InvoiceV1 } from "./events/invoice-submitted.v1";
import type { InvoiceV2 } from "./events/invoice-submitted.v2";
import type { OrderCancelledV1 } from "./events/order-cancelled.v1";
import type { OrderIssuedV1 } from "./events/order-issued.v1";
import type { OrderStatusChangedV1 } from "./events/order-status-changed.v1";
import type { PartnerEndpointDisabledV1 } from "./events/partner-endpoint-disabled.v1";
import type { PartnerUpdatePlacedV1 } from "./events/partner-update-placed.v1";
import type { PayoutAmendedV1 } from "./events/payout-amended.v1";
import type { PayoutBankConfirmedV1 } from "./events/payout-bank-confirmed.v1";
import type { PayoutInstructedV1 } from "./events/payout-instructed.v1";
import type { ReconciliationFindingV1 } from "./events/reconciliation-finding.v1";
import type { CallbackOutcomeV1 } from "./http/adapter/callback-outcome.v1";
import type { DeliverablesReceiptV1 } from "./http/adapter/deliverables-receipt.v1";
import type { DeliveryAttemptQueryV1 } from "./http/adapter/delivery-attempt-query.v1";
import type { DeliveryAttemptListV1 } from "./http/adapter/delivery-attempts.v1";
import type { DeliveryAttemptListV2 } from "./http/adapter/delivery-attempts.v2";
import type { DeliveryAttemptListV3 } from "./http/adapter/delivery-attempts.v3";
import type { DeliveryAttemptListV4 } from "./http/adapter/delivery-attempts.v4";
import type { DeliveryRecordV1 } from "./http/adapter/delivery.v1";
import type { DeliveryRecordV2 } from "./http/adapter/delivery.v2";
import type { EnableEndpointRequestV1 } from "./http/adapter/enable-endpoint.v1";
import type { EnableEndpointRequestV2 } from "./http/adapter/enable-endpoint.v2";
import type { PartnerEndpointV1 } from "./http/adapter/endpoint.v1";
import type { FeedAcknowledgementResultV1 } from "./http/adapter/feed-ack-result.v1";
import type { FeedAcknowledgementV1 } from "./http/adapter/feed-ack.v1";
import type { DeliveryFeedV1 } from "./http/adapter/feed.v1";
import type { DeliveryFeedV2 } from "./http/adapter/feed.v2";
import type { SubmissionReceiptV1 } from "./http/adapter/submission-receipt.v1";
import type { ErrorResponseV1 } from "./http/common/error.v1";
import type { HealthCheckV1 } from "./http/common/health-check.v1";
import type { HealthIndicatorsV1 } from "./http/common/health-indicators.v1";
import type { HealthResponseV1 } from "./http/common/health.v1";
import type { ConsumerLagV1 } from "./http/console/consumer-lag.v1";
import type { ConsoleDirectoryV1 } from "./http/console/directory.v1";
import type { ConsoleSessionV1 } from "./http/console/session.v1";
import type { AmendVictimsRequestV1 } from "./http/core/amend-victims.v1";
import type { AmendVictimsRequestV2 } from "./http/core/amend-victims.v2";
import type { ApproveInvoiceRequestV1 } from "./http/core/approve-invoice.v1";
import type { ApproveInvoiceRequestV2 } from "./http/core/approve-invoice.v2";
import type { AuditLogQueryV1 } from "./http/core/audit-log-query.v1";
import type { AuditLogPageV1 } from "./http/core/audit-log.v1";
import type { AuthorizationServerMetadataV1 } from "./http/core/authorization-server-metadata.v1";
import type { CancelOrderRequestV1 } from "./http/core/cancel-order.v1";
import type { CancelOrderRequestV2 } from "./http/core/cancel-order.v2";
import type { CaseListV1 } from "./http/core/case-list.v1";
import type { CaseQueryV1 } from "./http/core/case-query.v1";
import type { CaseTimelineV1 } from "./http/core/case-timeline.v1";
import type { CaseTimelineV2 } from "./http/core/case-timeline.v2";
import type { CaseV1 } from "./http/core/case.v1";
import type { CaseV2 } from "./http/core/case.v2";
import type { CloseOrderRequestV1 } from "./http/core/close-order.v1";
import type { CloseOrderRequestV2 } from "./http/core/close-order.v2";
import type { ConfirmPaymentRequestV1 } from "./http/core/confirm-payment.v1";
import type { ConfirmPaymentRequestV2 } from "./http/core/confirm-payment.v2";
import type { CoverageDecisionRequestV1 } from "./http/core/coverage-decision.v1";
import type { CoverageDecisionRequestV2 } from "./http/core/coverage-decision.v2";
import type { CreditNoteViewV1 } from "./http/core/credit-note.v1";
import type { CreditNoteViewV2 } from "./http/core/credit-note.v2";
import type { DeadLetterListV1 } from "./http/core/dead-letter-list.v1";
import type { DeadLetterQueryV1 } from "./http/core/dead-letter-query.v1";
import type { DeadLetterReplayV1 } from "./http/core/dead-letter-replay.v1";
import type { DeadLetterViewV1 } from "./http/core/dead-letter.v1";
import type { DeliverableQueryV1 } from "./http/core/deliverable-query.v1";
import type { DeliverableViewV1 } from "./http/core/deliverable.v1";
import type { DeliverablePageV1 } from "./http/core/deliverables.v1";
import type { InvoiceListV1 } from "./http/core/invoice-list.v1";
import type { InvoiceQueryV1 } from "./http/core/invoice-query.v1";
import type { InvoiceViewV1 } from "./http/core/invoice.v1";
import type { InvoiceViewV2 } from "./http/core/invoice.v2";
import type { IssueOrderRequestV1 } from "./http/core/issue-order.v1";
import type { IssueOrderRequestV2 } from "./http/core/issue-order.v2";
import type { IssueOrderRequestV3 } from "./http/core/issue-order.v3";
import type { JsonWebKeySetV1 } from "./http/core/jwks.v1";
import type { LiabilityPaymentViewV1 } from "./http/core/liability-payment.v1";
import type { LiabilityReversalViewV1 } from "./http/core/liability-reversal.v1";
import type { LimitUsageViewV1 } from "./http/core/limit-usage.v1";
import type { LimitUsageViewV2 } from "./http/core/limit-usage.v2";
import type { OAuthErrorV1 } from "./http/core/oauth-error.v1";
import type { OAuthTokenRequestV1 } from "./http/core/oauth-token-request.v1";
import type { OAuthTokenV1 } from "./http/core/oauth-token.v1";
import type { OrderListV1 } from "./http/core/order-list.v1";
import type { OrderQueryV1 } from "./http/core/order-query.v1";
import type { OrderV1 } from "./http/core/order.v1";
import type { OrderV2 } from "./http/core/order.v2";
import type { PayoutQueryV1 } from "./http/core/payout-query.v1";
import type { PayoutListV1 } from "./http/core/payouts.v1";
import type { PayoutListV2 } from "./http/core/payouts.v2";
import type { PayoutListV3 } from "./http/core/payouts.v3";
import type { PolicyV1 } from "./http/core/policy.v1";
import type { PolicyV2 } from "./http/core/policy.v2";
import type { LiabilityPaymentRequestV1 } from "./http/core/record-liability-payment.v1";
import type { RecoverDeadLettersRequestV1 } from "./http/core/recover-dead-letters.v1";
import type { RecoverDeadLettersRequestV2 } from "./http/core/recover-dead-letters.v2";
import type { RecoveryV1 } from "./http/core/recovery.v1";
import type { RedecisionListV1 } from "./http/core/redecisions.v1";
import type { RegisterPolicyRequestV1 } from "./http/core/register-policy.v1";
import type { RegisterPolicyRequestV2 } from "./http/core/register-policy.v2";
import type { RegisterPolicyRequestV3 } from "./http/core/register-policy.v3";
import type { RejectInvoiceRequestV1 } from "./http/core/reject-invoice.v1";
import type { RejectInvoiceRequestV2 } from "./http/core/reject-invoice.v2";
import type { ReplayDeadLetterRequestV1 } from "./http/core/replay-dead-letter.v1";
import type { ReplayDeadLetterRequestV2 } from "./http/core/replay-dead-letter.v2";
import type { ReportIncidentRequestV1 } from "./http/core/report-incident.v1";
import type { ReportIncidentRequestV2 } from "./http/core/report-incident.v2";
import type { ReportIncidentRequestV3 } from "./http/core/report-incident.v3";
import type { ReverseLiabilityPaymentRequestV1 } from "./http/core/reverse-liability-payment.v1";
import type { ReverseLiabilityPaymentRequestV2 } from "./http/core/reverse-liability-payment.v2";
import type { ReviewDeliverableRequestV1 } from "./http/core/review-deliverable.v1";
import type { CreditNoteRequestV1 } from "./http/core/submit-credit-note.v1";
import type { CreditNoteRequestV2 } from "./http/core/submit-credit-note.v2";
import type { TimelineQueryV1 } from "./http/core/timeline-query.v1";
import type { VictimsAmendedViewV1 } from "./http/core/victims-amended.v1";
import type { PartnerSimLacCancellationV1 } from "./http/partner-sim/lac-cancellation.v1";
import type { PartnerSimLacEngagementV1 } from "./http/partner-sim/lac-engagement.v1";
import type { PartnerSimLacEngagementV2 } from "./http/partner-sim/lac-engagement.v2";
import type { PartnerSimLacEngagementsV1 } from "./http/partner-sim/lac-engagements.v1";
import type { PartnerSimLacEngagementsV2 } from "./http/partner-sim/lac-engagements.v2";
import type { BankFileImportQueryV1 } from "./http/reconciler/bank-file-import-query.v1";
import type { BankFileImportV1 } from "./http/reconciler/bank-file-import.v1";
import type { BankTransferExportQueryV1 } from "./http/reconciler/bank-transfer-export-query.v1";
import type { BankTransferExportsV1 } from "./http/reconciler/bank-transfer-exports.v1";
import type { FindingListV1 } from "./http/reconciler/finding-list.v1";
import type { FindingQueryV1 } from "./http/reconciler/finding-query.v1";
import type { FindingV1 } from "./http/reconciler/finding.v1";
import type { MonthEndQueryV1 } from "./http/reconciler/month-end-query.v1";
import type { MonthEndStatementV1 } from "./http/reconciler/month-end.v1";
import type { PayeeAccountQueryV1 } from "./http/reconciler/payee-account-query.v1";
import type { PayeeAccountRequestV1 } from "./http/reconciler/payee-account-request.v1";
import type { PayeeAccountV1 } from "./http/reconciler/payee-account.v1";
import type { PayeeAccountsV1 } from "./http/reconciler/payee-accounts.v1";
import type { ResolveFindingRequestV1 } from "./http/reconciler/resolve-finding.v1";
import type { RunListV1 } from "./http/reconciler/run-list.v1";
import type { RunQueryV1 } from "./http/reconciler/run-query.v1";
import type { RunRequestV1 } from "./http/reconciler/run-request.v1";
import type { RunRequestedV1 } from "./http/reconciler/run-requested.v1";
import type { RunV1 } from "./http/reconciler/run.v1";
import type { AosCustodyEventFactsV1 } from "./partners/aos/custody-event-facts.v1";
import type { AosCustodyRecordV1 } from "./partners/aos/custody-record.v1";
import type { AosEvidenceItemFactsV1 } from "./partners/aos/evidence-item-facts.v1";
import type { AosEvidenceRegisterV1 } from "./partners/aos/evidence-register.v1";
import type { AosForensicReportFactsV1 } from "./partners/aos/forensic-report-facts.v1";
import type { AosHashReverificationFactsV1 } from "./partners/aos/hash-reverification-facts.v1";
import type { AosInvestigationReportV1 } from "./partners/aos/investigation-report.v1";
import type { AosInvoiceV1 } from "./partners/aos/invoice.v1";
import type { AosMatterRequestV1 } from "./partners/aos/matter-request.v1";
import type { AosMatterStatusV1 } from "./partners/aos/matter-status.v1";
import type { AosMatterWithdrawalV1 } from "./partners/aos/matter-withdrawal.v1";
import type { Bell24BoothChangeFactsV1 } from "./partners/bell24/booth-change-facts.v1";
import type { Bell24BoothChangeV1 } from "./partners/bell24/booth-change.v1";
import type { Bell24DailyReportV1 } from "./partners/bell24/daily-report.v1";
import type { Bell24InquiryFiguresFactsV1 } from "./partners/bell24/inquiry-figures-facts.v1";
import type { Bell24InvoiceV1 } from "./partners/bell24/invoice.v1";
import type { Bell24OperationRequestV1 } from "./partners/bell24/operation-request.v1";
import type { Bell24RequestWithdrawalV1 } from "./partners/bell24/request-withdrawal.v1";
import type { Bell24StatusReportV1 } from "./partners/bell24/status-report.v1";
import type { CmgFeeNoteV1 } from "./partners/cmg/fee-note.v1";
import type { CmgMandateBriefV1 } from "./partners/cmg/mandate-brief.v1";
import type { CmgMandateLogV1 } from "./partners/cmg/mandate-log.v1";
import type { CmgMandateStandDownV1 } from "./partners/cmg/mandate-stand-down.v1";
import type { CmgSignOffV1 } from "./partners/cmg/sign-off.v1";
import type { CmgStatementDraftV1 } from "./partners/cmg/statement-draft.v1";
import type { CmgStatementFactsV1 } from "./partners/cmg/statement-facts.v1";
import type { EltesAlertBatchV1 } from "./partners/eltes/alert-batch.v1";
import type { EltesDailyMonitoringReportFactsV1 } from "./partners/eltes/daily-monitoring-report-facts.v1";
import type { EltesDailyReportV1 } from "./partners/eltes/daily-report.v1";
import type { EltesInvoiceV1 } from "./partners/eltes/invoice.v1";
import type { EltesMonitoringAlertFactsV1 } from "./partners/eltes/monitoring-alert-facts.v1";
import type { EltesMonitoringRequestV1 } from "./partners/eltes/monitoring-request.v1";
import type { EltesMonitoringStopV1 } from "./partners/eltes/monitoring-stop.v1";
import type { EltesProjectStatusV1 } from "./partners/eltes/project-status.v1";
import type { IsrEvaluationNoticeV1 } from "./partners/isr/evaluation-notice.v1";
import type { IsrInvoiceV1 } from "./partners/isr/invoice.v1";
import type { IsrMailMagazineIssueFactsV1 } from "./partners/isr/mail-magazine-issue-facts.v1";
import type { IsrRatingCertificateFactsV1 } from "./partners/isr/rating-certificate-facts.v1";
import type { IsrRatingCertificateV1 } from "./partners/isr/rating-certificate.v1";
import type { IsrRatingRequestV1 } from "./partners/isr/rating-request.v1";
import type { IsrRequestWithdrawalV1 } from "./partners/isr/request-withdrawal.v1";
import type { IsrResultPublicationV1 } from "./partners/isr/result-publication.v1";
import type { IsrWebsitePostingFactsV1 } from "./partners/isr/website-posting-facts.v1";
import type { LacCallbackReceiptV1 } from "./partners/lac/callback-receipt.v1";
import type { LacEngagementCancellationV1 } from "./partners/lac/engagement-cancellation.v1";
import type { LacEngagementCancellationV2 } from "./partners/lac/engagement-cancellation.v2";
import type { LacEngagementReceiptV1 } from "./partners/lac/engagement-receipt.v1";
import type { LacEngagementRequestV1 } from "./partners/lac/engagement-request.v1";
import type { LacEngagementRequestV2 } from "./partners/lac/engagement-request.v2";
import type { LacInvoiceV2 } from "./partners/lac/invoice.v2";
import type { LacStatusCallbackV1 } from "./partners/lac/status-callback.v1";
import type { LacStatusCallbackV2 } from "./partners/lac/status-callback.v2";
import type { PrapAnkenCancellationV1 } from "./partners/prap/anken-cancellation.v1";
import type { PrapAnkenOrderV1 } from "./partners/prap/anken-order.v1";
import type { PrapAnkenStatusV1 } from "./partners/prap/anken-status.v1";
import type { PrapCrisisDocumentFactsV1 } from "./partners/prap/crisis-document-facts.v1";
import type { PrapDocumentDraftsV1 } from "./partners/prap/document-drafts.v1";
import type { PrapKohyoReportV1 } from "./partners/prap/kohyo-report.v1";
import type { PrapMediaCoverageFactsV1 } from "./partners/prap/media-coverage-facts.v1";
import type { PrapMediaCoverageReportV1 } from "./partners/prap/media-coverage-report.v1";
import type { PrapPublicationFactsV1 } from "./partners/prap/publication-facts.v1";
import type { PrapSeikyushoV1 } from "./partners/prap/seikyusho.v1";
import type { PrapShoninKekkaV1 } from "./partners/prap/shonin-kekka.v1";

/** Each contract schema by its ref (its path under contracts/ without .schema.json) with the type it describes. */
export interface ContractTypes {
  "events/dead-letter.v1": DeadLetterV1;
  "events/deliverable-reviewed.v1": DeliverableReviewedV1;
  "events/deliverables-received.v1": DeliverablesReceivedV1;
  "events/envelope.v1": EnvelopeV1;
  "events/invoice-outcome.v1": InvoiceOutcomeV1;
  "events/invoice-submitted.v1": InvoiceV1;
  "events/invoice-submitted.v2": InvoiceV2;
  "events/order-cancelled.v1": OrderCancelledV1;
  "events/order-issued.v1": OrderIssuedV1;
  "events/order-status-changed.v1": OrderStatusChangedV1;
  "events/partner-endpoint-disabled.v1": PartnerEndpointDisabledV1;
  "events/partner-update-placed.v1": PartnerUpdatePlacedV1;
  "events/payout-amended.v1": PayoutAmendedV1;
  "events/payout-bank-confirmed.v1": PayoutBankConfirmedV1;
  "events/payout-instructed.v1": PayoutInstructedV1;
  "events/reconciliation-finding.v1": ReconciliationFindingV1;
  "http/adapter/callback-outcome.v1": CallbackOutcomeV1;
  "http/adapter/deliverables-receipt.v1": DeliverablesReceiptV1;
  "http/adapter/delivery-attempt-query.v1": DeliveryAttemptQueryV1;
  "http/adapter/delivery-attempts.v1": DeliveryAttemptListV1;
  "http/adapter/delivery-attempts.v2": DeliveryAttemptListV2;
  "http/adapter/delivery-attempts.v3": DeliveryAttemptListV3;
  "http/adapter/delivery-attempts.v4": DeliveryAttemptListV4;
  "http/adapter/delivery.v1": DeliveryRecordV1;
  "http/adapter/delivery.v2": DeliveryRecordV2;
  "http/adapter/enable-endpoint.v1": EnableEndpointRequestV1;
  "http/adapter/enable-endpoint.v2": EnableEndpointRequestV2;
  "http/adapter/endpoint.v1": PartnerEndpointV1;
  "http/adapter/feed-ack-result.v1": FeedAcknowledgementResultV1;
  "http/adapter/feed-ack.v1": FeedAcknowledgementV1;
  "http/adapter/feed.v1": DeliveryFeedV1;
  "http/adapter/feed.v2": DeliveryFeedV2;
  "http/adapter/submission-receipt.v1": SubmissionReceiptV1;
  "http/common/error.v1": ErrorResponseV1;
  "http/common/health-check.v1": HealthCheckV1;
  "http/common/health-indicators.v1": HealthIndicatorsV1;
  "http/common/health.v1": HealthResponseV1;
  "http/console/consumer-lag.v1": ConsumerLagV1;
  "http/console/directory.v1": ConsoleDirectoryV1;
  "http/console/session.v1": ConsoleSessionV1;
  "http/core/amend-victims.v1": AmendVictimsRequestV1;
  "http/core/amend-victims.v2": AmendVictimsRequestV2;
  "http/core/approve-invoice.v1": ApproveInvoiceRequestV1;
  "http/core/approve-invoice.v2": ApproveInvoiceRequestV2;
  "http/core/audit-log-query.v1": AuditLogQueryV1;
  "http/core/audit-log.v1": AuditLogPageV1;
  "http/core/authorization-server-metadata.v1": AuthorizationServerMetadataV1;
  "http/core/cancel-order.v1": CancelOrderRequestV1;
  "http/core/cancel-order.v2": CancelOrderRequestV2;
  "http/core/case-list.v1": CaseListV1;
  "http/core/case-query.v1": CaseQueryV1;
  "http/core/case-timeline.v1": CaseTimelineV1;
  "http/core/case-timeline.v2": CaseTimelineV2;
  "http/core/case.v1": CaseV1;
  "http/core/case.v2": CaseV2;
  "http/core/close-order.v1": CloseOrderRequestV1;
  "http/core/close-order.v2": CloseOrderRequestV2;
  "http/core/confirm-payment.v1": ConfirmPaymentRequestV1;
  "http/core/confirm-payment.v2": ConfirmPaymentRequestV2;
  "http/core/coverage-decision.v1": CoverageDecisionRequestV1;
  "http/core/coverage-decision.v2": CoverageDecisionRequestV2;
  "http/core/credit-note.v1": CreditNoteViewV1;
  "http/core/credit-note.v2": CreditNoteViewV2;
  "http/core/dead-letter-list.v1": DeadLetterListV1;
  "http/core/dead-letter-query.v1": DeadLetterQueryV1;
  "http/core/dead-letter-replay.v1": DeadLetterReplayV1;
  "http/core/dead-letter.v1": DeadLetterViewV1;
  "http/core/deliverable-query.v1": DeliverableQueryV1;
  "http/core/deliverable.v1": DeliverableViewV1;
  "http/core/deliverables.v1": DeliverablePageV1;
  "http/core/invoice-list.v1": InvoiceListV1;
  "http/core/invoice-query.v1": InvoiceQueryV1;
  "http/core/invoice.v1": InvoiceViewV1;
  "http/core/invoice.v2": InvoiceViewV2;
  "http/core/issue-order.v1": IssueOrderRequestV1;
  "http/core/issue-order.v2": IssueOrderRequestV2;
  "http/core/issue-order.v3": IssueOrderRequestV3;
  "http/core/jwks.v1": JsonWebKeySetV1;
  "http/core/liability-payment.v1": LiabilityPaymentViewV1;
  "http/core/liability-reversal.v1": LiabilityReversalViewV1;
  "http/core/limit-usage.v1": LimitUsageViewV1;
  "http/core/limit-usage.v2": LimitUsageViewV2;
  "http/core/oauth-error.v1": OAuthErrorV1;
  "http/core/oauth-token-request.v1": OAuthTokenRequestV1;
  "http/core/oauth-token.v1": OAuthTokenV1;
  "http/core/order-list.v1": OrderListV1;
  "http/core/order-query.v1": OrderQueryV1;
  "http/core/order.v1": OrderV1;
  "http/core/order.v2": OrderV2;
  "http/core/payout-query.v1": PayoutQueryV1;
  "http/core/payouts.v1": PayoutListV1;
  "http/core/payouts.v2": PayoutListV2;
  "http/core/payouts.v3": PayoutListV3;
  "http/core/policy.v1": PolicyV1;
  "http/core/policy.v2": PolicyV2;
  "http/core/record-liability-payment.v1": LiabilityPaymentRequestV1;
  "http/core/recover-dead-letters.v1": RecoverDeadLettersRequestV1;
  "http/core/recover-dead-letters.v2": RecoverDeadLettersRequestV2;
  "http/core/recovery.v1": RecoveryV1;
  "http/core/redecisions.v1": RedecisionListV1;
  "http/core/register-policy.v1": RegisterPolicyRequestV1;
  "http/core/register-policy.v2": RegisterPolicyRequestV2;
  "http/core/register-policy.v3": RegisterPolicyRequestV3;
  "http/core/reject-invoice.v1": RejectInvoiceRequestV1;
  "http/core/reject-invoice.v2": RejectInvoiceRequestV2;
  "http/core/replay-dead-letter.v1": ReplayDeadLetterRequestV1;
  "http/core/replay-dead-letter.v2": ReplayDeadLetterRequestV2;
  "http/core/report-incident.v1": ReportIncidentRequestV1;
  "http/core/report-incident.v2": ReportIncidentRequestV2;
  "http/core/report-incident.v3": ReportIncidentRequestV3;
  "http/core/reverse-liability-payment.v1": ReverseLiabilityPaymentRequestV1;
  "http/core/reverse-liability-payment.v2": ReverseLiabilityPaymentRequestV2;
  "http/core/review-deliverable.v1": ReviewDeliverableRequestV1;
  "http/core/submit-credit-note.v1": CreditNoteRequestV1;
  "http/core/submit-credit-note.v2": CreditNoteRequestV2;
  "http/core/timeline-query.v1": TimelineQueryV1;
  "http/core/victims-amended.v1": VictimsAmendedViewV1;
  "http/partner-sim/lac-cancellation.v1": PartnerSimLacCancellationV1;
  "http/partner-sim/lac-engagement.v1": PartnerSimLacEngagementV1;
  "http/partner-sim/lac-engagement.v2": PartnerSimLacEngagementV2;
  "http/partner-sim/lac-engagements.v1": PartnerSimLacEngagementsV1;
  "http/partner-sim/lac-engagements.v2": PartnerSimLacEngagementsV2;
  "http/reconciler/bank-file-import-query.v1": BankFileImportQueryV1;
  "http/reconciler/bank-file-import.v1": BankFileImportV1;
  "http/reconciler/bank-transfer-export-query.v1": BankTransferExportQueryV1;
  "http/reconciler/bank-transfer-exports.v1": BankTransferExportsV1;
  "http/reconciler/finding-list.v1": FindingListV1;
  "http/reconciler/finding-query.v1": FindingQueryV1;
  "http/reconciler/finding.v1": FindingV1;
  "http/reconciler/month-end-query.v1": MonthEndQueryV1;
  "http/reconciler/month-end.v1": MonthEndStatementV1;
  "http/reconciler/payee-account-query.v1": PayeeAccountQueryV1;
  "http/reconciler/payee-account-request.v1": PayeeAccountRequestV1;
  "http/reconciler/payee-account.v1": PayeeAccountV1;
  "http/reconciler/payee-accounts.v1": PayeeAccountsV1;
  "http/reconciler/resolve-finding.v1": ResolveFindingRequestV1;
  "http/reconciler/run-list.v1": RunListV1;
  "http/reconciler/run-query.v1": RunQueryV1;
  "http/reconciler/run-request.v1": RunRequestV1;
  "http/reconciler/run-requested.v1": RunRequestedV1;
  "http/reconciler/run.v1": RunV1;
  "partners/aos/custody-event-facts.v1": AosCustodyEventFactsV1;
  "partners/aos/custody-record.v1": AosCustodyRecordV1;
  "partners/aos/evidence-item-facts.v1": AosEvidenceItemFactsV1;
  "partners/aos/evidence-register.v1": AosEvidenceRegisterV1;
  "partners/aos/forensic-report-facts.v1": AosForensicReportFactsV1;
  "partners/aos/hash-reverification-facts.v1": AosHashReverificationFactsV1;
  "partners/aos/investigation-report.v1": AosInvestigationReportV1;
  "partners/aos/invoice.v1": AosInvoiceV1;
  "partners/aos/matter-request.v1": AosMatterRequestV1;
  "partners/aos/matter-status.v1": AosMatterStatusV1;
  "partners/aos/matter-withdrawal.v1": AosMatterWithdrawalV1;
  "partners/bell24/booth-change-facts.v1": Bell24BoothChangeFactsV1;
  "partners/bell24/booth-change.v1": Bell24BoothChangeV1;
  "partners/bell24/daily-report.v1": Bell24DailyReportV1;
  "partners/bell24/inquiry-figures-facts.v1": Bell24InquiryFiguresFactsV1;
  "partners/bell24/invoice.v1": Bell24InvoiceV1;
  "partners/bell24/operation-request.v1": Bell24OperationRequestV1;
  "partners/bell24/request-withdrawal.v1": Bell24RequestWithdrawalV1;
  "partners/bell24/status-report.v1": Bell24StatusReportV1;
  "partners/cmg/fee-note.v1": CmgFeeNoteV1;
  "partners/cmg/mandate-brief.v1": CmgMandateBriefV1;
  "partners/cmg/mandate-log.v1": CmgMandateLogV1;
  "partners/cmg/mandate-stand-down.v1": CmgMandateStandDownV1;
  "partners/cmg/sign-off.v1": CmgSignOffV1;
  "partners/cmg/statement-draft.v1": CmgStatementDraftV1;
  "partners/cmg/statement-facts.v1": CmgStatementFactsV1;
  "partners/eltes/alert-batch.v1": EltesAlertBatchV1;
  "partners/eltes/daily-monitoring-report-facts.v1": EltesDailyMonitoringReportFactsV1;
  "partners/eltes/daily-report.v1": EltesDailyReportV1;
  "partners/eltes/invoice.v1": EltesInvoiceV1;
  "partners/eltes/monitoring-alert-facts.v1": EltesMonitoringAlertFactsV1;
  "partners/eltes/monitoring-request.v1": EltesMonitoringRequestV1;
  "partners/eltes/monitoring-stop.v1": EltesMonitoringStopV1;
  "partners/eltes/project-status.v1": EltesProjectStatusV1;
  "partners/isr/evaluation-notice.v1": IsrEvaluationNoticeV1;
  "partners/isr/invoice.v1": IsrInvoiceV1;
  "partners/isr/mail-magazine-issue-facts.v1": IsrMailMagazineIssueFactsV1;
  "partners/isr/rating-certificate-facts.v1": IsrRatingCertificateFactsV1;
  "partners/isr/rating-certificate.v1": IsrRatingCertificateV1;
  "partners/isr/rating-request.v1": IsrRatingRequestV1;
  "partners/isr/request-withdrawal.v1": IsrRequestWithdrawalV1;
  "partners/isr/result-publication.v1": IsrResultPublicationV1;
  "partners/isr/website-posting-facts.v1": IsrWebsitePostingFactsV1;
  "partners/lac/callback-receipt.v1": LacCallbackReceiptV1;
  "partners/lac/engagement-cancellation.v1": LacEngagementCancellationV1;
  "partners/lac/engagement-cancellation.v2": LacEngagementCancellationV2;
  "partners/lac/engagement-receipt.v1": LacEngagementReceiptV1;
  "partners/lac/engagement-request.v1": LacEngagementRequestV1;
  "partners/lac/engagement-request.v2": LacEngagementRequestV2;
  "partners/lac/invoice.v2": LacInvoiceV2;
  "partners/lac/status-callback.v1": LacStatusCallbackV1;
  "partners/lac/status-callback.v2": LacStatusCallbackV2;
  "partners/prap/anken-cancellation.v1": PrapAnkenCancellationV1;
  "partners/prap/anken-order.v1": PrapAnkenOrderV1;
  "partners/prap/anken-status.v1": PrapAnkenStatusV1;
  "partners/prap/crisis-document-facts.v1": PrapCrisisDocumentFactsV1;
  "partners/prap/document-drafts.v1": PrapDocumentDraftsV1;
  "partners/prap/kohyo-report.v1": PrapKohyoReportV1;
  "partners/prap/media-coverage-facts.v1": PrapMediaCoverageFactsV1;
  "partners/prap/media-coverage-report.v1": PrapMediaCoverageReportV1;
  "partners/prap/publication-facts.v1": PrapPublicationFactsV1;
  "partners/prap/seikyusho.v1": PrapSeikyushoV1;
  "partners/prap/shonin-kekka.v1": PrapShoninKekkaV1;
}

export type SchemaRef = keyof ContractTypes;

/** The refs by name, e.g. `contractValidator().validate(SCHEMA_REFS.orderIssuedV1, data)`. */
export const SCHEMA_REFS = {
  deadLetterV1: "events/dead-letter.v1",
  deliverableReviewedV1: "events/deliverable-reviewed.v1",
  deliverablesReceivedV1: "events/deliverables-received.v1",
  envelopeV1: "events/envelope.v1",
  invoiceOutcomeV1: "events/invoice-outcome.v1",
  invoiceV1: "events/invoice-submitted.v1",
  invoiceV2: "events/invoice-submitted.v2",
  orderCancelledV1: "events/order-cancelled.v1",
  orderIssuedV1: "events/order-issued.v1",
  orderStatusChangedV1: "events/order-status-changed.v1",
  partnerEndpointDisabledV1: "events/partner-endpoint-disabled.v1",
  partnerUpdatePlacedV1: "events/partner-update-placed.v1",
  payoutAmendedV1: "events/payout-amended.v1",
  payoutBankConfirmedV1: "events/payout-bank-confirmed.v1",
  payoutInstructedV1: "events/payout-instructed.v1",
  reconciliationFindingV1: "events/reconciliation-finding.v1",
  callbackOutcomeV1: "http/adapter/callback-outcome.v1",
  deliverablesReceiptV1: "http/adapter/deliverables-receipt.v1",
  deliveryAttemptQueryV1: "http/adapter/delivery-attempt-query.v1",
  deliveryAttemptListV1: "http/adapter/delivery-attempts.v1",
  deliveryAttemptListV2: "http/adapter/delivery-attempts.v2",
  deliveryAttemptListV3: "http/adapter/delivery-attempts.v3",
  deliveryAttemptListV4: "http/adapter/delivery-attempts.v4",
  deliveryRecordV1: "http/adapter/delivery.v1",
  deliveryRecordV2: "http/adapter/delivery.v2",
  enableEndpointRequestV1: "http/adapter/enable-endpoint.v1",
  enableEndpointRequestV2: "http/adapter/enable-endpoint.v2",
  partnerEndpointV1: "http/adapter/endpoint.v1",
  feedAcknowledgementResultV1: "http/adapter/feed-ack-result.v1",
  feedAcknowledgementV1: "http/adapter/feed-ack.v1",
  deliveryFeedV1: "http/adapter/feed.v1",
  deliveryFeedV2: "http/adapter/feed.v2",
  submissionReceiptV1: "http/adapter/submission-receipt.v1",
  errorResponseV1: "http/common/error.v1",
  healthCheckV1: "http/common/health-check.v1",
  healthIndicatorsV1: "http/common/health-indicators.v1",
  healthResponseV1: "http/common/health.v1",
  consumerLagV1: "http/console/consumer-lag.v1",
  consoleDirectoryV1: "http/console/directory.v1",
  consoleSessionV1: "http/console/session.v1",
  amendVictimsRequestV1: "http/core/amend-victims.v1",
  amendVictimsRequestV2: "http/core/amend-victims.v2",
  approveInvoiceRequestV1: "http/core/approve-invoice.v1",
  approveInvoiceRequestV2: "http/core/approve-invoice.v2",
  auditLogQueryV1: "http/core/audit-log-query.v1",
  auditLogPageV1: "http/core/audit-log.v1",
  authorizationServerMetadataV1: "http/core/authorization-server-metadata.v1",
  cancelOrderRequestV1: "http/core/cancel-order.v1",
  cancelOrderRequestV2: "http/core/cancel-order.v2",
  caseListV1: "http/core/case-list.v1",
  caseQueryV1: "http/core/case-query.v1",
  caseTimelineV1: "http/core/case-timeline.v1",
  caseTimelineV2: "http/core/case-timeline.v2",
  caseV1: "http/core/case.v1",
  caseV2: "http/core/case.v2",
  closeOrderRequestV1: "http/core/close-order.v1",
  closeOrderRequestV2: "http/core/close-order.v2",
  confirmPaymentRequestV1: "http/core/confirm-payment.v1",
  confirmPaymentRequestV2: "http/core/confirm-payment.v2",
  coverageDecisionRequestV1: "http/core/coverage-decision.v1",
  coverageDecisionRequestV2: "http/core/coverage-decision.v2",
  creditNoteViewV1: "http/core/credit-note.v1",
  creditNoteViewV2: "http/core/credit-note.v2",
  deadLetterListV1: "http/core/dead-letter-list.v1",
  deadLetterQueryV1: "http/core/dead-letter-query.v1",
  deadLetterReplayV1: "http/core/dead-letter-replay.v1",
  deadLetterViewV1: "http/core/dead-letter.v1",
  deliverableQueryV1: "http/core/deliverable-query.v1",
  deliverableViewV1: "http/core/deliverable.v1",
  deliverablePageV1: "http/core/deliverables.v1",
  invoiceListV1: "http/core/invoice-list.v1",
  invoiceQueryV1: "http/core/invoice-query.v1",
  invoiceViewV1: "http/core/invoice.v1",
  invoiceViewV2: "http/core/invoice.v2",
  issueOrderRequestV1: "http/core/issue-order.v1",
  issueOrderRequestV2: "http/core/issue-order.v2",
  issueOrderRequestV3: "http/core/issue-order.v3",
  jsonWebKeySetV1: "http/core/jwks.v1",
  liabilityPaymentViewV1: "http/core/liability-payment.v1",
  liabilityReversalViewV1: "http/core/liability-reversal.v1",
  limitUsageViewV1: "http/core/limit-usage.v1",
  limitUsageViewV2: "http/core/limit-usage.v2",
  oAuthErrorV1: "http/core/oauth-error.v1",
  oAuthTokenRequestV1: "http/core/oauth-token-request.v1",
  oAuthTokenV1: "http/core/oauth-token.v1",
  orderListV1: "http/core/order-list.v1",
  orderQueryV1: "http/core/order-query.v1",
  orderV1: "http/core/order.v1",
  orderV2: "http/core/order.v2",
  payoutQueryV1: "http/core/payout-query.v1",
  payoutListV1: "http/core/payouts.v1",
  payoutListV2: "http/core/payouts.v2",
  payoutListV3: "http/core/payouts.v3",
  policyV1: "http/core/policy.v1",
  policyV2: "http/core/policy.v2",
  liabilityPaymentRequestV1: "http/core/record-liability-payment.v1",
  recoverDeadLettersRequestV1: "http/core/recover-dead-letters.v1",
  recoverDeadLettersRequestV2: "http/core/recover-dead-letters.v2",
  recoveryV1: "http/core/recovery.v1",
  redecisionListV1: "http/core/redecisions.v1",
  registerPolicyRequestV1: "http/core/register-policy.v1",
  registerPolicyRequestV2: "http/core/register-policy.v2",
  registerPolicyRequestV3: "http/core/register-policy.v3",
  rejectInvoiceRequestV1: "http/core/reject-invoice.v1",
  rejectInvoiceRequestV2: "http/core/reject-invoice.v2",
  replayDeadLetterRequestV1: "http/core/replay-dead-letter.v1",
  replayDeadLetterRequestV2: "http/core/replay-dead-letter.v2",
  reportIncidentRequestV1: "http/core/report-incident.v1",
  reportIncidentRequestV2: "http/core/report-incident.v2",
  reportIncidentRequestV3: "http/core/report-incident.v3",
  reverseLiabilityPaymentRequestV1: "http/core/reverse-liability-payment.v1",
  reverseLiabilityPaymentRequestV2: "http/core/reverse-liability-payment.v2",
  reviewDeliverableRequestV1: "http/core/review-deliverable.v1",
  creditNoteRequestV1: "http/core/submit-credit-note.v1",
  creditNoteRequestV2: "http/core/submit-credit-note.v2",
  timelineQueryV1: "http/core/timeline-query.v1",
  victimsAmendedViewV1: "http/core/victims-amended.v1",
  partnerSimLacCancellationV1: "http/partner-sim/lac-cancellation.v1",
  partnerSimLacEngagementV1: "http/partner-sim/lac-engagement.v1",
  partnerSimLacEngagementV2: "http/partner-sim/lac-engagement.v2",
  partnerSimLacEngagementsV1: "http/partner-sim/lac-engagements.v1",
  partnerSimLacEngagementsV2: "http/partner-sim/lac-engagements.v2",
  bankFileImportQueryV1: "http/reconciler/bank-file-import-query.v1",
  bankFileImportV1: "http/reconciler/bank-file-import.v1",
  bankTransferExportQueryV1: "http/reconciler/bank-transfer-export-query.v1",
  bankTransferExportsV1: "http/reconciler/bank-transfer-exports.v1",
  findingListV1: "http/reconciler/finding-list.v1",
  findingQueryV1: "http/reconciler/finding-query.v1",
  findingV1: "http/reconciler/finding.v1",
  monthEndQueryV1: "http/reconciler/month-end-query.v1",
  monthEndStatementV1: "http/reconciler/month-end.v1",
  payeeAccountQueryV1: "http/reconciler/payee-account-query.v1",
  payeeAccountRequestV1: "http/reconciler/payee-account-request.v1",
  payeeAccountV1: "http/reconciler/payee-account.v1",
  payeeAccountsV1: "http/reconciler/payee-accounts.v1",
  resolveFindingRequestV1: "http/reconciler/resolve-finding.v1",
  runListV1: "http/reconciler/run-list.v1",
  runQueryV1: "http/reconciler/run-query.v1",
  runRequestV1: "http/reconciler/run-request.v1",
  runRequestedV1: "http/reconciler/run-requested.v1",
  runV1: "http/reconciler/run.v1",
  aosCustodyEventFactsV1: "partners/aos/custody-event-facts.v1",
  aosCustodyRecordV1: "partners/aos/custody-record.v1",
  aosEvidenceItemFactsV1: "partners/aos/evidence-item-facts.v1",
  aosEvidenceRegisterV1: "partners/aos/evidence-register.v1",
  aosForensicReportFactsV1: "partners/aos/forensic-report-facts.v1",
  aosHashReverificationFactsV1: "partners/aos/hash-reverification-facts.v1",
  aosInvestigationReportV1: "partners/aos/investigation-report.v1",
  aosInvoiceV1: "partners/aos/invoice.v1",
  aosMatterRequestV1: "partners/aos/matter-request.v1",
  aosMatterStatusV1: "partners/aos/matter-status.v1",
  aosMatterWithdrawalV1: "partners/aos/matter-withdrawal.v1",
  bell24BoothChangeFactsV1: "partners/bell24/booth-change-facts.v1",
  bell24BoothChangeV1: "partners/bell24/booth-change.v1",
  bell24DailyReportV1: "partners/bell24/daily-report.v1",
  bell24InquiryFiguresFactsV1: "partners/bell24/inquiry-figures-facts.v1",
  bell24InvoiceV1: "partners/bell24/invoice.v1",
  bell24OperationRequestV1: "partners/bell24/operation-request.v1",
  bell24RequestWithdrawalV1: "partners/bell24/request-withdrawal.v1",
  bell24StatusReportV1: "partners/bell24/status-report.v1",
  cmgFeeNoteV1: "partners/cmg/fee-note.v1",
  cmgMandateBriefV1: "partners/cmg/mandate-brief.v1",
  cmgMandateLogV1: "partners/cmg/mandate-log.v1",
  cmgMandateStandDownV1: "partners/cmg/mandate-stand-down.v1",
  cmgSignOffV1: "partners/cmg/sign-off.v1",
  cmgStatementDraftV1: "partners/cmg/statement-draft.v1",
  cmgStatementFactsV1: "partners/cmg/statement-facts.v1",
  eltesAlertBatchV1: "partners/eltes/alert-batch.v1",
  eltesDailyMonitoringReportFactsV1: "partners/eltes/daily-monitoring-report-facts.v1",
  eltesDailyReportV1: "partners/eltes/daily-report.v1",
  eltesInvoiceV1: "partners/eltes/invoice.v1",
  eltesMonitoringAlertFactsV1: "partners/eltes/monitoring-alert-facts.v1",
  eltesMonitoringRequestV1: "partners/eltes/monitoring-request.v1",
  eltesMonitoringStopV1: "partners/eltes/monitoring-stop.v1",
  eltesProjectStatusV1: "partners/eltes/project-status.v1",
  isrEvaluationNoticeV1: "partners/isr/evaluation-notice.v1",
  isrInvoiceV1: "partners/isr/invoice.v1",
  isrMailMagazineIssueFactsV1: "partners/isr/mail-magazine-issue-facts.v1",
  isrRatingCertificateFactsV1: "partners/isr/rating-certificate-facts.v1",
  isrRatingCertificateV1: "partners/isr/rating-certificate.v1",
  isrRatingRequestV1: "partners/isr/rating-request.v1",
  isrRequestWithdrawalV1: "partners/isr/request-withdrawal.v1",
  isrResultPublicationV1: "partners/isr/result-publication.v1",
  isrWebsitePostingFactsV1: "partners/isr/website-posting-facts.v1",
  lacCallbackReceiptV1: "partners/lac/callback-receipt.v1",
  lacEngagementCancellationV1: "partners/lac/engagement-cancellation.v1",
  lacEngagementCancellationV2: "partners/lac/engagement-cancellation.v2",
  lacEngagementReceiptV1: "partners/lac/engagement-receipt.v1",
  lacEngagementRequestV1: "partners/lac/engagement-request.v1",
  lacEngagementRequestV2: "partners/lac/engagement-request.v2",
  lacInvoiceV2: "partners/lac/invoice.v2",
  lacStatusCallbackV1: "partners/lac/status-callback.v1",
  lacStatusCallbackV2: "partners/lac/status-callback.v2",
  prapAnkenCancellationV1: "partners/prap/anken-cancellation.v1",
  prapAnkenOrderV1: "partners/prap/anken-order.v1",
  prapAnkenStatusV1: "partners/prap/anken-status.v1",
  prapCrisisDocumentFactsV1: "partners/prap/crisis-document-facts.v1",
  prapDocumentDraftsV1: "partners/prap/document-drafts.v1",
  prapKohyoReportV1: "partners/prap/kohyo-report.v1",
  prapMediaCoverageFactsV1: "partners/prap/media-coverage-facts.v1",
  prapMediaCoverageReportV1: "partners/prap/media-coverage-report.v1",
  prapPublicationFactsV1: "partners/prap/publication-facts.v1",
  prapSeikyushoV1: "partners/prap/seikyusho.v1",
  prapShoninKekkaV1: "partners/prap/shonin-kekka.v1",
} as const satisfies Record<string, SchemaRef>;
