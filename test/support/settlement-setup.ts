import type { RegisterPolicyRequestV3 } from '@hub/contracts';
import { DataSource } from 'typeorm';
import { coreClient } from './core-client';
import { lacOrder, leakReport, litePolicy } from './demo-requests';

type Core = ReturnType<typeof coreClient>;

/** A policy (サイバーLite ¥100M / ¥10M unless overridden) registered through the API; returns its number. */
export async function registerPolicy(core: Core, overrides: Partial<RegisterPolicyRequestV3> = {}): Promise<string> {
  const policy = litePolicy(overrides);
  await core.as.claims.post('/policies').send(policy).expect(201);
  return policy.policyNumber;
}

export async function confirmedCase(core: Core, policyNumber: string, victims: { individuals: number; corporations: number } = { individuals: 0, corporations: 0 }): Promise<string> {
  const report = leakReport(policyNumber);
  const incident = { ...report.incident, victims };
  const caseId = (await core.as.coordinator.post('/cases').send({ ...report, incident }).expect(201)).body.caseId as string;
  await core.as.claims.post(`/cases/${caseId}/coverage-decision`).send({ decision: 'confirmed' }).expect(200);
  return caseId;
}

/**
 * An order the partner has accepted. Partners without an adapter yet (all but LAC) cannot report it over
 * Kafka, so the test moves the order itself: setup, not the path under test.
 */
export async function acceptedOrder(core: Core, db: DataSource, caseId: string, partnerId = 'lac', supportFunction = 'investigation'): Promise<string> {
  const order = { ...lacOrder(), partnerId, supportFunction } as ReturnType<typeof lacOrder>;
  const orderId = (await core.as.coordinator.post(`/cases/${caseId}/orders`).send(order).expect(201)).body.orderId as string;
  await db.query(`UPDATE orders SET status = 'in_progress', accepted_at = now() WHERE id = $1`, [orderId]);
  return orderId;
}
