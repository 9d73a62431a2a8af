import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type LimitPostings, type LimitUsage, LIMIT_COUNTERS } from '@hub/coverage';
import { PolicyEntity } from '../policies/policy.entity';

/**
 * The ledger's names for the coverage library's six counters, whether each is per period or per accident, and what
 * it counts. The recipient counters cap condolence recipients at the victims a case declares (limit_yen holds
 * the count there; the column name predates them).
 */
export const COUNTERS: Record<keyof LimitUsage, { name: string; perAccident: boolean; unit: 'yen' | 'recipients' }> = {
  expenseAccidentYen: { name: 'accident_expense', perAccident: true, unit: 'yen' },
  expensePeriodYen: { name: 'period_expense', perAccident: false, unit: 'yen' },
  liabilityPeriodYen: { name: 'period_liability', perAccident: false, unit: 'yen' },
  deductibleAccidentYen: { name: 'accident_deductible', perAccident: true, unit: 'yen' },
  condolenceIndividuals: { name: 'accident_condolence_individuals', perAccident: true, unit: 'recipients' },
  condolenceCorporations: { name: 'accident_condolence_corporations', perAccident: true, unit: 'recipients' },
};

export type CounterLimits = Record<keyof LimitUsage, number>;

export interface OpenLedger {
  usage: LimitUsage;
  counterIds: Record<keyof LimitUsage, string>;
}

export interface PostingSource {
  kind: 'settlement' | 'credit_note' | 'liability_payment' | 'redecision' | 'liability_reversal';
  id: string;
}

export interface CounterView {
  counter: string;
  unit: 'yen' | 'recipients';
  caseId: string | null;
  limitYen: number;
  usedYen: number;
}

/**
 * The limits ledger in PostgreSQL. A decision locks its policy first, so decisions on one policy are taken
 * one at a time in commit order (first decided, first served) while other policies proceed in parallel;
 * it then reads the counters, lets the pure coverage rules decide, and writes the postings and the new
 * counter values in the same transaction. A CHECK on every counter is the last line of defence.
 */
@Injectable()
export class LimitsLedger {
  /**
   * NO KEY UPDATE, not UPDATE: rows that reference the policy (invoices, decisions) take KEY SHARE locks on
   * it through their foreign keys, and FOR UPDATE would deadlock with those; NO KEY UPDATE still excludes
   * every other decision on the policy.
   */
  async lockPolicy(tx: EntityManager, policyId: string): Promise<PolicyEntity> {
    const policy = await tx.getRepository(PolicyEntity).findOne({ where: { id: policyId }, lock: { mode: 'for_no_key_update' } });
    if (!policy) throw new Error(`policy ${policyId} does not exist`);
    return policy;
  }

  /**
   * The counters of one accident (and its policy period). With `limits`, missing counters are created at
   * those caps (first use); without, they must exist (a credit or a payment after a settlement). One round
   * trip either way: it runs under the policy lock, where every millisecond is serialised.
   */
  async open(tx: EntityManager, policyId: string, caseId: string, limits?: CounterLimits): Promise<OpenLedger> {
    const keys = limits ? [...LIMIT_COUNTERS] : [];
    const rows: { id: string; counter: string; case_id: string | null; used_yen: string }[] = await tx.query(
      `WITH wanted (case_id, counter, limit_yen) AS (SELECT * FROM unnest($3::uuid[], $4::text[], $5::bigint[])),
            created AS (
              INSERT INTO limit_counters (policy_id, case_id, counter, limit_yen)
              SELECT $1, case_id, counter, limit_yen FROM wanted
              ON CONFLICT (policy_id, case_id, counter) DO NOTHING
              RETURNING id, counter, case_id, used_yen)
       SELECT id, counter, case_id, used_yen FROM created
       UNION ALL
       SELECT id, counter, case_id, used_yen FROM limit_counters WHERE policy_id = $1 AND (case_id IS NULL OR case_id = $2)`,
      [
        policyId,
        caseId,
        keys.map((key) => (COUNTERS[key].perAccident ? caseId : null)),
        keys.map((key) => COUNTERS[key].name),
        keys.map((key) => limits?.[key] ?? 0),
      ],
    );
    const usage = {} as Record<keyof LimitUsage, number>;
    const counterIds = {} as Record<keyof LimitUsage, string>;
    for (const key of LIMIT_COUNTERS) {
      const { name, perAccident } = COUNTERS[key];
      const row = rows.find((r) => r.counter === name && (perAccident ? r.case_id === caseId : r.case_id === null));
      if (!row) throw new Error(`limit counter ${name} missing for policy ${policyId}`);
      usage[key] = Number(row.used_yen);
      counterIds[key] = row.id;
    }
    return { usage, counterIds };
  }

  /**
   * Moves the caps of an accident's counters (the declared victims, when the insurer corrects them). Under the
   * policy's lock; the CHECK refuses a cap below what a counter already used.
   */
  async setCaps(tx: EntityManager, policyId: string, caseId: string, caps: Partial<CounterLimits>): Promise<void> {
    for (const [key, cap] of Object.entries(caps) as [keyof LimitUsage, number][]) {
      await tx.query('UPDATE limit_counters SET limit_yen = $4 WHERE policy_id = $1 AND case_id = $2 AND counter = $3', [policyId, caseId, COUNTERS[key].name, cap]);
    }
  }

  /** Writes each non-zero posting and moves its counter by it, in one statement. */
  async post(tx: EntityManager, ledger: OpenLedger, postings: LimitPostings, source: PostingSource): Promise<void> {
    const moved = LIMIT_COUNTERS.filter((key) => postings[key] !== 0);
    if (moved.length === 0) return;
    await tx.query(
      `WITH posted AS (
         INSERT INTO limit_postings (counter_id, source_kind, source_id, yen)
         SELECT counter_id, $3, $4, yen FROM unnest($1::bigint[], $2::bigint[]) AS p (counter_id, yen)
         RETURNING counter_id, yen)
       UPDATE limit_counters c SET used_yen = c.used_yen + posted.yen FROM posted WHERE c.id = posted.counter_id`,
      [moved.map((key) => ledger.counterIds[key]), moved.map((key) => postings[key]), source.kind, source.id],
    );
  }

  /**
   * The period counters of a policy, plus one case's accident counters when `caseId` is given. A counter
   * nothing has been posted to yet is shown at its cap with nothing used, from `limits`.
   */
  async view(tx: EntityManager, policyId: string, limits: Partial<CounterLimits>, caseId?: string): Promise<CounterView[]> {
    const rows: { counter: string; case_id: string | null; limit_yen: string; used_yen: string }[] = await tx.query(
      `SELECT counter, case_id, limit_yen, used_yen FROM limit_counters
        WHERE policy_id = $1 AND (case_id IS NULL OR case_id = $2)`,
      [policyId, caseId ?? null],
    );
    return LIMIT_COUNTERS.filter((key) => caseId || !COUNTERS[key].perAccident).map((key) => {
      const { name, perAccident } = COUNTERS[key];
      const row = rows.find((r) => r.counter === name && (perAccident ? r.case_id === caseId : r.case_id === null));
      return {
        counter: name,
        unit: COUNTERS[key].unit,
        caseId: perAccident ? (caseId ?? null) : null,
        limitYen: row ? Number(row.limit_yen) : (limits[key] ?? 0),
        usedYen: row ? Number(row.used_yen) : 0,
      };
    });
  }
}
