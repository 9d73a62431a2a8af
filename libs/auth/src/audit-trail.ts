import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { actorLabel } from './actor';
import type { AuthenticatedRequest } from './access.guard';
import { AuditBatchWriter, type AuditRow } from './audit-batch-writer';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The name of the app writing the trail, as each row records it. */
export const AUDIT_APP_NAME = Symbol('AUDIT_APP_NAME');

/**
 * The audit trail: every request that could change something, made by a person or a partner, is written to the
 * append-only `audit_log` once it has been answered — who (from the credentials), when, what (route and target), from
 * where (address, user agent), and how it ended, refusals included, since a refused attempt is what an auditor looks
 * for. Written after the answer, outside the request's transaction, in batches (AuditBatchWriter): a failure to write
 * is logged loudly, never turned into a failure of the action already done.
 */
@Injectable()
export class AuditTrail implements NestMiddleware {
  private readonly logger = new Logger(AuditTrail.name);

  constructor(
    private readonly writer: AuditBatchWriter,
    @Inject(AUDIT_APP_NAME) private readonly app: string,
  ) {}

  use(request: AuthenticatedRequest, response: Response, next: NextFunction): void {
    if (!READS.has(request.method)) response.on('finish', () => this.record(request, response));
    next();
  }

  private record(request: AuthenticatedRequest, response: Response): void {
    try {
      const row = this.rowOf(request, response);
      if (row) this.writer.add(row);
    } catch (error) {
      // Thrown from a `finish` listener it would be an uncaught exception: the process, not just the row, would be lost.
      this.logger.error(`could not take down the audit log row of ${request.method} ${request.originalUrl}: ${(error as Error).message}`);
    }
  }

  /** Read now, while the request and its answer are at hand; written when the writer's next batch goes. */
  private rowOf(request: AuthenticatedRequest, response: Response): AuditRow | undefined {
    const actor = request.actor;
    if (!actor || actor.kind === 'system') return undefined;
    const header = (name: string) => (typeof request.headers[name] === 'string' ? (request.headers[name] as string).slice(0, 300) : null);
    const route = (request.route as { path?: string } | undefined)?.path;
    return {
      app: this.app,
      actor: actorLabel(actor),
      actorKind: actor.kind,
      actorName: actor.kind === 'staff' ? actor.name : actor.clientId,
      roles: actor.kind === 'staff' ? actor.roles : [],
      action: `${request.method} ${route ?? request.path}`,
      target: request.originalUrl.split('?')[0].slice(0, 500),
      outcomeStatus: response.statusCode,
      outcomeCode: (response.locals.errorCode as string | undefined) ?? null,
      sourceIp: request.ip ?? null,
      userAgent: header('user-agent'),
      correlationId: header('x-correlation-id'),
    };
  }
}
