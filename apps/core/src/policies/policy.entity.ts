import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PolicyProductV1 } from '@hub/contracts';
import { yenTransformer } from '@hub/persistence';

@Entity({ name: 'policies' })
export class PolicyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'policy_number', type: 'text' }) policyNumber!: string;
  @Column({ type: 'text' }) product!: PolicyProductV1;
  @Column({ name: 'insured_name', type: 'text' }) insuredName!: string;
  @Column({ name: 'insured_corporate_number', type: 'text', nullable: true }) insuredCorporateNumber!: string | null;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ name: 'retroactive_date', type: 'date' }) retroactiveDate!: string;
  @Column({ name: 'liability_limit_yen', type: 'bigint', transformer: yenTransformer }) liabilityLimitYen!: number;
  @Column({ name: 'expense_sublimit_yen', type: 'bigint', transformer: yenTransformer }) expenseSublimitYen!: number;
  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' }) registeredAt!: Date;
}
