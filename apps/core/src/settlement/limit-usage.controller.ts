import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ActorContext, CallerContext, Callers, CASE_READERS } from '@hub/auth';
import type { LiabilityPaymentRequestV1, ReverseLiabilityPaymentRequestV2 } from '@hub/contracts';
import { ContractBodyPipe, notFound, uuidParam } from '@hub/http';
import { CaseRepository } from '../cases/case.repository';
import { limitUsageView } from '../invoices/invoice-view';
import { PolicyRepository } from '../policies/policy.repository';
import { caseFactsOf, counterLimits, termsOf } from './coverage-facts';
import { LimitsLedger } from './limits-ledger';
import { RecordLiabilityPayment } from './usecases/record-liability-payment.usecase';
import { RedecidePolicy } from './usecases/redecide-policy.usecase';
import { ReverseLiabilityPayment } from './usecases/reverse-liability-payment.usecase';
import { POLICY_NUMBER } from '../policies/policy-number.param';


/** Where a policy and a case stand against their limits, the insurer's liability payments that use them, and re-decisions. */
@Controller()
export class LimitUsageController {
  constructor(
    private readonly ledger: LimitsLedger,
    private readonly cases: CaseRepository,
    private readonly policies: PolicyRepository,
    private readonly recordLiabilityPayment: RecordLiabilityPayment,
    private readonly reverseLiabilityPayment: ReverseLiabilityPayment,
    private readonly redecidePolicy: RedecidePolicy,
    private readonly dataSource: DataSource,
  ) {}

  @Get('cases/:caseId/limit-usage')
  @Callers(...CASE_READERS)
  async ofCase(@Param('caseId', uuidParam('caseId')) caseId: string) {
    const tx = this.dataSource.manager;
    const incidentCase = await this.cases.findById(tx, caseId);
    if (!incidentCase) throw notFound('Case', caseId);
    const policy = await this.policies.findById(tx, incidentCase.policyId);
    if (!policy) throw new Error(`Case ${caseId} refers to missing policy ${incidentCase.policyId}`);
    const limits = counterLimits(termsOf(policy), caseFactsOf(incidentCase));
    return limitUsageView('case', policy.policyNumber, caseId, await this.ledger.view(tx, policy.id, limits, caseId));
  }

  @Get('policies/:policyNumber/limit-usage')
  @Callers(...CASE_READERS)
  async ofPolicy(@Param('policyNumber', POLICY_NUMBER) policyNumber: string) {
    const tx = this.dataSource.manager;
    const policy = await this.policies.findByNumber(tx, policyNumber);
    if (!policy) throw notFound('Policy', policyNumber);
    const terms = termsOf(policy);
    const limits = { expensePeriodYen: terms.expenseSublimitYen, liabilityPeriodYen: terms.liabilityLimitYen };
    return limitUsageView('policy', policyNumber, null, await this.ledger.view(tx, policy.id, limits));
  }

  @Post('liability-payments')
  @HttpCode(201)
  @Callers('claims_handler')
  record(@Body(new ContractBodyPipe('http/core/record-liability-payment.v1')) body: LiabilityPaymentRequestV1, @CallerContext() context: ActorContext) {
    return this.recordLiabilityPayment.execute(body, context);
  }

  @Post('liability-payments/:paymentId/reverse')
  @HttpCode(200)
  @Callers('claims_handler')
  reverse(
    @Param('paymentId', uuidParam('paymentId')) paymentId: string,
    @Body(new ContractBodyPipe('http/core/reverse-liability-payment.v2')) body: ReverseLiabilityPaymentRequestV2,
    @CallerContext() context: ActorContext,
  ) {
    return this.reverseLiabilityPayment.execute(paymentId, body, context);
  }

  @Post('policies/:policyNumber/redecide')
  @HttpCode(200)
  @Callers('claims_handler')
  redecide(@Param('policyNumber', POLICY_NUMBER) policyNumber: string, @CallerContext() context: ActorContext) {
    return this.redecidePolicy.execute(policyNumber, context);
  }
}
