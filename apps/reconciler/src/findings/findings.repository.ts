import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { instantText, keysetPage, type KeysetList, type ListPage, newestFirst, type PageRequest, PositionalParams, UUID, whereAll } from '@hub/http';
import { createEnvelope, MessagingRuntime, TOPICS } from '@hub/messaging';
import type { FoundBreak } from '../jobs/reconciliation-job';
import { FINDING_COLUMNS, findingEvent, type FindingRow } from './finding-row';
import { clip, storableYen, SUMMARY_MAX } from './finding-values';

export const FINDINGS_LIST: KeysetList = { cursorKind: 'findings', id: UUID };


export interface AppliedRun {
  found: number;
  opened: FindingRow[];
  closed: FindingRow[];
}

export interface FindingFilter {
  job?: string;
  kind?: string;
  state?: 'open' | 'resolved';
  severity?: 'incident' | 'warning';
  caseId?: string;
  partnerId?: string;
}

/** Reconciliation findings: one row per break (job, kind, subject), opened, found again, closed and resolved here only. */
@Injectable()
export class FindingsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingRuntime,
  ) {}

  /**
   * Records what a run found, in the caller's transaction: a break seen for the first time opens a finding; one seen
   * before is the same finding (never a second row); one that had stopped holding reopens; one a person resolved stays
   * resolved. Open findings of the job this run did not find, seen last on or before its day, no longer hold and close.
   * Each opening and closing is published.
   */
  async applyRun(tx: EntityManager, run: { id: string; job: string; businessDate: string; correlationId: string }, found: readonly FoundBreak[]): Promise<AppliedRun> {
    // Runs of one job for different days may overlap (a person reruns last week while tonight's runs): one applies at a time.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('reconciliation-findings:' || $1, 0))`, [run.job]);
    const rows = found.map((f) => ({
      kind: f.kind, severity: f.severity, subject_type: f.subjectType, subject_id: f.subjectId, case_id: f.caseId ?? null, partner_id: f.partnerId ?? null,
      amount_yen: storableYen(f.amountYen), summary: clip(f.summary, SUMMARY_MAX), detail: f.detail ?? {},
    }));
    const upserted: (FindingRow & { is_new: boolean; reopened: boolean })[] = rows.length === 0 ? [] : await tx.query(
      `WITH found AS (
         SELECT DISTINCT ON (kind, subject_id) * FROM jsonb_to_recordset($1::jsonb)
           AS f(kind text, severity text, subject_type text, subject_id text, case_id uuid, partner_id text, amount_yen bigint, summary text, detail jsonb)
       ),
       before AS (
         SELECT r.id, r.resolution FROM reconciliation_findings r JOIN found f ON r.job = $2 AND r.kind = f.kind AND r.subject_id = f.subject_id FOR UPDATE OF r
       ),
       upserted AS (
         INSERT INTO reconciliation_findings AS r (id, job, kind, severity, subject_type, subject_id, case_id, partner_id, amount_yen, summary, detail, state,
                                                   first_found_on, last_found_on, first_run_id, last_run_id)
         SELECT gen_random_uuid(), $2, f.kind, f.severity, f.subject_type, f.subject_id, f.case_id, f.partner_id, f.amount_yen, f.summary, f.detail, 'open', $3, $3, $4, $4
           FROM found f
         ON CONFLICT (job, kind, subject_id) DO UPDATE SET
           severity = EXCLUDED.severity, case_id = EXCLUDED.case_id, partner_id = EXCLUDED.partner_id, amount_yen = EXCLUDED.amount_yen,
           summary = EXCLUDED.summary, detail = EXCLUDED.detail, subject_type = EXCLUDED.subject_type,
           last_found_on = GREATEST(r.last_found_on, EXCLUDED.last_found_on), last_run_id = EXCLUDED.last_run_id, updated_at = now(),
           state = CASE WHEN r.resolution = 'no_longer_holds' THEN 'open' ELSE r.state END,
           opened_at = CASE WHEN r.resolution = 'no_longer_holds' THEN now() ELSE r.opened_at END,
           resolved_at = CASE WHEN r.resolution = 'no_longer_holds' THEN NULL ELSE r.resolved_at END,
           resolved_by = CASE WHEN r.resolution = 'no_longer_holds' THEN NULL ELSE r.resolved_by END,
           resolution = CASE WHEN r.resolution = 'no_longer_holds' THEN NULL ELSE r.resolution END
         RETURNING ${FINDING_COLUMNS}
       )
       SELECT u.*, b.id IS NULL AS is_new, COALESCE(b.resolution = 'no_longer_holds', false) AS reopened FROM upserted u LEFT JOIN before b ON b.id = u.id`,
      [JSON.stringify(rows), run.job, run.businessDate, run.id],
    );
    const closed: FindingRow[] = await tx.query(
      `UPDATE reconciliation_findings
          SET state = 'resolved', resolution = 'no_longer_holds', resolved_by = 'reconciler', resolved_at = now(), updated_at = now(), last_run_id = $3
        WHERE job = $1 AND state = 'open' AND last_found_on <= $2 AND last_run_id <> $3
        RETURNING ${FINDING_COLUMNS}`,
      [run.job, run.businessDate, run.id],
    ).then(([rows]: [FindingRow[]]) => rows);
    const opened = upserted.filter((row) => row.is_new || row.reopened);
    for (const row of [...opened, ...closed]) await this.publish(tx, row, run.id, run.correlationId);
    return { found: upserted.length, opened, closed };
  }

  /** A person resolves an open finding (they chased the partner, corrected the ledger, accepted the difference). */
  async resolveByPerson(tx: EntityManager, findingId: string, resolvedBy: string, note: string, correlationId: string): Promise<{ row: FindingRow | null; wasOpen: boolean }> {
    const [current]: FindingRow[] = await tx.query(`SELECT ${FINDING_COLUMNS} FROM reconciliation_findings WHERE id = $1 FOR UPDATE`, [findingId]);
    if (!current) return { row: null, wasOpen: false };
    if (current.state !== 'open') return { row: current, wasOpen: false };
    const [[row]]: [FindingRow[]] = await tx.query(
      `UPDATE reconciliation_findings SET state = 'resolved', resolution = 'resolved_by_person', resolved_by = $2, resolution_note = $3, resolved_at = now(), updated_at = now()
        WHERE id = $1 RETURNING ${FINDING_COLUMNS}`,
      [findingId, resolvedBy, note],
    );
    await this.publish(tx, row, row.last_run_id, correlationId);
    return { row, wasOpen: true };
  }

  async byId(findingId: string): Promise<FindingRow | null> {
    const [row]: FindingRow[] = await this.dataSource.query(`SELECT ${FINDING_COLUMNS} FROM reconciliation_findings WHERE id = $1`, [findingId]);
    return row ?? null;
  }

  /** Findings newest first (by when they opened), filtered, a page at a time. */
  async page(filter: FindingFilter, page: PageRequest): Promise<ListPage<FindingRow>> {
    const params = new PositionalParams();
    const { condition, orderBy } = newestFirst('opened_at', 'id', 'uuid', page.after, params.bind);
    const where = whereAll([
      filter.job && `job = ${params.bind(filter.job)}`,
      filter.kind && `kind = ${params.bind(filter.kind)}`,
      filter.state && `state = ${params.bind(filter.state)}`,
      filter.severity && `severity = ${params.bind(filter.severity)}`,
      filter.caseId && `case_id = ${params.bind(filter.caseId)}`,
      filter.partnerId && `partner_id = ${params.bind(filter.partnerId)}`,
      condition,
    ]);
    const rows: (FindingRow & { keyset_at: string })[] = await this.dataSource.query(
      `SELECT ${FINDING_COLUMNS}, ${instantText('opened_at')} AS keyset_at FROM reconciliation_findings ${where} ORDER BY ${orderBy} LIMIT ${page.limit + 1}`,
      params.values,
    );
    return keysetPage(rows, page.limit, FINDINGS_LIST, (row) => ({ at: row.keyset_at, id: row.id }));
  }

  private publish(tx: EntityManager, row: FindingRow, runId: string, correlationId: string): Promise<void> {
    const payload = findingEvent(row, runId);
    return this.messaging.publish(tx, TOPICS.reconciliationFinding, createEnvelope(TOPICS.reconciliationFinding, {
      caseId: row.case_id ?? row.id,
      partnerId: row.partner_id ?? undefined,
      correlationId,
      payload,
    }));
  }
}
