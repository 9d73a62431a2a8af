/** A run of a job as stored and as the HTTP API shows it. */
export interface RunRow {
  id: string;
  job: string;
  business_date: string;
  trigger: 'schedule' | 'catch_up' | 'manual' | 'cli';
  state: 'running' | 'succeeded' | 'failed' | 'skipped';
  started_at: Date;
  finished_at: Date | null;
  found: number;
  opened: number;
  closed: number;
  summary: Record<string, unknown>;
  error: string | null;
}

export const RUN_COLUMNS = `id, job, to_char(business_date, 'YYYY-MM-DD') AS business_date, trigger, state, started_at, finished_at, found, opened, closed, summary, error`;

export function runView(row: RunRow) {
  return {
    runId: row.id,
    job: row.job,
    businessDate: row.business_date,
    trigger: row.trigger,
    state: row.state,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    found: row.found,
    opened: row.opened,
    closed: row.closed,
    summary: row.summary,
    error: row.error,
  };
}
