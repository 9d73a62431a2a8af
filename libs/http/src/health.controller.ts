import { Controller, Get, Type } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** `GET /health` for an app whose health is its database connection (compose and `npm run up` poll it). */
export function databaseHealthController(appName: string): Type<unknown> {
  @Controller('health')
  class HealthController {
    constructor(private readonly dataSource: DataSource) {}

    @Get()
    async health() {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', app: appName };
    }
  }
  return HealthController;
}
