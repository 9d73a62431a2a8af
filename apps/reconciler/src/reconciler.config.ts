import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Matches, Max, Min, Validate } from 'class-validator';
import { AuthenticatedAppConfig } from '@hub/auth';
import { CronOverrides, JobList } from './jobs/job-selection';

const days = (max: number) => [Type(() => Number), IsInt(), Min(1), Max(max)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/**
 * The reconciler's settings. The thresholds are the claims finance team's and the operators' working rules (how late
 * is late); the bank settings are the insurer's own account that pays, as its bank assigned them.
 */
export class ReconcilerConfig extends AuthenticatedAppConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3011;

  @IsString()
  HOST = '127.0.0.1';

  /** Whether this instance takes part in running the scheduled jobs (pg-boss workers and cron); the CLI never does. */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  RECONCILER_WORKERS = true;

  /** pg-boss's own schema in the hub's database; every instance of one deployment must name the same. */
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'must be a lower-case SQL identifier' })
  RECONCILER_JOB_SCHEMA = 'pgboss';

  /** The jobs this deployment schedules, comma-separated; empty for all (a deployment without the bank link leaves out the bank jobs). */
  @Validate(JobList)
  RECONCILER_JOBS = '';

  /** Schedules replacing the defaults (jobs/job-schedules.ts): `ledger=30 2 * * *;retention=0 4 * * *`, cron in Japan time. */
  @Validate(CronOverrides)
  RECONCILER_CRON = '';

  /** Work reported complete this many days ago with no invoice is a finding. */
  @apply(days(365)) UNINVOICED_AFTER_DAYS = 30;

  /** An invoice waiting for a coordinator's approval this many days is a finding. */
  @apply(days(365)) APPROVAL_WAITING_AFTER_DAYS = 5;

  /** A payout instructed this many days ago and not confirmed paid is a finding. */
  @apply(days(365)) PAYOUT_UNPAID_AFTER_DAYS = 10;

  /** An outbox message not published after this many minutes is a finding. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1440)
  OUTBOX_STALE_AFTER_MINUTES = 15;

  /** A consumer group this many messages behind on a topic is a finding. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  CONSUMER_LAG_ALERT = 1000;

  /** Processed-event records outlive Kafka's own retention (7 days by default), so a redelivered message is still recognised. */
  @apply(days(3650)) PROCESSED_EVENTS_RETENTION_DAYS = 30;

  /** Webhook ids outlive the partners' retry schedules (Standard Webhooks retries for days). */
  @apply(days(3650)) INBOUND_WEBHOOKS_RETENTION_DAYS = 30;

  @apply(days(3650)) DELIVERY_ATTEMPTS_RETENTION_DAYS = 180;

  /** Rows removed per statement, so retention never holds a long lock or a large transaction. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(100000)
  RETENTION_BATCH_SIZE = 5000;

  /** 振込依頼人コード: the insurer's company code at its bank. */
  @Matches(/^[0-9]{10}$/, { message: 'must be 10 digits' })
  ZENGIN_PAYER_CODE = '0000012345';

  /** 振込依頼人名 in half-width kana, as registered at the bank. */
  @IsString()
  ZENGIN_PAYER_NAME = 'ｻｲﾊﾞｰｿﾝｶﾞｲﾎｹﾝ(ｶ';

  @Matches(/^[0-9]{4}$/, { message: 'must be 4 digits' })
  ZENGIN_BANK_CODE = '0005';

  @Matches(/^[0-9]{3}$/, { message: 'must be 3 digits' })
  ZENGIN_BRANCH_CODE = '001';

  @Matches(/^[129]$/, { message: 'must be 1 (普通), 2 (当座) or 9 (その他)' })
  ZENGIN_ACCOUNT_TYPE = '1';

  @Matches(/^[0-9]{7}$/, { message: 'must be 7 digits' })
  ZENGIN_ACCOUNT_NUMBER = '1234567';
}
