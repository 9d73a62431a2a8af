import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { RegisterPolicyRequestV1 } from '@hub/contracts';
import { conflict, unprocessable } from '@hub/http';
import { PolicyEntity } from '../policy.entity';
import { PolicyRepository } from '../policy.repository';
import { checkPolicyTerms } from '../policy-terms';

@Injectable()
export class RegisterPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyRepository,
  ) {}

  async execute(request: RegisterPolicyRequestV1): Promise<PolicyEntity> {
    const issues = checkPolicyTerms(request);
    if (issues.length > 0) {
      throw unprocessable('policy_terms_invalid', `Policy ${request.policyNumber} breaks its product's rules`, issues);
    }
    const policy = Object.assign(new PolicyEntity(), {
      id: randomUUID(),
      policyNumber: request.policyNumber,
      product: request.product,
      insuredName: request.insured.name,
      insuredCorporateNumber: request.insured.corporateNumber ?? null,
      periodStart: request.periodStart,
      periodEnd: request.periodEnd,
      retroactiveDate: request.retroactiveDate,
      liabilityLimitYen: request.liabilityLimitYen,
      expenseSublimitYen: request.expenseSublimitYen,
    });
    const inserted = await this.dataSource.transaction((tx) => this.policies.insertIfNew(tx, policy));
    if (!inserted) {
      throw conflict('policy_exists', `Policy ${request.policyNumber} is already registered`);
    }
    return policy;
  }
}
