import { Controller, Get } from '@nestjs/common';
import { Pool } from 'pg';
import { Callers } from '@hub/auth';

/** `GET /health`: the console's health is its database (sessions and live events both live there). */
@Controller('health')
export class ConsoleHealthController {
  constructor(private readonly pool: Pool) {}

  @Get()
  @Callers('anyone')
  async health() {
    await this.pool.query('SELECT 1');
    return { status: 'ok', app: 'console' };
  }
}
