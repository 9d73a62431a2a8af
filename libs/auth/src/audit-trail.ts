import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { DataSource } from 'typeorm';
import { actorLabel } from './actor';
import type { AuthenticatedRequest } from './access.guard';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
    try {
      await this.dataSource.query(
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
    } catch (error) {
      this.logger.error(`could not write the audit log for ${actorLabel(actor)} ${request.method} ${request.originalUrl}: ${(error as Error).message}`);
    }
  }
}
