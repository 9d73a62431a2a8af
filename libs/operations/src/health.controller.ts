import { Controller, Get, HttpStatus, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Callers } from '@hub/auth';
import { HubHttpError } from '@hub/http';
import { MessagingRuntime } from '@hub/messaging';
import { DatabasePing, databasePingOf } from './database-ping';
import { optionalProvider } from './optional-provider';

/**
 * The probes every app of the hub answers, for Kubernetes and for people:
 * - `GET /health/live`: the process answers. Nothing it depends on is asked, so a database or broker outage never
 *   gets a replica restarted (a restart cures neither).
 * - `GET /health/ready`: 200 once the database answers; 503 `not_ready` while it does not (nothing can be accepted
 *   then). Kafka and the outbox are reported beside it and make the answer `degraded`, still 200: while the broker is
 *   away the app keeps accepting work into its outbox, which is what the outbox is for, so the replica stays in service.
 * - `GET /health`: the first probe of the hub (contract http/common/health.v1), kept for compose and scripts.
 */
export function healthController(appName: string, about: () => Record<string, unknown> = () => ({})): Type<unknown> {
  @Controller('health')
  @Callers('anyone')
  class HealthController {
    private ping?: DatabasePing | null;

    constructor(
      private readonly health: HealthCheckService,
      private readonly indicators: HealthIndicatorService,
      private readonly moduleRef: ModuleRef,
    ) {}

    @Get()
    async first() {
      await this.databasePing()?.();
      return { status: 'ok', app: appName, ...about() };
    }

    @Get('live')
    async live() {
      return { ...(await this.health.check([])), app: appName };
    }

    @Get('ready')
    async ready() {
      const database = await this.database();
      if (database.database?.status === 'down') {
        throw new HubHttpError(HttpStatus.SERVICE_UNAVAILABLE, 'not_ready', `${appName} cannot reach its database`, [
          { field: 'database', reason: String(database.database.message) },
        ]);
      }
      const advisory = await this.messaging();
      const details = { ...database, ...advisory };
      const degraded = Object.entries(advisory).filter(([, result]) => result.status === 'down');
      return {
        status: degraded.length > 0 ? 'degraded' : 'ok',
        app: appName,
        info: Object.fromEntries(Object.entries(details).filter(([, result]) => result.status === 'up')),
        error: Object.fromEntries(degraded),
        details,
      };
    }

    private databasePing(): DatabasePing | null {
      if (this.ping === undefined) this.ping = databasePingOf(this.moduleRef);
      return this.ping;
    }

    /** The app's database; an app without one (the simulator) reports none. */
    private async database(): Promise<HealthIndicatorResult> {
      const ping = this.databasePing();
      if (!ping) return {};
      const indicator = this.indicators.check('database');
      const started = Date.now();
      try {
        await ping();
        return indicator.up({ responseMs: Date.now() - started });
      } catch (error) {
        return indicator.down({ message: (error as Error).message });
      }
    }

    /** Kafka as the broker watch last saw it, and the outbox backlog read now; an app without messaging reports neither. */
    private async messaging(): Promise<HealthIndicatorResult> {
      const runtime = optionalProvider(this.moduleRef, MessagingRuntime);
      if (!runtime) return {};
      const { connected, broker, outbox } = await runtime.health();
      const kafka = this.indicators.check('kafka');
      const backlog = this.indicators.check('outbox');
      const brokerDetail = { reachable: broker.reachable, since: broker.since.toISOString(), connected, ...(broker.lastError ? { lastError: broker.lastError } : {}) };
      const outboxDetail = { pending: outbox.pending, oldestAgeMs: outbox.oldestAgeMs };
      return {
        ...(broker.reachable && connected ? kafka.up(brokerDetail) : kafka.down(brokerDetail)),
        ...(outbox.lagging ? backlog.down(outboxDetail) : backlog.up(outboxDetail)),
      };
    }
  }
  return HealthController;
}
