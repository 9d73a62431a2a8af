import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One app's outbox rows not published within the threshold. */
export interface StaleOutbox {
  sourceApp: string;
  count: number;
  /** The first of them in the relay's order (it publishes an app's rows by id): the head of the stuck queue. */
  oldestId: string;
  oldestCreatedAt: string;
  /** How long that row has waited, when the job ran. */
  oldestAgeMinutes: number;
}

export interface OpenDeadLetter {
  id: string;
  consumerGroup: string;
  appName: string;
  sourceTopic: string;
  eventKey: string;
  /** The case it concerns, when the dead letter names one that is a UUID (the column is free text: an unparseable message may carry anything). */
  caseId: string | null;
  partnerId: string | null;
  errorName: string;
  errorMessage: string;
  attempts: number;
  failedAt: string;
  replayCount: number;
}

export interface CarriedFinding {
  subjectType: string;
  subjectId: string;
  severity: 'incident' | 'warning';
  summary: string;
  detail: Record<string, unknown>;
}

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The messaging-health job's queries: the outbox not published and the dead letters not replayed, as they stand now. */
@Injectable()
export class MessagingHealthRepository {
  /**
   * Per source app, its unpublished rows created more than `staleAfterMinutes` before the database's now(). Reads the
   * relay's own partial index (source_app, id) WHERE published_at IS NULL: only what is still unpublished is scanned.
   */
  async staleOutbox(db: EntityManager, staleAfterMinutes: number): Promise<StaleOutbox[]> {
    const rows: { source_app: string; count: string; oldest_id: string; oldest_created_at: Date; oldest_age_minutes: string }[] = await db.query(
      `SELECT s.source_app, s.count::text, s.oldest_id::text, o.created_at AS oldest_created_at,
              floor(extract(epoch FROM now() - o.created_at) / 60)::text AS oldest_age_minutes
         FROM (SELECT source_app, count(*) AS count, min(id) AS oldest_id
                 FROM outbox_messages
                WHERE published_at IS NULL AND created_at < now() - make_interval(mins => $1)
                GROUP BY source_app) s
         JOIN outbox_messages o ON o.id = s.oldest_id
        ORDER BY s.source_app`,
      [staleAfterMinutes],
    );
    return rows.map((r) => ({
      sourceApp: r.source_app,
      count: Number(r.count),
      oldestId: r.oldest_id,
      oldestCreatedAt: r.oldest_created_at.toISOString(),
      oldestAgeMinutes: Number(r.oldest_age_minutes),
    }));
  }

  /**
   * The job's open findings of a kind as last recorded, to carry over a run that could not look (the lag, while Kafka is
   * out of reach): not found is not the same as not measured, and closing them would say the groups caught up.
   */
  async openFindings(db: EntityManager, job: string, kind: string): Promise<CarriedFinding[]> {
    const rows: { subject_type: string; subject_id: string; severity: 'incident' | 'warning'; summary: string; detail: Record<string, unknown> }[] = await db.query(
      `SELECT subject_type, subject_id, severity, summary, detail FROM reconciliation_findings WHERE job = $1 AND kind = $2 AND state = 'open' ORDER BY subject_id`,
      [job, kind],
    );
    return rows.map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id, severity: r.severity, summary: r.summary, detail: r.detail }));
  }

  /** Every dead letter still open (not replayed), oldest first. */
  async openDeadLetters(db: EntityManager): Promise<OpenDeadLetter[]> {
    const rows: {
      id: string; consumer_group: string; app_name: string; source_topic: string; event_key: string; case_id: string | null; partner_id: string | null;
      error_name: string; error_message: string; attempts: number; failed_at: Date; replay_count: number;
    }[] = await db.query(
      `SELECT id, consumer_group, app_name, source_topic, event_key, CASE WHEN case_id ~ $1 THEN lower(case_id) END AS case_id, partner_id,
              error_name, error_message, attempts, failed_at, replay_count
         FROM dead_letters WHERE state = 'open' ORDER BY failed_at, id`,
      [UUID_PATTERN],
    );
    return rows.map((r) => ({
      id: r.id,
      consumerGroup: r.consumer_group,
      appName: r.app_name,
      sourceTopic: r.source_topic,
      eventKey: r.event_key,
      caseId: r.case_id,
      partnerId: r.partner_id,
      errorName: r.error_name,
      errorMessage: r.error_message,
      attempts: r.attempts,
      failedAt: r.failed_at.toISOString(),
      replayCount: r.replay_count,
    }));
  }
}
