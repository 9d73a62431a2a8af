import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractValidator, type OrderIssuedV1 } from '@hub/contracts';
import { lacMappingV1 } from './lac-mapping';

/**
 * LAC's native v1 ⇄ canonical mapping. Callback fixtures are files (ok/ maps to `expected`, not-ok/
 * is refused at the edge with `expectIssue`), so a new LAC quirk is a new fixture, not new code.
 */
const FIXTURES = join(__dirname, '../test/fixtures/status-callbacks');
const fixtures = (kind: 'ok' | 'not-ok') =>
  readdirSync(join(FIXTURES, kind))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(FIXTURES, kind, f), 'utf8'))] as const);

describe('LAC status callbacks v1', () => {
  it.each(fixtures('ok'))('maps %s to a valid canonical status', (_file, fixture) => {
    const native = contractValidator().validate(lacMappingV1.nativeCallbackSchema, fixture.callback);
    expect(native.ok).toBe(true);
    const canonical = lacMappingV1.toCanonicalStatus(fixture.callback);
    expect(canonical).toEqual(fixture.expected);
    expect(contractValidator().validate('events/order-status-changed.v1', canonical)).toEqual({ ok: true, value: canonical });
    expect(lacMappingV1.orderIdOf(fixture.callback)).toBe(fixture.callback.engagement_id);
  });

  it.each(fixtures('not-ok'))('refuses %s, naming the field', (_file, fixture) => {
    const result = contractValidator().validate(lacMappingV1.nativeCallbackSchema, fixture.callback);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual(fixture.expectIssue);
  });
});

describe('LAC engagement requests v1', () => {
  const order: OrderIssuedV1 = {
    orderId: '0b6f3c1e-5d7a-4c1b-9f4e-2a8d6e9b1c3f',
    caseId: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    partnerId: 'lac',
    supportFunction: 'investigation',
    policyNumber: 'CL-2026-0001',
    insured: { name: '株式会社みなと精機', contactName: '佐藤', contactPhone: '03-1234-5678' },
    incident: { kind: 'threat', summary: 'JPCERT/CC から不正通信の通報', discoveredAt: '2026-11-20T09:30:00+09:00' },
    scope: 'Check whether unauthorised access happened',
    issuedAt: '2026-11-20T11:00:00+09:00',
  };

  it('maps an order to a request LAC\'s contract accepts, leaving out what is absent', () => {
    const request = lacMappingV1.toNativeOrder(order);
    expect(contractValidator().validate(lacMappingV1.nativeOrderSchema, request).ok).toBe(true);
    expect(request).toEqual({
      api_version: '1',
      engagement_id: order.orderId,
      incident_ref: order.caseId,
      service_code: 'IR-EMERGENCY',
      client: { company_name: '株式会社みなと精機', contact_name: '佐藤', contact_tel: '03-1234-5678' },
      incident: { category: 'THREAT', summary: 'JPCERT/CC から不正通信の通報', detected_at: '2026-11-20T09:30:00+09:00' },
      scope_note: 'Check whether unauthorised access happened',
      issued_at: '2026-11-20T11:00:00+09:00',
    });
  });

  it('carries the estimate and record count when the order has them', () => {
    const request = lacMappingV1.toNativeOrder({
      ...order,
      estimateYen: 3_300_000,
      incident: { ...order.incident, kind: 'leak', estimatedRecords: 100_000 },
      insured: { ...order.insured, contactEmail: 'sato@example.jp' },
    });
    expect(request).toMatchObject({ budget_jpy: 3_300_000, incident: { category: 'LEAK', estimated_records: 100_000 }, client: { contact_email: 'sato@example.jp' } });
  });
});
