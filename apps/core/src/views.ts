import type { CaseTimelineV1, CaseV1, OrderV1, PolicyV1 } from '@hub/contracts';
import type { CaseEntity } from './cases/case.entity';
import type { OrderEntity } from './orders/order.entity';
import type { PolicyEntity } from './policies/policy.entity';
import type { TimelineEntryEntity } from './timeline/timeline-entry.entity';

/**
 * What the HTTP API shows of each record: stable field names, ISO timestamps, integer yen. The return
 * types are generated from contracts/http/core, so a view cannot drift from its published contract.
 */
export const policyView = (p: PolicyEntity): PolicyV1 => ({
  policyId: p.id,
  policyNumber: p.policyNumber,
  product: p.product,
  insured: { name: p.insuredName, ...(p.insuredCorporateNumber ? { corporateNumber: p.insuredCorporateNumber } : {}) },
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  retroactiveDate: p.retroactiveDate,
  liabilityLimitYen: p.liabilityLimitYen,
  expenseSublimitYen: p.expenseSublimitYen,
});

export const orderView = (o: OrderEntity): OrderV1 => ({
  orderId: o.id,
  caseId: o.caseId,
  partnerId: o.partnerId,
  supportFunction: o.supportFunction,
  scope: o.scope,
  estimateYen: o.estimateYen,
  status: o.status,
  statusReason: o.statusReason,
  partnerReference: o.partnerReference,
  issuedAt: o.issuedAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

export const caseView = (c: CaseEntity, orders: OrderEntity[] = []): CaseV1 => ({
  caseId: c.id,
  policyId: c.policyId,
  incident: {
    kind: c.incidentKind,
    summary: c.incidentSummary,
    discoveredAt: c.discoveredAt.toISOString(),
    estimatedRecords: c.estimatedRecords,
  },
  usageNotice: {
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    contactEmail: c.contactEmail,
    requestedFunctions: c.requestedFunctions,
  },
  coverage: {
    status: c.coverageStatus,
    decidedBy: c.coverageDecidedBy,
    reason: c.coverageReason,
    decidedAt: c.coverageDecidedAt?.toISOString() ?? null,
  },
  reportedAt: c.reportedAt.toISOString(),
  orders: orders.map(orderView),
});

export const timelineEntryView = (e: TimelineEntryEntity): CaseTimelineV1['entries'][number] => ({
  kind: e.kind,
  orderId: e.orderId,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  milestone: e.milestone,
  note: e.note,
  actor: e.actor,
  eventId: e.eventId,
  occurredAt: e.occurredAt.toISOString(),
  recordedAt: e.recordedAt.toISOString(),
});
