import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import type { SupportFunctionV1 } from '@hub/contracts';
import { yenTransformer } from '@hub/persistence';
import { OrderStatus } from './order-lifecycle';

@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'partner_id', type: 'text' }) partnerId!: string;
  @Column({ name: 'support_function', type: 'text' }) supportFunction!: SupportFunctionV1;
  @Column({ type: 'text' }) scope!: string;
  @Column({ name: 'estimate_yen', type: 'bigint', nullable: true, transformer: yenTransformer }) estimateYen!: number | null;
  @Column({ type: 'text' }) status!: OrderStatus;
  @Column({ name: 'status_reason', type: 'text', nullable: true }) statusReason!: string | null;
  @Column({ name: 'partner_reference', type: 'text', nullable: true }) partnerReference!: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  /** false when the insured agreed to bear the order's cost itself (cost_bearing_decisions holds who, when, why). */
  @Column({ type: 'boolean', default: true }) insured!: boolean;
  /** When the partner accepted; only an accepted order may be invoiced (even once cancelled, for the work done). */
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @VersionColumn() version!: number;
}
