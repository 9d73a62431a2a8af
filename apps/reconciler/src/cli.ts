import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isBusinessDate } from './jobs/business-date';
import { businessDateOfFire } from './jobs/job-schedules';
import { isJobName, JOB_NAMES, type JobName } from './jobs/reconciliation-job';

/** The night's jobs in the order the scheduler runs them: `npm run reconcile -- night`. */
const NIGHT: JobName[] = ['orders-invoices', 'ledger', 'payouts-bank', 'bank-export', 'messaging-health'];

const USAGE = `usage: npm run reconcile -- <job|night> [--date YYYY-MM-DD]
  jobs: ${JOB_NAMES.join(', ')}
  night: ${NIGHT.join(', ')}, one after another
  --date: the business day in Japan to reconcile (default: the day the job's schedule would reconcile now)`;

function usage(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(2);
}

/** Runs one job (or the night's) for a day, by hand, exactly as the scheduler would, and prints what it found. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { date: { type: 'string' } } });
  const [which, ...extra] = positionals;
  if (!which || extra.length > 0) usage(which ? `one job at a time, not ${positionals.join(' ')}` : 'which job?');
  if (which !== 'night' && !isJobName(which)) usage(`job: ${which} is not a job`);
  if (values.date !== undefined && !isBusinessDate(values.date)) usage(`--date: ${values.date} must be a real day written YYYY-MM-DD`);
  const jobs = which === 'night' ? NIGHT : [which as JobName];

  // Loaded once the arguments are known to be good: a mistyped command answers at once, without starting Nest.
  const [{ loadConfig }, { reconcilerContext }, { ReconcilerConfig }, { JobRunner }, { FindingsRepository }] = await Promise.all([
    import('@hub/config'),
    import('./reconciler.app'),
    import('./reconciler.config'),
    import('./runs/job-runner'),
    import('./findings/findings.repository'),
  ]);
  const app = await reconcilerContext(loadConfig(ReconcilerConfig));
  let failed = false;
  try {
    const runner = app.get(JobRunner);
    const findings = app.get(FindingsRepository);
    for (const job of jobs) {
      const date = values.date ?? businessDateOfFire(job, new Date());
      try {
        const run = await runner.run(job, date, 'cli');
        process.stdout.write(`\n${job} for ${date}: ${run.state}; ${run.found} finding(s), ${run.opened} opened, ${run.closed} closed  (run ${run.id})\n`);
        if (Object.keys(run.summary).length > 0) process.stdout.write(`  ${JSON.stringify(run.summary)}\n`);
        const open = await findings.page({ job, state: 'open' }, { limit: 50 });
        for (const f of open.items) process.stdout.write(`  [${f.severity}] ${f.kind}: ${f.summary}\n`);
        if (open.nextCursor) process.stdout.write('  … more: GET /findings?job=' + job + '&state=open\n');
      } catch (error) {
        failed = true;
        process.stderr.write(`${job} for ${date} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  } finally {
    await app.close();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
