import { Column, Entity, PrimaryColumn } from 'typeorm';
import { yenTransformer } from '@hub/persistence';

export type InvoiceState = 'submitted' | 'awaiting_approval' | 'settled' | 'paid' | 'rejected' | 'credited';

/** One invoice line as submitted, with its share of the invoice's tax (allocated once per rate). */
export interface StoredInvoiceLine {
  lineNo: number;
  description: string;
  category: string;
  quantity: number;
  unitPriceYen: number;
  taxRate: 10 | 8;
  netYen: number;
  taxYen: number;
  grossYen: number;
}

@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'text' }) partnerId!: string;
  @Column({ name: 'invoice_number', type: 'text' }) invoiceNumber!: string;
  @Column({ name: 'order_id', type: 'uuid' }) orderId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId!: string;
  @Column({ name: 'issue_date', type: 'date' }) issueDate!: string;
  @Column({ name: 'registration_number', type: 'text' }) registrationNumber!: string;
  @Column({ name: 'rounding_mode', type: 'text' }) roundingMode!: 'floor' | 'round' | 'ceil';
  @Column({ type: 'jsonb' }) lines!: StoredInvoiceLine[];
  @Column({ name: 'net_yen', type: 'bigint', transformer: yenTransformer }) netYen!: number;
  @Column({ name: 'tax_yen', type: 'bigint', transformer: yenTransformer }) taxYen!: number;
  @Column({ name: 'gross_yen', type: 'bigint', transformer: yenTransformer }) grossYen!: number;
  @Column({ type: 'text' }) state!: InvoiceState;
  @Column({ name: 'state_reason', type: 'text', nullable: true }) stateReason!: string | null;
  /** Covered yen already paid out and since credited: the insurer is owed it back. */
  @Column({ name: 'recovery_due_yen', type: 'bigint', transformer: yenTransformer }) recoveryDueYen!: number;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
