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
  @Column({ name: 'first_inception_date', type: 'date' }) firstInceptionDate!: string;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ name: 'retroactive_date', type: 'date' }) retroactiveDate!: string;
  @Column({ name: 'liability_limit_yen', type: 'bigint', transformer: yenTransformer }) liabilityLimitYen!: number;
  @Column({ name: 'expense_sublimit_yen', type: 'bigint', transformer: yenTransformer }) expenseSublimitYen!: number;
  @Column({ name: 'chamber_set', type: 'text', nullable: true }) chamberSet!: string | null;
  @Column({ name: 'chamber_variant', type: 'text', nullable: true }) chamberVariant!: string | null;
  @Column({ name: 'expense_deductible_yen', type: 'bigint', transformer: yenTransformer }) expenseDeductibleYen!: number;
  @Column({ name: 'condolence_per_individual_yen', type: 'bigint', transformer: yenTransformer }) condolencePerIndividualYen!: number;
  @Column({ name: 'condolence_per_corporation_yen', type: 'bigint', transformer: yenTransformer }) condolencePerCorporationYen!: number;
  /** The insured assigned its claim to the partners: payouts go to each partner directly. */
  @Column({ name: 'claim_assigned_to_partners', type: 'boolean' }) claimAssignedToPartners!: boolean;
  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' }) registeredAt!: Date;
}
