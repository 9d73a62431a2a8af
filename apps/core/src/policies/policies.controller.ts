import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS } from '@hub/auth';
import type { RegisterPolicyRequestV3 } from '@hub/contracts';
import { ContractBodyPipe, notFound } from '@hub/http';
import { policyView } from '../views';
import { PolicyRepository } from './policy.repository';
import { RegisterPolicy } from './usecases/register-policy.usecase';
import { POLICY_NUMBER } from './policy-number.param';


@Controller('policies')
export class PoliciesController {
  constructor(
    private readonly registerPolicy: RegisterPolicy,
    private readonly policies: PolicyRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(201)
  @Callers('claims_handler')
  async register(@Body(new ContractBodyPipe('http/core/register-policy.v3')) body: RegisterPolicyRequestV3, @CallerContext() context: ActorContext) {
    return policyView(await this.registerPolicy.execute(body, context));
  }

  @Get(':policyNumber')
  @Callers(...CASE_READERS)
  async get(@Param('policyNumber', POLICY_NUMBER) policyNumber: string) {
    const policy = await this.policies.findByNumber(this.dataSource.manager, policyNumber);
    if (!policy) throw notFound('Policy', policyNumber);
    return policyView(policy);
  }
}
