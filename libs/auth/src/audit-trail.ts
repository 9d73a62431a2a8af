import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '@hub/persistence';
import { actorLabel } from './actor';
import type { AuthenticatedRequest } from './access.guard';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Waits before writing a row again while the database is out of reach: 0.2, 0.4, 0.8 … s, capped at 5 s, about half a
 * minute in all. The answer has gone out by then; only this process holds the row.
 */
const RETRY_DELAYS_MS = [200, 400, 800, 1_600, 3_200, 5_000, 5_000, 5_000, 5_000];

/** The name of the app writing the trail, as each row records it. */
export const AUDIT_APP_NAME = Symbol('AUDIT_APP_NAME');

/**
 * The audit trail: every request that could change something, made by a person or a partner, is written to the
 * append-only `audit_log` once it has been answered — who (from the credentials), when, what (route and target), from
 * where (address, user agent), and how it ended, refusals included, since a refused attempt is what an auditor looks
 * for. Written after the answer, outside the request's transaction: a failure to write is logged loudly, never turned
 * into a failure of the action already done.
 */
@Injectable()
export class AuditTrail implements NestMiddleware {
  private readonly logger = new Logger(AuditTrail.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_APP_NAME) private readonly app: string,
  ) {}

  use(request: AuthenticatedRequest, response: Response, next: NextFunction): void {
    if (!READS.has(request.method)) response.on('finish', () => void this.record(request, response));
    next();
  }

  private async record(request: AuthenticatedRequest, response: Response): Promise<void> {
    const actor = request.actor;
    if (!actor || actor.kind === 'system') return;
    const header = (name: string) => (typeof request.headers[name] === 'string' ? (request.headers[name] as string).slice(0, 300) : null);
    const route = (request.route as { path?: string } | undefined)?.path;
    const write = () =>
      this.dataSource.query(
        `INSERT INTO audit_log (app, actor, actor_kind, actor_name, roles, action, target, outcome_status, outcome_code, source_ip, user_agent, correlation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          this.app,
          actorLabel(actor),
          actor.kind,
          actor.kind === 'staff' ? actor.name : actor.clientId,
          actor.kind === 'staff' ? actor.roles : [],
          `${request.method} ${route ?? request.path}`,
          request.originalUrl.split('?')[0].slice(0, 500),
          response.statusCode,
          (response.locals.errorCode as string | undefined) ?? null,
          request.ip ?? null,
          header('user-agent'),
          header('x-correlation-id'),
        ],
      );
    // A connection lost under the insert (a failover, pg_terminate_backend) lost the row of a request already answered —
    // accepted ones too (test/faults/database-connections-killed.spec.ts): written again while the database is away.
    for (const delayMs of [...RETRY_DELAYS_MS, undefined]) {
      try {
        await write();
        return;
      } catch (error) {
        if (delayMs === undefined || !isDatabaseUnavailable(error)) {
          this.logger.error(`could not write the audit log for ${actorLabel(actor)} ${request.method} ${request.originalUrl}: ${(error as Error).message}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }
}
