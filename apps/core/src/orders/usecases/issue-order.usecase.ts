import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type ActorContext, actorLabel } from '@hub/auth';
import type { IssueOrderRequestV3 } from '@hub/contracts';
import { engagementRefusal } from '@hub/coverage';
import { conflict, idempotencyKeyReused, notFound, unprocessable } from '@hub/refusals';
import { IdempotencyRepository } from '@hub/persistence';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { findPartner, partnerProvides } from '@hub/partners';
import { CaseRepository } from '../../cases/case.repository';
import { PolicyRepository } from '../../policies/policy.repository';
import { caseFactsOf, termsOf } from '../../settlement/coverage-facts';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { OrderEntity } from '../order.entity';
import { OrderRepository } from '../order.repository';

/**
 * The coordinator engages a partner for one support function on a case. At the policy's expense only where the
 * insurer confirmed coverage and the order could produce covered yen (seed 000: 保険金がお支払いできる場合に限り):
 * the same rules settlement applies, asked before the partner works (@hub/coverage's engagementRefusal). An
 * explicit, recorded decision that the insured bears the cost itself (who agreed, who recorded it, why) lets an
 * order go ahead anyway, marked not insured: its invoices never touch the limits. The order and its
 * `order.issued` event commit together.
 */
@Injectable()
export class IssueOrder {
  private readonly logger = new Logger(IssueOrder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    private readonly cases: CaseRepository,
    private readonly policies: PolicyRepository,
    private readonly orders: OrderRepository,
    private readonly timeline: TimelineRepository,
    private readonly idempotency: IdempotencyRepository,
  ) {}

  execute(caseId: string, request: IssueOrderRequestV3, { actor, correlationId }: ActorContext, idempotencyKey?: string): Promise<OrderEntity> {
    const partner = findPartner(request.partnerId);
    if (!partner) {
      throw unprocessable('unknown_partner', `No partner ${request.partnerId}`, [
        { field: 'partnerId', reason: 'is not a partner of the service' },
      ]);
    }
    if (!partnerProvides(partner.id, request.supportFunction)) {
      throw unprocessable('function_not_provided', `${partner.name} does not provide ${request.supportFunction}`, [
        { field: 'supportFunction', reason: `${partner.id} provides ${partner.functions.join(', ')}` },
      ]);
    }
    const bearsCost = request.insuredBearsCost;
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        const claim = await this.idempotency.claim(tx, { operation: 'issue-order', caller: actorLabel(actor) }, idempotencyKey, { caseId, request });
        if (claim.kind === 'conflict') throw idempotencyKeyReused(idempotencyKey);
        if (claim.kind === 'replay') return (await this.orders.findById(tx, claim.resourceId)) as OrderEntity;
      }
      const incidentCase = await this.cases.findByIdForUpdate(tx, caseId);
      if (!incidentCase) throw notFound('Case', caseId);
      const policy = await this.policies.findById(tx, incidentCase.policyId);
      // A foreign key guarantees it; a miss here means the database itself is inconsistent.
      if (!policy) throw new Error(`Case ${caseId} refers to missing policy ${incidentCase.policyId}`);
      if (!bearsCost) {
        // The rule first: an order the policy can never pay is refused naming why, whatever coverage's status.
        const refusal = engagementRefusal(termsOf(policy), caseFactsOf(incidentCase), request.supportFunction);
        if (refusal) {
          this.logger.warn(`refused ${partner.id} order on case ${caseId}: ${refusal.code}`);
          throw conflict(refusal.code, `No ${request.supportFunction} order for case ${caseId} can be paid under policy ${policy.policyNumber}: ${refusal.message}. Only with the insured's recorded agreement to bear the cost (insuredBearsCost) may the partner be engaged.`);
        }
        if (incidentCase.coverageStatus !== 'confirmed') {
          throw conflict(
            'coverage_not_confirmed',
            incidentCase.coverageStatus === 'denied'
              ? `Coverage for case ${caseId} was denied; partners are engaged at the policy's expense only where it pays (or where the insured agrees to bear the cost: insuredBearsCost)`
              : `Coverage for case ${caseId} is not confirmed yet; the insurer must confirm it before a partner is engaged`,
          );
        }
      }
      const now = new Date();
      const order = Object.assign(new OrderEntity(), {
        id: randomUUID(),
        caseId,
        partnerId: partner.id,
        supportFunction: request.supportFunction,
        scope: request.scope,
        estimateYen: request.estimateYen ?? null,
        status: 'issued',
        statusReason: null,
        partnerReference: null,
        issuedAt: now,
        updatedAt: now,
        insured: !bearsCost,
        acceptedAt: null,
      } satisfies Omit<OrderEntity, 'version'>);
      await this.orders.insert(tx, order);
      await this.timeline.append(tx, {
        caseId,
        orderId: order.id,
        kind: 'order_issued',
        toStatus: 'issued',
        actor: actorLabel(actor),
        note: `${partner.name}: ${request.supportFunction}`,
        occurredAt: now,
      });
      if (bearsCost) {
        await this.orders.recordCostBearing(tx, caseId, { orderId: order.id, ...bearsCost, recordedBy: actorLabel(actor), decidedAt: now });
        await this.timeline.append(tx, {
          caseId,
          orderId: order.id,
          kind: 'order_not_insured',
          actor: actorLabel(actor),
          note: `the insured (${bearsCost.agreedBy}) bears the cost of this order: ${bearsCost.reason}`,
          occurredAt: now,
        });
      }
      await this.messaging.publish(
        tx,
        TOPICS.orderIssued,
        createEnvelope(TOPICS.orderIssued, {
          caseId,
          partnerId: partner.id,
          correlationId,
          occurredAt: now,
          payload: {
            orderId: order.id,
            caseId,
            partnerId: partner.id,
            supportFunction: request.supportFunction,
            policyNumber: policy.policyNumber,
            insured: {
              name: policy.insuredName,
              contactName: incidentCase.contactName,
              contactPhone: incidentCase.contactPhone,
              ...(incidentCase.contactEmail ? { contactEmail: incidentCase.contactEmail } : {}),
            },
            incident: {
              // order.issued v1 knows leak and threat: a confirmed leak is a leak, anything short of one a threat of it.
              kind: incidentCase.eventKind === 'leak' ? 'leak' : 'threat',
              summary: incidentCase.incidentSummary,
              discoveredAt: incidentCase.discoveredAt.toISOString(),
              ...(incidentCase.estimatedRecords !== null ? { estimatedRecords: incidentCase.estimatedRecords } : {}),
            },
            scope: request.scope,
            ...(request.estimateYen !== undefined ? { estimateYen: request.estimateYen } : {}),
            issuedAt: now.toISOString(),
          },
        }),
      );
      if (idempotencyKey) await this.idempotency.complete(tx, { operation: 'issue-order', caller: actorLabel(actor) }, idempotencyKey, order.id);
      return order;
    });
  }
}
