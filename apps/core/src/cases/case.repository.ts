import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseEntity } from './case.entity';

/** Row locks are FOR NO KEY UPDATE: they exclude other writers without blocking foreign-key checks of child rows. */
@Injectable()
export class CaseRepository {
  findById(tx: EntityManager, id: string): Promise<CaseEntity | null> {
    return tx.getRepository(CaseEntity).findOneBy({ id });
  }

  /** Locks the case row: coverage decisions and orders on one case are decided one at a time. */
  findByIdForUpdate(tx: EntityManager, id: string): Promise<CaseEntity | null> {
    return tx.getRepository(CaseEntity).findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
  }

  save(tx: EntityManager, entity: CaseEntity): Promise<CaseEntity> {
    return tx.getRepository(CaseEntity).save(entity);
  }
}
