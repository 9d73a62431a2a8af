import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { instantText, keysetPage, type KeysetList, type ListPage, newestFirst, type PageRequest, PositionalParams, UUID, whereAll } from '@hub/http';
import type { JobName } from '../jobs/reconciliation-job';
import { RUN_COLUMNS, type RunRow } from './run-row';

export const RUNS_LIST: KeysetList = { cursorKind: 'runs', id: UUID };

/** The record of every run of every job: when, for which day, why, and what it found. */
@Injectable()
export class RunRepository {
  constructor(private readonly dataSource: DataSource) {}

  async start(job: JobName, businessDate: string, trigger: RunRow['trigger']): Promise<string> {
    const id = randomUUID();
    await this.dataSource.query(`INSERT INTO reconciliation_runs (id, job, business_date, trigger, state) VALUES ($1, $2, $3, $4, 'running')`, [id, job, businessDate, trigger]);
    return id;
  }

  /** A run that found another instance already running the same job for the same day: on record, and nothing done. */
  async skipped(job: JobName, businessDate: string, trigger: RunRow['trigger']): Promise<RunRow> {
    const [row]: RunRow[] = await this.dataSource.query(
      `INSERT INTO reconciliation_runs (id, job, business_date, trigger, state, finished_at, summary)
       VALUES ($1, $2, $3, $4, 'skipped', now(), '{"reason":"another instance was running this job for this day"}') RETURNING ${RUN_COLUMNS}`,
      [randomUUID(), job, businessDate, trigger],
    );
    return row;
  }

  /**
   * Runs of this job and day still marked running when the caller holds the job-and-day lock: their process died
   * (killed, crashed, lost its connection) before it could say so. What they found was never applied.
   */
  async markInterrupted(job: JobName, businessDate: string): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE reconciliation_runs SET state = 'failed', finished_at = now(), error = 'interrupted: its process stopped before the run finished; nothing it found was applied'
        WHERE job = $1 AND business_date = $2 AND state = 'running'`,
      [job, businessDate],
    );
    return count;
  }

  async succeed(tx: EntityManager, runId: string, counts: { found: number; opened: number; closed: number }, summary: Record<string, unknown>): Promise<RunRow> {
    const [[row]]: [RunRow[]] = await tx.query(
      `UPDATE reconciliation_runs SET state = 'succeeded', finished_at = now(), found = $2, opened = $3, closed = $4, summary = $5 WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
      [runId, counts.found, counts.opened, counts.closed, JSON.stringify(summary)],
    );
    return row;
  }

  async fail(runId: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE reconciliation_runs SET state = 'failed', finished_at = now(), error = $2 WHERE id = $1 AND state = 'running'`, [runId, error.slice(0, 2000)]);
  }

  /**
   * Whether the job's run for the day succeeded, or one is under way (the scheduler's catch-up asks before sending one). A
   * run marked running for longer than pg-boss lets a job run (an hour) is one whose process died, not one under way.
   */
  async hasSucceededOrIsRunning(job: JobName, businessDate: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM reconciliation_runs WHERE job = $1 AND business_date = $2
          AND (state = 'succeeded' OR (state = 'running' AND started_at > now() - interval '1 hour')) LIMIT 1`,
      [job, businessDate],
    );
    return rows.length > 0;
  }

  async byId(runId: string): Promise<RunRow | null> {
    const [row]: RunRow[] = await this.dataSource.query(`SELECT ${RUN_COLUMNS} FROM reconciliation_runs WHERE id = $1`, [runId]);
    return row ?? null;
  }

  async page(filter: { job?: string; businessDate?: string; state?: string }, page: PageRequest): Promise<ListPage<RunRow>> {
    const params = new PositionalParams();
    const { condition, orderBy } = newestFirst('started_at', 'id', 'uuid', page.after, params.bind);
    const where = whereAll([
      filter.job && `job = ${params.bind(filter.job)}`,
      filter.businessDate && `business_date = ${params.bind(filter.businessDate)}`,
      filter.state && `state = ${params.bind(filter.state)}`,
      condition,
    ]);
    const rows: (RunRow & { keyset_at: string })[] = await this.dataSource.query(
      `SELECT ${RUN_COLUMNS}, ${instantText('started_at')} AS keyset_at FROM reconciliation_runs ${where} ORDER BY ${orderBy} LIMIT ${page.limit + 1}`,
      params.values,
    );
    return keysetPage(rows, page.limit, RUNS_LIST, (row) => ({ at: row.keyset_at, id: row.id }));
  }
}
