import type { CaseTimelineV2, OrderV2 } from '@hub/contracts';
import type { Callers } from './callers';
import { litePolicy, leakReport } from './demo-requests';

/**
 * Drives core's HTTP API the way the insurer's systems and the coordinator do, each step as the person whose job it
 * is: the claims handler registers the policy and decides coverage, the coordinator reports the incident and reads.
 */
export function coreClient(as: Callers) {
  return {
    as,
    async openCase({ confirm }: { confirm: boolean }): Promise<{ caseId: string; policyNumber: string }> {
      const policy = litePolicy();
      await as.claims.post('/policies').send(policy).expect(201);
      const reported = await as.coordinator.post('/cases').send(leakReport(policy.policyNumber)).expect(201);
      const caseId = reported.body.caseId as string;
      if (confirm) {
        await as.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'confirmed' }).expect(200);
      }
      return { caseId, policyNumber: policy.policyNumber };
    },
    /** Every entry of the case's timeline, in the order things happened: the API gives a page at a time. */
    async timeline(caseId: string) {
      const entries: CaseTimelineV2['entries'] = [];
      let cursor: string | null = null;
      do {
        const page: CaseTimelineV2 = (await as.coordinator.get(`/cases/${caseId}/timeline`).query(cursor ? { cursor, limit: '1000' } : { limit: '1000' }).expect(200)).body;
        entries.push(...page.entries);
        cursor = page.nextCursor;
      } while (cursor);
      return entries;
    },
    async order(orderId: string) {
      return (await as.coordinator.get(`/orders/${orderId}`).expect(200)).body as OrderV2;
    },
  };
}
