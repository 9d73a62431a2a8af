/**
 * Generated from every schema under contracts/ by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

export * from "./common/definitions.v1";
export * from "./common/settlement-definitions.v1";
export * from "./events/dead-letter.v1";
export * from "./events/envelope.v1";
export * from "./events/invoice-submitted.v1";
export * from "./events/order-issued.v1";
export * from "./events/order-status-changed.v1";
export * from "./events/payout-instructed.v1";
export * from "./http/common/error.v1";
export * from "./http/common/health.v1";
export * from "./http/core/approve-invoice.v1";
export * from "./http/core/cancel-order.v1";
export * from "./http/core/case-timeline.v1";
export * from "./http/core/case.v1";
export * from "./http/core/close-order.v1";
export * from "./http/core/confirm-payment.v1";
export * from "./http/core/coverage-decision.v1";
export * from "./http/core/credit-note.v1";
export * from "./http/core/invoice.v1";
export * from "./http/core/issue-order.v1";
export * from "./http/core/liability-payment.v1";
export * from "./http/core/limit-usage.v1";
export * from "./http/core/order.v1";
export * from "./http/core/payouts.v1";
export * from "./http/core/policy.v1";
export * from "./http/core/record-liability-payment.v1";
export * from "./http/core/register-policy.v1";
export * from "./http/core/register-policy.v2";
export * from "./http/core/reject-invoice.v1";
export * from "./http/core/report-incident.v1";
export * from "./http/core/report-incident.v2";
export * from "./http/core/submit-credit-note.v1";
export * from "./http/partner-sim/lac-engagement.v1";
export * from "./http/partner-sim/lac-engagements.v1";
export * from "./partners/lac/callback-receipt.v1";
export * from "./partners/lac/engagement-receipt.v1";
export * from "./partners/lac/engagement-request.v1";
export * from "./partners/lac/status-callback.v1";
export * from "./schema-refs";
