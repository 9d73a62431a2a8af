import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PolicyEntity } from './policy.entity';

@Injectable()
export class PolicyRepository {
  findByNumber(tx: EntityManager, policyNumber: string): Promise<PolicyEntity | null> {
    return tx.getRepository(PolicyEntity).findOneBy({ policyNumber });
  }

  findById(tx: EntityManager, id: string): Promise<PolicyEntity | null> {
    return tx.getRepository(PolicyEntity).findOneBy({ id });
  }

  /** Inserts unless the policy number is taken; returns false when it was. */
  async insertIfNew(tx: EntityManager, policy: PolicyEntity): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(PolicyEntity)
      .values(policy)
      .orIgnore()
      .returning('id')
      .execute();
    return result.raw.length === 1;
  }
}
