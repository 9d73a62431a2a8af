import { Type } from 'class-transformer';
import { IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { DEMO_WEBHOOK_SECRETS, WEBHOOK_SECRET_PATTERN } from '@hub/adapter-kit';
import { InfrastructureConfig } from '@hub/config';

/** The simulator plays partner systems; it needs no database or Kafka of its own, only HTTP. */
export class PartnerSimConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3002;

  @IsString()
  HOST = '127.0.0.1';

  /** Where LAC posts its status callbacks: the hub's LAC adapter. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  LAC_CALLBACK_URL = 'http://127.0.0.1:3001/lac/v1/callbacks';

  @Matches(WEBHOOK_SECRET_PATTERN, { message: 'must be a Standard Webhooks secret: whsec_ followed by base64' })
  LAC_WEBHOOK_SECRET: string = DEMO_WEBHOOK_SECRETS.lac;

  /** Time between LAC's simulated steps (accepted, hearing done, forensics started, preliminary report). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SIM_STEP_DELAY_MS = 1500;

  @Matches(/^(error|warn|log|debug|verbose)$/)
  LOG_LEVEL: InfrastructureConfig['LOG_LEVEL'] = 'log';
}
