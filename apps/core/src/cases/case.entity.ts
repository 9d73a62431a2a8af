import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SupportFunctionV1 } from '@hub/contracts';
import type { DiscoveryChannel, EventKind } from '@hub/coverage';

export type CoverageStatus = 'pending' | 'confirmed' | 'denied';

@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'policy_id', type: 'uuid' }) policyId!: string;
  /** The v1 kind (leak or threat), kept for order.issued v1 and earlier views; eventKind is what settlement reads. */
  @Column({ name: 'incident_kind', type: 'text' }) incidentKind!: 'leak' | 'threat';
  @Column({ name: 'event_kind', type: 'text' }) eventKind!: EventKind;
  @Column({ name: 'incident_summary', type: 'text' }) incidentSummary!: string;
  @Column({ name: 'discovered_at', type: 'timestamptz' }) discoveredAt!: Date;
  @Column({ name: 'estimated_records', type: 'integer', nullable: true }) estimatedRecords!: number | null;
  @Column({ name: 'contact_name', type: 'text' }) contactName!: string;
  @Column({ name: 'contact_phone', type: 'text' }) contactPhone!: string;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail!: string | null;
  @Column({ name: 'requested_functions', type: 'text', array: true }) requestedFunctions!: SupportFunctionV1[];
  @Column({ name: 'coverage_status', type: 'text' }) coverageStatus!: CoverageStatus;
  @Column({ name: 'coverage_decided_by', type: 'text', nullable: true }) coverageDecidedBy!: string | null;
  @Column({ name: 'coverage_reason', type: 'text', nullable: true }) coverageReason!: string | null;
  @Column({ name: 'coverage_decided_at', type: 'timestamptz', nullable: true }) coverageDecidedAt!: Date | null;
  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true }) occurredAt!: Date | null;
  @Column({ name: 'cause_at', type: 'timestamptz', nullable: true }) causeAt!: Date | null;
  @Column({ name: 'discovery_channel', type: 'text' }) discoveryChannel!: DiscoveryChannel;
  @Column({ name: 'affected_individuals', type: 'integer' }) affectedIndividuals!: number;
  @Column({ name: 'affected_corporations', type: 'integer' }) affectedCorporations!: number;
  @Column({ name: 'reported_at', type: 'timestamptz', default: () => 'now()' }) reportedAt!: Date;
}
