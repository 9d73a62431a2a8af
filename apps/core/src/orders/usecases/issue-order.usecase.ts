import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { IssueOrderRequestV1 } from '@hub/contracts';
import { conflict, idempotencyKeyReused, notFound, unprocessable } from '@hub/http';
import { IdempotencyRepository } from '@hub/persistence';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import { findPartner, partnerProvides } from '@hub/partners';
import { CaseRepository } from '../../cases/case.repository';
import { PolicyRepository } from '../../policies/policy.repository';
import { TimelineRepository } from '../../timeline/timeline.repository';
import { OrderEntity } from '../order.entity';
import { OrderRepository } from '../order.repository';

/**
 * The coordinator engages a partner for one support function on a case. Only where the insurer has
 * confirmed coverage: the service exists only where the policy pays (seed 000). The order and its
 * `order.issued` event commit together.
 */
@Injectable()
export class IssueOrder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
    private readonly cases: CaseRepository,
    private readonly policies: PolicyRepository,
    private readonly orders: OrderRepository,
    private readonly timeline: TimelineRepository,
    private readonly idempotency: IdempotencyRepository,
  ) {}

  execute(caseId: string, request: IssueOrderRequestV1, correlationId: string, idempotencyKey?: string): Promise<OrderEntity> {
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
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        const claim = await this.idempotency.claim(tx, 'issue-order', idempotencyKey, { caseId, request });
        if (claim.kind === 'conflict') throw idempotencyKeyReused(idempotencyKey);
        if (claim.kind === 'replay') return (await this.orders.findById(tx, claim.resourceId)) as OrderEntity;
      }
      const incidentCase = await this.cases.findByIdForUpdate(tx, caseId);
      if (!incidentCase) throw notFound('Case', caseId);
      if (incidentCase.coverageStatus !== 'confirmed') {
        throw conflict(
          'coverage_not_confirmed',
          incidentCase.coverageStatus === 'denied'
            ? `Coverage for case ${caseId} was denied; partners are engaged only where the policy pays`
            : `Coverage for case ${caseId} is not confirmed yet; the insurer must confirm it before a partner is engaged`,
        );
      }
      const policy = await this.policies.findById(tx, incidentCase.policyId);
      // A foreign key guarantees it; a miss here means the database itself is inconsistent.
      if (!policy) throw new Error(`Case ${caseId} refers to missing policy ${incidentCase.policyId}`);
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
      } satisfies Omit<OrderEntity, 'version'>);
      await this.orders.save(tx, order);
      await this.timeline.append(tx, {
        caseId,
        orderId: order.id,
        kind: 'order_issued',
        toStatus: 'issued',
        actor: 'coordinator',
        note: `${partner.name}: ${request.supportFunction}`,
        occurredAt: now,
      });
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
              kind: incidentCase.incidentKind,
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
      if (idempotencyKey) await this.idempotency.complete(tx, 'issue-order', idempotencyKey, order.id);
      return order;
    });
  }
}
