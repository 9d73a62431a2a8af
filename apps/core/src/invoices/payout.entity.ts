import { Column, Entity, PrimaryColumn } from 'typeorm';
import { yenTransformer } from '@hub/persistence';

@Entity({ name: 'payouts' })
export class PayoutEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'invoice_id', type: 'uuid' }) invoiceId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) payee!: 'insured' | 'partner';
  @Column({ name: 'payee_name', type: 'text' }) payeeName!: string;
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenTransformer }) amountYen!: number;
  @Column({ type: 'text' }) state!: 'instructed' | 'paid';
  @Column({ name: 'payment_reference', type: 'text', nullable: true }) paymentReference!: string | null;
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true }) paidAt!: Date | null;
  @Column({ name: 'instructed_at', type: 'timestamptz' }) instructedAt!: Date;
}
