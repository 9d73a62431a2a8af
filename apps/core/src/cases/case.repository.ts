import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseEntity } from './case.entity';

@Injectable()
export class CaseRepository {
  findById(tx: EntityManager, id: string): Promise<CaseEntity | null> {
    return tx.getRepository(CaseEntity).findOneBy({ id });
  }

  /** Locks the case row: coverage decisions and orders on one case are decided one at a time. */
  findByIdForUpdate(tx: EntityManager, id: string): Promise<CaseEntity | null> {
    return tx.getRepository(CaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(tx: EntityManager, entity: CaseEntity): Promise<CaseEntity> {
    return tx.getRepository(CaseEntity).save(entity);
  }
}
