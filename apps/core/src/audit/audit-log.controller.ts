import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Callers } from '@hub/auth';
import { type AuditLogPageV1, type AuditLogQueryV1, contractValidator, describeIssues } from '@hub/contracts';
import { invalidInput } from '@hub/http';
import { AuditLogRepository } from './audit-log.repository';

const DEFAULT_PAGE_SIZE = 50;
const CURSOR_PREFIX = 'al1:';

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
    const check = contractValidator().validate('http/core/audit-log-query.v1', query ?? {});
    if (!check.ok) throw invalidInput(`Query is invalid: ${describeIssues(check.issues)}`, check.issues);
    const q: AuditLogQueryV1 = check.value;
    const afterId = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
    if (afterId === null) throw invalidInput('cursor is not one this API returned', [{ field: 'cursor', reason: 'must be a nextCursor this API returned' }]);
    const limit = q.limit === undefined ? DEFAULT_PAGE_SIZE : Number(q.limit);
    const filter = { actor: q.actor, since: q.since ? new Date(q.since) : undefined, until: q.until ? new Date(q.until) : undefined };
    // One more than asked tells whether another page follows.
    const entries = await this.log.page(this.dataSource.manager, filter, afterId, limit + 1);
    const page = entries.slice(0, limit);
    return { entries: page, nextCursor: entries.length > limit ? Buffer.from(`${CURSOR_PREFIX}${page[page.length - 1].entryId}`).toString('base64url') : null };
  }
}

/** The entry id a cursor points after; null when it is not a cursor this API made. */
function decodeCursor(cursor: string): string | null {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const id = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  return /^[0-9]{1,18}$/.test(id) ? id : null;
}
