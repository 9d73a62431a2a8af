import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ActorContext } from '@hub/auth';
import type { RegisterPolicyRequestV3 } from '@hub/contracts';
import { definePolicyTerms } from '@hub/coverage';
import { conflict, unprocessable } from '@hub/refusals';
import { PolicyEntity } from '../policy.entity';
import { PolicyRepository } from '../policy.repository';

/**
 * The insurer registers a policy. Its product's rules (limits, sublimit, period, plan sets) are the coverage
 * library's to decide; what is stored is the terms as that library defined them, defaults filled in.
 */
@Injectable()
export class RegisterPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyRepository,
  ) {}

  async execute(request: RegisterPolicyRequestV3, _context: ActorContext): Promise<PolicyEntity> {
    if (request.chamberPlan && request.product !== 'chamber-of-commerce') {
      throw unprocessable('policy_terms_invalid', `Policy ${request.policyNumber} breaks its product's rules`, [
        { field: 'chamberPlan', reason: `is only for chamber-of-commerce policies, not ${request.product}` },
      ]);
    }
    const defined = definePolicyTerms({
      product: request.product,
      ...(request.chamberPlan ? { chamberSet: request.chamberPlan.set, variant: request.chamberPlan.variant } : {}),
      firstInceptionDate: request.firstInceptionDate,
      periodStart: request.periodStart,
      periodEnd: request.periodEnd,
      retroactiveDate: request.retroactiveDate,
      liabilityLimitYen: request.liabilityLimitYen,
      expenseSublimitYen: request.expenseSublimitYen,
      expenseDeductibleYen: request.expenseDeductibleYen,
      condolenceCaps: request.condolenceCaps,
    });
    if (!defined.ok) {
      throw unprocessable('policy_terms_invalid', `Policy ${request.policyNumber} breaks its product's rules`, defined.issues.map(asRequestField));
    }
    const terms = defined.terms;
    const policy = Object.assign(new PolicyEntity(), {
      id: randomUUID(),
      policyNumber: request.policyNumber,
      product: request.product,
      insuredName: request.insured.name,
      insuredCorporateNumber: request.insured.corporateNumber ?? null,
      firstInceptionDate: terms.firstInceptionDate,
      periodStart: terms.periodStart,
      periodEnd: terms.periodEnd,
      retroactiveDate: terms.retroactiveDate,
      liabilityLimitYen: terms.liabilityLimitYen,
      expenseSublimitYen: terms.expenseSublimitYen,
      chamberSet: terms.product === 'chamber-of-commerce' ? terms.chamberSet : null,
      chamberVariant: terms.product === 'chamber-of-commerce' ? terms.variant : null,
      expenseDeductibleYen: terms.expenseDeductibleYen,
      condolencePerIndividualYen: terms.condolenceCaps.perIndividualYen,
      condolencePerCorporationYen: terms.condolenceCaps.perCorporationYen,
      claimAssignedToPartners: request.claimAssignedToPartners ?? false,
      registeredAt: new Date(),
    });
    const inserted = await this.dataSource.transaction((tx) => this.policies.insertIfNew(tx, policy));
    if (!inserted) {
      throw conflict('policy_exists', `Policy ${request.policyNumber} is already registered`);
    }
    return policy;
  }
}

/** The library names the plan `chamberSet` / `variant`; the request calls them `chamberPlan.set` / `.variant`. */
function asRequestField(issue: { field: string; reason: string }) {
  const field = issue.field === 'chamberSet' ? 'chamberPlan.set' : issue.field === 'variant' ? 'chamberPlan.variant' : issue.field;
  return { field, reason: issue.reason };
}
