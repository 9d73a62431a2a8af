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
  /** Absent on invoices stored before v2, which were all taxable. */
  taxCategory?: 'taxable' | 'non_taxable' | 'out_of_scope' | 'zero_rated';
  taxRate: 10 | 8 | null;
  recipientKind?: 'individual' | 'corporation';
  netYen: number;
  taxYen: number;
  grossYen: number;
}

@Entity({ name: 'invoices' })
export class InvoiceEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'text' }) partnerId!: string;
  @Column({ name: 'invoice_number', type: 'text' }) invoiceNumber!: string;
  /** The number with width, case, spaces and punctuation normalised: the same invoice under another spelling has the same. */
  @Column({ name: 'normalised_number', type: 'text' }) normalisedNumber!: string;
  @Column({ name: 'issuer_name', type: 'text', nullable: true }) issuerName!: string | null;
  @Column({ name: 'recipient_name', type: 'text', nullable: true }) recipientName!: string | null;
  @Column({ name: 'supply_from', type: 'date', nullable: true }) supplyFrom!: string | null;
  @Column({ name: 'supply_to', type: 'date', nullable: true }) supplyTo!: string | null;
  @Column({ type: 'text', default: 'tax_exclusive' }) pricing!: 'tax_exclusive' | 'tax_inclusive';
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
  @Column({ name: 'non_taxable_yen', type: 'bigint', transformer: yenTransformer, default: 0 }) nonTaxableYen!: number;
  /** Everything credit notes took off the invoice, tax included. */
  @Column({ name: 'credited_yen', type: 'bigint', transformer: yenTransformer, default: 0 }) creditedYen!: number;
  /** An earlier invoice with the same partner, order, amount and date under another number: held for approval. */
  @Column({ name: 'possible_duplicate_of', type: 'uuid', nullable: true }) possibleDuplicateOf!: string | null;
  @Column({ type: 'text' }) state!: InvoiceState;
  @Column({ name: 'state_reason', type: 'text', nullable: true }) stateReason!: string | null;
  /** Covered yen already paid out and since credited: the insurer is owed it back. */
  @Column({ name: 'recovery_due_yen', type: 'bigint', transformer: yenTransformer }) recoveryDueYen!: number;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
