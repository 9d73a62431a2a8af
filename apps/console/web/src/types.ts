// The shapes the console reads, from the hub's published contracts (generated types), plus the list pages.
import type { CaseV2 } from '@contracts/http/core/case.v2';
import type { OrderV2 } from '@contracts/http/core/order.v2';
import type { InvoiceViewV2 as InvoiceV2 } from '@contracts/http/core/invoice.v2';
import type { LimitUsageViewV2 as LimitUsageV2 } from '@contracts/http/core/limit-usage.v2';
import type { PolicyV2 } from '@contracts/http/core/policy.v2';
import type { PayoutV2 } from '@contracts/common/settlement-definitions.v2';
import type { CaseListV1 } from '@contracts/http/core/case-list.v1';
import type { CaseTimelineV2 } from '@contracts/http/core/case-timeline.v2';

export type { CaseV2, OrderV2, InvoiceV2, LimitUsageV2, PolicyV2, PayoutV2 };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type CaseSummary = CaseListV1['cases'][number];
export type { CaseTimelineV2 };
export type TimelineEntry = CaseTimelineV2['entries'][number];

export interface Deliverable {
  deliverableId: string;
  orderId: string;
  partnerId: string;
  kind: string;
  reference: string;
  version: number;
  title: string;
  summary: string | null;
  attention: 'urgent' | 'normal' | 'bulk';
  occurredAt: string;
  receivedAt: string;
  facts: Record<string, unknown>;
  needsApproval: boolean;
  discrepancy: string | null;
  review: { decision: 'approved' | 'returned'; comment: string | null; reviewedBy: string; reviewedAt: string } | null;
}

export interface DeadLetter {
  id: string;
  state: 'open' | 'replayed';
  consumerGroup: string;
  appName: string;
  sourceTopic: string;
  caseId: string | null;
  partnerId: string | null;
  error: { name: string; message: string };
  attempts: number;
  failedAt: string;
  replayedAt: string | null;
  replayedBy: string | null;
}

export interface DeliveryAttempt {
  attemptNo: number;
  channel: 'push' | 'poll';
  startedAt: string;
  durationMs: number;
  httpStatus: number | null;
  outcome: string;
  error: string | null;
}

export interface DeliveryState {
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
  attemptLog: DeliveryAttempt[];
}

export interface PartnerEndpoint {
  partnerId: string;
  url: string | null;
  channel: 'push' | 'poll';
  state: 'enabled' | 'disabled';
  consecutiveFailures: number;
  breakerOpenUntil: string | null;
  pendingDeliveries: number;
}

/** The reconciler's jobs (GET /findings?job=, POST /runs). */
export type ReconciliationJob = 'orders-invoices' | 'ledger' | 'payouts-bank' | 'bank-export' | 'messaging-health' | 'retention' | 'month-end';

/** A finding of the reconciler (GET /findings): a break one of its jobs found, open until it no longer holds or a person resolves it. */
export interface Finding {
  findingId: string;
  job: string;
  kind: string;
  severity: 'incident' | 'warning';
  subjectType: string;
  subjectId: string;
  caseId: string | null;
  partnerId: string | null;
  amountYen: number | null;
  summary: string;
  detail: Record<string, unknown>;
  state: 'open' | 'resolved';
  firstFoundOn: string;
  lastFoundOn: string;
  firstRunId: string;
  lastRunId: string;
  openedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: 'no_longer_holds' | 'resolved_by_person' | null;
  resolutionNote: string | null;
}

/** A run of a reconciliation job for a day (GET /runs). */
export interface ReconciliationRun {
  runId: string;
  job: string;
  businessDate: string;
  trigger: 'schedule' | 'catch_up' | 'manual' | 'cli';
  state: 'running' | 'succeeded' | 'failed' | 'skipped';
  startedAt: string;
  finishedAt: string | null;
  found: number;
  opened: number;
  closed: number;
  summary: Record<string, unknown>;
  error: string | null;
}
