import type { ReconciliationFindingV1 } from '@hub/contracts';

/** A finding as stored (snake_case columns read by the repository's SQL). */
export interface FindingRow {
  id: string;
  job: string;
  kind: string;
  severity: 'incident' | 'warning';
  subject_type: string;
  subject_id: string;
  case_id: string | null;
  partner_id: string | null;
  amount_yen: string | null;
  summary: string;
  detail: Record<string, unknown>;
  state: 'open' | 'resolved';
  first_found_on: string;
  last_found_on: string;
  first_run_id: string;
  last_run_id: string;
  opened_at: Date;
  updated_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolution: 'no_longer_holds' | 'resolved_by_person' | null;
  resolution_note: string | null;
}

export const FINDING_COLUMNS = `id, job, kind, severity, subject_type, subject_id, case_id, partner_id, amount_yen::text AS amount_yen, summary, detail, state,
  to_char(first_found_on, 'YYYY-MM-DD') AS first_found_on, to_char(last_found_on, 'YYYY-MM-DD') AS last_found_on, first_run_id, last_run_id,
  opened_at, updated_at, resolved_at, resolved_by, resolution, resolution_note`;

/** The finding as the HTTP API and the console show it. */
export function findingView(row: FindingRow) {
  return {
    findingId: row.id,
    job: row.job,
    kind: row.kind,
    severity: row.severity,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    caseId: row.case_id,
    partnerId: row.partner_id,
    amountYen: row.amount_yen === null ? null : Number(row.amount_yen),
    summary: row.summary,
    detail: row.detail,
    state: row.state,
    firstFoundOn: row.first_found_on,
    lastFoundOn: row.last_found_on,
    firstRunId: row.first_run_id,
    lastRunId: row.last_run_id,
    openedAt: row.opened_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolvedBy: row.resolved_by,
    resolution: row.resolution,
    resolutionNote: row.resolution_note,
  };
}

/** The event published when a finding opens or resolves. */
export function findingEvent(row: FindingRow, runId: string): ReconciliationFindingV1 {
  const event: ReconciliationFindingV1 = {
    findingId: row.id,
    job: row.job as ReconciliationFindingV1['job'],
    kind: row.kind,
    severity: row.severity,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    summary: row.summary,
    state: row.state,
    firstFoundOn: row.first_found_on,
    lastFoundOn: row.last_found_on,
    runId,
  };
  if (row.case_id) event.caseId = row.case_id;
  if (row.partner_id) event.partnerId = row.partner_id;
  if (row.amount_yen !== null) event.amountYen = Number(row.amount_yen);
  if (row.resolution) event.resolution = row.resolution;
  if (row.resolved_by) event.resolvedBy = row.resolved_by;
  return event;
}
