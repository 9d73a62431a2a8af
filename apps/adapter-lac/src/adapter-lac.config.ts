import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { DEMO_WEBHOOK_SECRETS, WEBHOOK_SECRET_PATTERN } from '@hub/adapter-kit';
import { InfrastructureConfig } from '@hub/config';
import { PARTNER_DELIVERY_GIVE_UP_AFTER_MS } from '@hub/messaging';

export class AdapterLacConfig extends InfrastructureConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3001;

  @IsString()
  HOST = '127.0.0.1';

  /** LAC's endpoint for engagement requests; the partner simulator's in the demo. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  LAC_ENDPOINT_URL = 'http://127.0.0.1:3002/lac/v1/engagements';

  /**
   * The secret shared with LAC for signing both ways (Standard Webhooks `whsec_…`). The default is for
   * local demos and tests only; any other HUB_ENV must set its own (checked in the app at boot).
   */
  @Matches(WEBHOOK_SECRET_PATTERN, { message: 'must be a Standard Webhooks secret: whsec_ followed by base64' })
  LAC_WEBHOOK_SECRET: string = DEMO_WEBHOOK_SECRETS.lac;

  /** The previous secret while LAC rotates to a new one. */
  @IsOptional()
  @Matches(WEBHOOK_SECRET_PATTERN, { message: 'must be a Standard Webhooks secret: whsec_ followed by base64' })
  LAC_WEBHOOK_PREVIOUS_SECRET?: string = undefined;

  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3600)
  WEBHOOK_TOLERANCE_SECONDS = 300;

  /** How long LAC may stay unreachable before an order is dead-lettered for a person (default 72 h). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LAC_DELIVERY_GIVE_UP_AFTER_SECONDS = PARTNER_DELIVERY_GIVE_UP_AFTER_MS / 1000;

  /** Failed attempts in a row that open LAC's circuit breaker: deliveries pause, then one probe at a time. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LAC_BREAKER_THRESHOLD = 5;

  /** The breaker's first cool-down; it doubles while LAC keeps failing, up to LAC_BREAKER_MAX_COOL_DOWN_SECONDS. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(600)
  LAC_BREAKER_COOL_DOWN_SECONDS = 30;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  LAC_BREAKER_MAX_COOL_DOWN_SECONDS = 600;
}
