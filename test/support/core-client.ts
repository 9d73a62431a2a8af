import request from 'supertest';
import type { CaseTimelineV1, OrderV2 } from '@hub/contracts';
import { litePolicy, leakReport } from './demo-requests';

/** Drives core's HTTP API the way the insurer's systems and the coordinator do. */
export function coreClient(coreUrl: string) {
  const http = () => request(coreUrl);
  return {
    http,
    async openCase({ confirm }: { confirm: boolean }): Promise<{ caseId: string; policyNumber: string }> {
      const policy = litePolicy();
      await http().post('/policies').send(policy).expect(201);
      const reported = await http().post('/cases').send(leakReport(policy.policyNumber)).expect(201);
      const caseId = reported.body.caseId as string;
      if (confirm) {
        await http()
          .post(`/cases/${caseId}/coverage-decision`)
          .send({ decision: 'confirmed', decidedBy: 'adjuster.tanaka' })
          .expect(200);
      }
      return { caseId, policyNumber: policy.policyNumber };
    },
    async timeline(caseId: string) {
      const response = await http().get(`/cases/${caseId}/timeline`).expect(200);
      return (response.body as CaseTimelineV1).entries;
    },
    async order(orderId: string) {
      return (await http().get(`/orders/${orderId}`).expect(200)).body as OrderV2;
    },
  };
}
