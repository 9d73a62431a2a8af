import { Controller, Get, Header } from '@nestjs/common';
import { Callers } from '@hub/auth';
import { HubMetrics } from './hub-metrics';

/** `GET /metrics`: Prometheus's text format, for a scraper (no credentials, like the probes; nothing about a case). */
@Controller('metrics')
@Callers('anyone')
export class MetricsController {
  constructor(private readonly metrics: HubMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}
