import type { DeadLetterV1 } from '@hub/contracts';

export type DeadLetterState = 'open' | 'replayed';

/** A dead letter on the record (`dead_letters`): the original message, why it failed, and whether it was replayed. */
export interface DeadLetter {
  id: string;
  /** The consumer group that gave up on the message; a replay re-delivers it to this group only. */
  consumerGroup: string;
  appName: string;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
  /** What `processed_events` knows the failure by: the event id, or e.g. `delivery-failed:<orderId>`. */
  eventKey: string;
  eventId: string | null;
  caseId: string | null;
  partnerId: string | null;
  originalKey: string | null;
  originalValue: string;
  originalHeaders: Record<string, string>;
  error: DeadLetterV1['error'];
  attempts: number;
  failedAt: Date;
  state: DeadLetterState;
  replayedAt: Date | null;
  replayedBy: string | null;
  /**
   * How often this message had been replayed for this group as of this row: a first failure has 0, a replay adds
   * one, and a message that fails again after n replays is a new dead letter that starts at n.
   */
  replayCount: number;
}

export interface DeadLetterFilter {
  state?: DeadLetterState;
  partnerId?: string;
  topic?: string;
  consumerGroup?: string;
  /** Failed at or after this instant. */
  since?: Date;
}

export interface DeadLetterRow {
  id: string;
  consumer_group: string;
  app_name: string;
  source_topic: string;
  source_partition: number;
  source_offset: string;
  event_key: string;
  event_id: string | null;
  case_id: string | null;
  partner_id: string | null;
  original_key: string | null;
  original_value: string;
  original_headers: Record<string, string>;
  error_name: string;
  error_message: string;
  error_issues: { field: string; reason: string }[] | null;
  attempts: number;
  failed_at: Date;
  state: DeadLetterState;
  replayed_at: Date | null;
  replayed_by: string | null;
  replay_count: number;
}

export function toDeadLetter(r: DeadLetterRow): DeadLetter {
  const error: DeadLetter['error'] = { name: r.error_name, message: r.error_message };
  if (r.error_issues) error.issues = r.error_issues;
  return {
    id: r.id,
    consumerGroup: r.consumer_group,
    appName: r.app_name,
    sourceTopic: r.source_topic,
    sourcePartition: r.source_partition,
    sourceOffset: r.source_offset,
    eventKey: r.event_key,
    eventId: r.event_id,
    caseId: r.case_id,
    partnerId: r.partner_id,
    originalKey: r.original_key,
    originalValue: r.original_value,
    originalHeaders: r.original_headers,
    error,
    attempts: r.attempts,
    failedAt: r.failed_at,
    state: r.state,
    replayedAt: r.replayed_at,
    replayedBy: r.replayed_by,
    replayCount: r.replay_count,
  };
}
