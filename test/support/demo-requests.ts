import { randomUUID } from 'node:crypto';
import type { IssueOrderRequestV2, RegisterPolicyRequestV3, ReportIncidentRequestV3 } from '@hub/contracts';

/** Request bodies for a realistic incident; each call gets its own policy number so tests never collide. */
export function litePolicy(overrides: Partial<RegisterPolicyRequestV3> = {}): RegisterPolicyRequestV3 {
  return {
    policyNumber: `CL-${randomUUID().slice(0, 8).toUpperCase()}`,
    product: 'cyber-lite',
    insured: { name: '株式会社みなと精機', corporateNumber: '7010001008844' },
    periodStart: '2026-04-01',
    periodEnd: '2027-04-01',
    retroactiveDate: '2025-04-01',
    liabilityLimitYen: 100_000_000,
    expenseSublimitYen: 10_000_000,
    ...overrides,
  };
}

export function leakReport(policyNumber: string): ReportIncidentRequestV3 {
  return {
    policyNumber,
    incident: {
      kind: 'leak',
      summary: '受注管理サーバーへの不正アクセスにより顧客情報が漏えいした可能性',
      discoveredAt: '2026-11-20T09:30:00+09:00',
      // Stated, so what the policy period decides does not depend on the day the tests run.
      reportedAt: '2026-11-20T11:00:00+09:00',
      discoveryChannel: 'security_operations_provider',
      estimatedRecords: 12_000,
    },
    usageNotice: {
      contactName: '情報システム部 佐藤',
      contactPhone: '03-1234-5678',
      contactEmail: 'sato@minato-seiki.example.jp',
      requestedFunctions: ['investigation', 'crisis_pr'],
    },
  };
}

export function lacOrder(scope = 'Incident assessment and forensic investigation of the order-management server'): IssueOrderRequestV2 {
  return { partnerId: 'lac', supportFunction: 'investigation', scope, estimateYen: 3_300_000 };
}
