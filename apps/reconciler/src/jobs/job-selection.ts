import { parseExpression } from 'cron-parser';
import { ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { JOB_SCHEDULES } from './job-schedules';
import { isJobName, JOB_NAMES, type JobName } from './reconciliation-job';

/** `ledger,messaging-health`: the jobs a deployment schedules (empty: all). A deployment without the bank link leaves out the bank jobs. */
export function selectedJobs(setting: string): JobName[] {
  const names = setting.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  return names.length === 0 ? [...JOB_NAMES] : names.filter(isJobName);
}

/** `ledger=30 2 * * *;retention=0 4 * * *`: cron (Japan time) replacing a job's default schedule. */
export function cronOverrides(setting: string): Partial<Record<JobName, string>> {
  const entries = setting.split(';').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  return Object.fromEntries(entries.map((entry) => [entry.slice(0, entry.indexOf('=')).trim(), entry.slice(entry.indexOf('=') + 1).trim()]));
}

export function cronOf(job: JobName, overrides: Partial<Record<JobName, string>>): string {
  return overrides[job] ?? JOB_SCHEDULES[job].cron;
}

@ValidatorConstraint({ name: 'jobList' })
export class JobList implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && value.split(',').map((n) => n.trim()).filter((n) => n.length > 0).every(isJobName);
  }

  defaultMessage(): string {
    return `must be job names separated by commas, of ${JOB_NAMES.join(', ')}`;
  }
}

@ValidatorConstraint({ name: 'cronOverrides' })
export class CronOverrides implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    return value.split(';').map((e) => e.trim()).filter((e) => e.length > 0).every((entry) => {
      const at = entry.indexOf('=');
      if (at < 1 || !isJobName(entry.slice(0, at).trim())) return false;
      const cron = entry.slice(at + 1).trim();
      // Five fields: pg-boss schedules by the minute, a seconds field would never fire as written.
      if (cron.split(/\s+/).length !== 5) return false;
      try {
        parseExpression(cron, { tz: 'Asia/Tokyo' });
        return true;
      } catch {
        return false;
      }
    });
  }

  defaultMessage(): string {
    return 'must be job=cron entries separated by semicolons (five-field cron in Japan time), e.g. ledger=30 2 * * *';
  }
}
