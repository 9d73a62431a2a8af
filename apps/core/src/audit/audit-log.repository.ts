import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditLogPageV1 } from '@hub/contracts';

export interface AuditLogFilter {
  actor?: string;
  since?: Date;
  until?: Date;
}

type Entry = AuditLogPageV1['entries'][number];

/** Reads the audit log; nothing in the hub updates or deletes it (migration 1300's trigger refuses to). */
@Injectable()
export class AuditLogRepository {
  async page(tx: EntityManager, filter: AuditLogFilter, afterId: string | undefined, limit: number): Promise<Entry[]> {
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT id::text, occurred_at, app, actor, actor_kind, actor_name, roles, action, target, outcome_status, outcome_code, source_ip, user_agent, correlation_id
         FROM audit_log
        WHERE ($1::text IS NULL OR actor = $1) AND ($2::timestamptz IS NULL OR occurred_at >= $2) AND ($3::timestamptz IS NULL OR occurred_at < $3)
          AND ($4::bigint IS NULL OR id > $4)
        ORDER BY id
        LIMIT $5`,
      [filter.actor ?? null, filter.since ?? null, filter.until ?? null, afterId ?? null, limit],
    );
    return rows.map((r) => ({
      entryId: r.id as string,
      occurredAt: (r.occurred_at as Date).toISOString(),
      app: r.app as string,
      actor: r.actor as string,
      actorKind: r.actor_kind as Entry['actorKind'],
      actorName: r.actor_name as string | null,
      roles: r.roles as string[],
      action: r.action as string,
      target: r.target as string,
      outcomeStatus: r.outcome_status as number,
      outcomeCode: r.outcome_code as string | null,
      sourceIp: r.source_ip as string | null,
      userAgent: r.user_agent as string | null,
      correlationId: r.correlation_id as string | null,
    }));
  }
}
