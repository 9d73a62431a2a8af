import type { StaffRole } from '@hub/auth';
import { addDays, japanDateOf } from './business-date';
import type { JobName } from './reconciliation-job';

export interface JobSchedule {
  /** Cron in Japan time (pg-boss evaluates it with tz Asia/Tokyo), minute resolution. */
  cron: string;
  /** Which day a scheduled run reconciles: the night's jobs look back at the day that ended; the health checks at now. */
  reconciles: 'previous_day' | 'same_day';
  description: string;
}

/**
 * When each job runs. The nightly jobs run after midnight in Japan, in the order a person would check: the work against
 * its invoices, the ledger, then the money against the bank, then the transfer file for the bank's morning run.
 */
export const JOB_SCHEDULES: Record<JobName, JobSchedule> = {
  'orders-invoices': { cron: '0 1 * * *', reconciles: 'previous_day', description: 'Orders against invoices: work not invoiced, invoiced above estimate or never accepted, invoiced twice, approvals waiting' },
  ledger: { cron: '10 1 * * *', reconciles: 'previous_day', description: 'Decisions against the ledger: counters equal their postings and stay within their caps; covered + retained = invoice total' },
  'payouts-bank': { cron: '20 1 * * *', reconciles: 'previous_day', description: 'Payouts against the bank: imported transfers matched and confirmed, unmatched transfers and unpaid payouts reported' },
  'bank-export': { cron: '30 1 * * *', reconciles: 'previous_day', description: 'The day’s instructed payouts as a Zengin 総合振込 transfer file for the insurer’s bank' },
  'messaging-health': { cron: '*/15 * * * *', reconciles: 'same_day', description: 'Outbox not published, dead letters not replayed, consumer lag' },
  retention: { cron: '0 3 * * *', reconciles: 'same_day', description: 'Processed events, inbound webhook ids and delivery attempts past their retention removed in batches' },
  'month-end': { cron: '0 4 1 * *', reconciles: 'previous_day', description: 'Each partner’s month: orders, invoices, covered and retained yen, payouts made' },
};

/** The business date a scheduled run created at `firedAt` reconciles. */
export function businessDateOfFire(job: JobName, firedAt: Date): string {
  const today = japanDateOf(firedAt);
  return JOB_SCHEDULES[job].reconciles === 'previous_day' ? addDays(today, -1) : today;
}

/**
 * Whose work each job's findings are, and who may start it by hand: the coordinator chases partners about orders and
 * invoices; finance owns the money against the bank and the partners' statements; operators own the ledger's integrity
 * and the messaging. A person resolves only findings of the jobs they own; money jobs are started by finance alone.
 */
export const JOB_OWNERS: Record<JobName, StaffRole[]> = {
  'orders-invoices': ['coordinator', 'finance'],
  ledger: ['operator', 'finance'],
  'payouts-bank': ['finance'],
  'bank-export': ['finance'],
  'messaging-health': ['operator'],
  retention: ['operator'],
  'month-end': ['finance'],
};
