import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SettlementDecision } from '@hub/coverage';
import { yenTransformer } from '@hub/persistence';

/** The one decision an invoice gets; `decision` holds it whole (lines, cuts, usage before and after, postings). */
@Entity({ name: 'settlement_decisions' })
export class SettlementDecisionEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'invoice_id', type: 'uuid' }) invoiceId!: string;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'covered_yen', type: 'bigint', transformer: yenTransformer }) coveredYen!: number;
  @Column({ name: 'retained_yen', type: 'bigint', transformer: yenTransformer }) retainedYen!: number;
  @Column({ type: 'jsonb' }) decision!: SettlementDecision;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
}
