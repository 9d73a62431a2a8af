import { Column, Entity, PrimaryColumn } from 'typeorm';
import { yenTransformer } from '@hub/persistence';

@Entity({ name: 'payouts' })
export class PayoutEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'invoice_id', type: 'uuid' }) invoiceId!: string;
  /** settlement: the invoice's first decision; supplementary: yen a re-decision restored. */
  @Column({ type: 'text', default: 'settlement' }) kind!: 'settlement' | 'supplementary';
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) payee!: 'insured' | 'partner';
  @Column({ name: 'payee_name', type: 'text' }) payeeName!: string;
  /** What was first instructed; amountYen is that less every amendment (a credit note before payment). */
  @Column({ name: 'instructed_yen', type: 'bigint', transformer: yenTransformer }) instructedYen!: number;
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenTransformer }) amountYen!: number;
  @Column({ type: 'text' }) state!: 'instructed' | 'paid' | 'cancelled';
  @Column({ name: 'payment_reference', type: 'text', nullable: true }) paymentReference!: string | null;
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true }) paidAt!: Date | null;
  @Column({ name: 'instructed_at', type: 'timestamptz' }) instructedAt!: Date;
}
