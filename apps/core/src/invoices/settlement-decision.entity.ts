import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SettlementDecision } from '@hub/coverage';
import { yenTransformer } from '@hub/persistence';

/**
 * A decision on an invoice: its settlement, or a re-decision when released room restored what a limit cut. The latest
 * is the invoice's current state; `decision` holds it whole (lines, cuts, usage before and after, this decision's postings).
 */
@Entity({ name: 'settlement_decisions' })
export class SettlementDecisionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'invoice_id', type: 'uuid' }) invoiceId!: string;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text', default: 'settlement' }) kind!: 'settlement' | 'redecision';
  /** Yen this decision added to the cover: 0 for a settlement, the supplementary payout for a re-decision. */
  @Column({ name: 'restored_yen', type: 'bigint', transformer: yenTransformer, default: 0 }) restoredYen!: number;
  @Column({ name: 'covered_yen', type: 'bigint', transformer: yenTransformer }) coveredYen!: number;
  @Column({ name: 'retained_yen', type: 'bigint', transformer: yenTransformer }) retainedYen!: number;
  @Column({ type: 'jsonb' }) decision!: SettlementDecision;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
  /** Written by the database in insert order (under the policy lock): orders decisions without trusting any clock. */
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
}
