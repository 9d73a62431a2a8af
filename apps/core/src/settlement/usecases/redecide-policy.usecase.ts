import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActorContext } from '@hub/auth';
import type { RedecisionListV1 } from '@hub/contracts';
import { notFound } from '@hub/refusals';
import { PolicyRepository } from '../../policies/policy.repository';
import { LimitsLedger } from '../limits-ledger';
import { RedecideCutLines } from './redecide-cut-lines.usecase';

/**
 * Re-decides a policy's cut lines on request (reconciliation, or after a repair): the same rule credit notes and
 * reversals apply. With nothing released since, it finds nothing and changes nothing.
 */
@Injectable()
export class RedecidePolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyRepository,
    private readonly ledger: LimitsLedger,
    private readonly redecide: RedecideCutLines,
  ) {}

  execute(policyNumber: string, { correlationId }: ActorContext): Promise<RedecisionListV1> {
    return this.dataSource.transaction(async (tx) => {
      const found = await this.policies.findByNumber(tx, policyNumber);
      if (!found) throw notFound('Policy', policyNumber);
      const policy = await this.ledger.lockPolicy(tx, found.id);
      return { policyNumber, redecisions: await this.redecide.execute(tx, policy, 'a re-decision on request', correlationId) };
    });
  }
}
