import { DynamicModule, Global, Injectable, MiddlewareConsumer, Module, NestModule, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { MessagingRuntime } from '@hub/messaging';
import { healthController } from './health.controller';
import { HttpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { HubMetrics } from './metrics/hub-metrics';
import { watchMessaging } from './metrics/messaging-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { optionalProvider } from './optional-provider';

/** Once the app's providers exist: its messaging, where the app has Kafka, reported at each scrape. */
@Injectable()
class MessagingMetricsWiring implements OnApplicationBootstrap {
  constructor(
    private readonly metrics: HubMetrics,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    const runtime = optionalProvider(this.moduleRef, MessagingRuntime);
    if (runtime) watchMessaging(this.metrics, runtime);
  }
}

/**
 * What every app of the hub answers for those who run it: the probes (/health/live, /health/ready, /health) and
 * Prometheus metrics (/metrics), and HubMetrics for the app's own counters (deliveries, settlements). Global, so a
 * use case anywhere in the app can count what it did.
 */
@Global()
@Module({})
export class ObservabilityModule implements NestModule {
  static forApp(appName: string, options: { about?: () => Record<string, unknown> } = {}): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [TerminusModule],
      controllers: [healthController(appName, options.about), MetricsController],
      providers: [{ provide: HubMetrics, useValue: new HubMetrics(appName) }, MessagingMetricsWiring],
      exports: [HubMetrics],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*');
  }
}
