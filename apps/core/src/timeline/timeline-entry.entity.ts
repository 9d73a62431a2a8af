import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderStatusV1 } from '@hub/contracts';

/** One line of a case's story: what happened, to which order, said by whom, and when. */
@Entity({ name: 'case_timeline' })
export class TimelineEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'order_id', type: 'uuid', nullable: true }) orderId!: string | null;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus!: OrderStatusV1 | null;
  @Column({ name: 'to_status', type: 'text', nullable: true }) toStatus!: OrderStatusV1 | null;
  @Column({ type: 'text', nullable: true }) milestone!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** `coordinator:<name>`, `insurer:<name>`, `partner:<id>` or `insured`. */
  @Column({ type: 'text' }) actor!: string;
  /** The Kafka event that caused the entry, when one did; unique, as a second guard against replays. */
  @Column({ name: 'event_id', type: 'text', nullable: true }) eventId!: string | null;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
}
