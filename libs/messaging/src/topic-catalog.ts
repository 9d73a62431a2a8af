import type { DeliverableReviewedV1, DeliverablesReceivedV1, InvoiceOutcomeV1, InvoiceV2, OrderCancelledV1, OrderIssuedV1, OrderStatusChangedV1, PartnerEndpointDisabledV1, PartnerUpdatePlacedV1, PayoutAmendedV1, PayoutBankConfirmedV1, PayoutInstructedV1, ReconciliationFindingV1 } from '@hub/contracts';
import { RETRY_POLICIES, RetryPolicy } from './retry-policy';

/**
 * The one catalog of Kafka topics. Each topic carries its event type, the contract its payload must
 * satisfy, the key that keeps one incident's events in order, and its retry and dead-letter policy.
 * `P` ties the payload type (generated from the contract) to the topic at compile time.
 */
export interface TopicDefinition<P = unknown> {
  readonly name: string;
  readonly eventType: string;
  readonly schemaVersion: number;
  /** Contract the payload must satisfy, as a path under contracts/ without `.schema.json`. */
  readonly payloadSchema: string;
  readonly partitions: number;
  readonly retry: RetryPolicy;
  readonly deadLetterTopic: string;
  /** Phantom field: never set, only carries the payload type. */
  readonly __payload?: P;
}

function topic<P>(definition: Omit<TopicDefinition<P>, 'deadLetterTopic' | '__payload'>): TopicDefinition<P> {
  return { ...definition, deadLetterTopic: `${definition.name}.dlq` };
}

export const TOPICS = {
  orderIssued: topic<OrderIssuedV1>({
    name: 'hub.order.issued.v1',
    eventType: 'order.issued',
    schemaVersion: 1,
    payloadSchema: 'events/order-issued.v1',
    partitions: 3,
    retry: RETRY_POLICIES.handOff,
  }),
  orderStatusChanged: topic<OrderStatusChangedV1>({
    name: 'hub.order.status-changed.v1',
    eventType: 'order.status-changed',
    schemaVersion: 1,
    payloadSchema: 'events/order-status-changed.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /** The coordinator cancelled an order: its partner's adapter tells the partner, after the order and never before. */
  orderCancelled: topic<OrderCancelledV1>({
    name: 'hub.order.cancelled.v1',
    eventType: 'order.cancelled',
    schemaVersion: 1,
    payloadSchema: 'events/order-cancelled.v1',
    partitions: 3,
    retry: RETRY_POLICIES.handOff,
  }),
  /** What core made of a partner's status report, for the adapter to keep with the callback it came from. */
  orderUpdatePlaced: topic<PartnerUpdatePlacedV1>({
    name: 'hub.order.update-placed.v1',
    eventType: 'order.update-placed',
    schemaVersion: 1,
    payloadSchema: 'events/partner-update-placed.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /** An adapter disabled its partner's endpoint (410, or failing for days): one alert per case with deliveries held. */
  partnerEndpointDisabled: topic<PartnerEndpointDisabledV1>({
    name: 'hub.partner.endpoint-disabled.v1',
    eventType: 'partner.endpoint-disabled',
    schemaVersion: 1,
    payloadSchema: 'events/partner-endpoint-disabled.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /** A settled invoice's covered yen, for the insurer to pay (to the insured, or the partner by assignment). */
  payoutInstructed: topic<PayoutInstructedV1>({
    name: 'hub.payout.instructed.v1',
    eventType: 'payout.instructed',
    schemaVersion: 1,
    payloadSchema: 'events/payout-instructed.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  payoutAmended: topic<PayoutAmendedV1>({
    name: 'hub.payout.amended.v1',
    eventType: 'payout.amended',
    schemaVersion: 1,
    payloadSchema: 'events/payout-amended.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /**
   * A partner's invoice, mapped by its adapter from the partner's native form to the canonical invoice (the body of
   * POST /invoices); core settles it exactly as that endpoint does. Issue 7 calls this topic hub.invoice.submitted.v1,
   * but the canonical invoice is InvoiceV2 (events/invoice-submitted.v1, core API v2's body, is superseded), and a topic's
   * version is its payload's: hence .v2.
   */
  invoiceSubmitted: topic<InvoiceV2>({
    name: 'hub.invoice.submitted.v2',
    eventType: 'invoice.submitted',
    schemaVersion: 2,
    payloadSchema: 'events/invoice-submitted.v2',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /** What core made of an invoice that came over Kafka (accepted, or refused as POST /invoices would), for the partner's adapter to report back. */
  invoiceOutcome: topic<InvoiceOutcomeV1>({
    name: 'hub.invoice.outcome.v1',
    eventType: 'invoice.outcome',
    schemaVersion: 1,
    payloadSchema: 'events/invoice-outcome.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /**
   * Deliverables a partner submitted (drafts, alerts, daily figures, certificates, evidence), new to the hub, mapped by its
   * adapter: core keeps them for people and puts them on the case's timeline.
   */
  deliverablesReceived: topic<DeliverablesReceivedV1>({
    name: 'hub.order.deliverables-received.v1',
    eventType: 'order.deliverables-received',
    schemaVersion: 1,
    payloadSchema: 'events/deliverables-received.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /** The coordinator approved or returned a deliverable that needed approval: its partner's adapter tells the partner. */
  deliverableReviewed: topic<DeliverableReviewedV1>({
    name: 'hub.order.deliverable-reviewed.v1',
    eventType: 'order.deliverable-reviewed',
    schemaVersion: 1,
    payloadSchema: 'events/deliverable-reviewed.v1',
    partitions: 3,
    retry: RETRY_POLICIES.handOff,
  }),
  /**
   * A reconciliation job found a break, or one was resolved (issue 11). Keyed by the finding's case, or by the finding
   * itself when it is about no one case; for operators' alerting and the insurer's finance systems.
   */
  reconciliationFinding: topic<ReconciliationFindingV1>({
    name: 'hub.reconciliation.finding.v1',
    eventType: 'reconciliation.finding',
    schemaVersion: 1,
    payloadSchema: 'events/reconciliation-finding.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
  /**
   * The insurer's bank reported a transfer the reconciler matched to an instructed payout (issue 11): a command to core,
   * which confirms the payment as finance would, with the reconciler as actor. Keyed by the payout's case.
   */
  payoutBankConfirmed: topic<PayoutBankConfirmedV1>({
    name: 'hub.payout.bank-confirmed.v1',
    eventType: 'payout.bank-confirmed',
    schemaVersion: 1,
    payloadSchema: 'events/payout-bank-confirmed.v1',
    partitions: 3,
    retry: RETRY_POLICIES.stateChange,
  }),
} as const;

export type TopicKey = keyof typeof TOPICS;

export const TOPIC_NAME_PATTERN = /^hub\.[a-z][a-z-]*\.[a-z][a-z-]*\.v[1-9][0-9]*$/;

export function catalogTopics(): TopicDefinition[] {
  return Object.values(TOPICS) as TopicDefinition[];
}

export function findTopic(name: string): TopicDefinition | undefined {
  return catalogTopics().find((t) => t.name === name);
}
