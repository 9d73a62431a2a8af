import type { ReportIncidentRequestV3 } from '@hub/contracts';
import { leakReport } from './demo-requests';

/** A report of the demo incident with its facts changed: the event kind, how it was found, its dates, its victims. */
export function reportWith(policyNumber: string, incident: Partial<ReportIncidentRequestV3['incident']>): ReportIncidentRequestV3 {
  const report = leakReport(policyNumber);
  return { ...report, incident: { ...report.incident, ...incident } };
}
