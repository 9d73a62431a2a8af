import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Callers } from '@hub/auth';
import type { AuditLogPageV1, AuditLogQueryV1 } from '@hub/contracts';
import { checkQuery, cursorRefused, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '@hub/http';
import { AuditLogRepository } from './audit-log.repository';

/** Cursors name the last entry of a page: the log only grows, in id order. */
const CURSOR_KIND = 'al1';
const ENTRY_ID = /^[0-9]{1,18}$/;

/** The audit log, for auditors only: who did what, when and from where, a page at a time, oldest first. */
@Controller('audit-log')
export class AuditLogController {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Callers('auditor')
  async page(@Query() query: unknown): Promise<AuditLogPageV1> {
    const q = checkQuery<AuditLogQueryV1>('http/core/audit-log-query.v1', query, 200);
    const afterId = q.cursor === undefined ? undefined : decodeCursor(CURSOR_KIND, q.cursor, [ENTRY_ID])?.[0];
    if (afterId === undefined && q.cursor !== undefined) throw cursorRefused();
    const limit = q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit);
    const filter = { actor: q.actor, since: q.since ? new Date(q.since) : undefined, until: q.until ? new Date(q.until) : undefined };
    // One more than asked tells whether another page follows.
    const entries = await this.log.page(this.dataSource.manager, filter, afterId, limit + 1);
    const page = entries.slice(0, limit);
    return { entries: page, nextCursor: entries.length > limit ? encodeCursor(CURSOR_KIND, [page[page.length - 1].entryId]) : null };
  }
}
