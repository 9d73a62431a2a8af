import type { CaseTimelineV2, CaseV2, OrderV2, PolicyV2 } from '@hub/contracts';
import type { CaseEntity } from './cases/case.entity';
import type { CostBearingDecision } from './orders/order.repository';
import type { OrderEntity } from './orders/order.entity';
import type { PolicyEntity } from './policies/policy.entity';
import { caseFactsOf } from './settlement/coverage-facts';
import type { TimelineEntryEntity } from './timeline/timeline-entry.entity';

/**
 * What the HTTP API shows of each record: stable field names, ISO timestamps, integer yen. The return
 * types are generated from contracts/http/core, so a view cannot drift from its published contract.
 */
export const policyView = (p: PolicyEntity): PolicyV2 => ({
  policyId: p.id,
  policyNumber: p.policyNumber,
  product: p.product,
  chamberPlan: p.chamberSet ? { set: p.chamberSet as 'A', variant: p.chamberVariant as 'standard' } : null,
  insured: { name: p.insuredName, ...(p.insuredCorporateNumber ? { corporateNumber: p.insuredCorporateNumber } : {}) },
  firstInceptionDate: p.firstInceptionDate,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  retroactiveDate: p.retroactiveDate,
  liabilityLimitYen: p.liabilityLimitYen,
  expenseSublimitYen: p.expenseSublimitYen,
  expenseDeductibleYen: p.expenseDeductibleYen,
  condolenceCaps: { perIndividualYen: p.condolencePerIndividualYen, perCorporationYen: p.condolencePerCorporationYen },
  claimAssignedToPartners: p.claimAssignedToPartners,
  registeredAt: p.registeredAt.toISOString(),
});

export const orderView = (o: OrderEntity, costBearing: CostBearingDecision | null = null): OrderV2 => ({
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
  insured: o.insured,
  costBearing: costBearing && {
    agreedBy: costBearing.agreedBy,
    recordedBy: costBearing.recordedBy,
    reason: costBearing.reason,
    decidedAt: costBearing.decidedAt.toISOString(),
  },
  acceptedAt: o.acceptedAt?.toISOString() ?? null,
});

export const caseView = (
  c: CaseEntity,
  policyNumber: string,
  orders: OrderEntity[] = [],
  costBearing: ReadonlyMap<string, CostBearingDecision> = new Map(),
): CaseV2 => {
  const facts = caseFactsOf(c);
  return {
    caseId: c.id,
    policyId: c.policyId,
    policyNumber,
    incident: {
      kind: c.eventKind,
      summary: c.incidentSummary,
      occurredAt: (c.causeAt ?? c.occurredAt ?? c.discoveredAt).toISOString(),
      discoveredAt: c.discoveredAt.toISOString(),
      discoveryChannel: c.discoveryChannel,
      victims: { individuals: c.affectedIndividuals, corporations: c.affectedCorporations },
      estimatedRecords: c.estimatedRecords,
    },
    settlementFacts: { ...facts, victims: { ...facts.victims } },
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
    orders: orders.map((o) => orderView(o, costBearing.get(o.id) ?? null)),
  };
};

export const timelineEntryView = (e: TimelineEntryEntity): CaseTimelineV2['entries'][number] => ({
  entryId: e.id,
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
