import { randomUUID } from 'node:crypto';
import type { Caller, StaffRole } from '@hub/auth';
import { declaredRoutes } from '@hub/auth';
import { PARTNERS } from '@hub/partners';
import { type Callers, DEMO_PEOPLE, type DemoPerson } from '../support/callers';
import { type RunningHub, startHub } from '../support/running-hub';
import { partnerPackages } from '@apps/partner-sim/src/partner-packages';
import { adapterRouteAccess, CORE_ROUTE_ACCESS, RECONCILER_ROUTE_ACCESS } from './route-access';

/**
 * OWASP API5:2023 (broken function level authorisation): every route of core, of the reconciler and of every partner's
 * adapter, called by every demo person, the partner and nobody. Allowed callers get past the guard (their request may
 * still be bad: the ids here are random); everyone else gets 401 without credentials or 403 with them, with no data in
 * the body. And every other partner's token is refused on every partner route of each adapter.
 */
const ACCESS = Object.fromEntries(partnerPackages().map(({ adapter }) => [adapter.partnerId, adapterRouteAccess(adapter)]));
/** Every partner with a folder: a new one is held to the kit's rule until its table is written out. */
const ADAPTERS = Object.keys(ACCESS);
const ROLES_OF: Record<DemoPerson, StaffRole[]> = {
  coordinator: ['coordinator'],
  otherCoordinator: ['coordinator'],
  claims: ['claims_handler'],
  juniorApprover: ['approver'],
  approver: ['approver'],
  finance: ['finance'],
  operator: ['operator'],
  auditor: ['auditor'],
};
type Who = DemoPerson | 'partner' | 'anonymous';
const EVERYONE: Who[] = [...(Object.keys(DEMO_PEOPLE) as DemoPerson[]), 'partner', 'anonymous'];
const GUARD_CODES = ['unauthenticated', 'invalid_token', 'forbidden'];

const mayCall = (who: Who, callers: Caller[]) =>
  callers.includes('anyone') || (who === 'partner' ? callers.includes('partner') : who !== 'anonymous' && ROLES_OF[who].some((r) => callers.includes(r)));

/**
 * Path parameters that are not UUIDs, as a route reads them: an unknown policy number or webhook id (answered 404 after
 * the guard); a real month, payee kind and partner (the partner of the caller's token, so that "the partner" reads its own
 * month-end statement and gets past the object-level check as well as the guard).
 */
function pathValue(name: string, partnerId: string): string {
  switch (name) {
    case 'policyNumber':
      return 'CL-NO-SUCH';
    case 'webhookId':
      return 'msg_nosuch';
    case 'month':
      return '2026-11';
    case 'payeeKind':
      return 'partner';
    case 'partnerId':
      return partnerId;
    default:
      return randomUUID();
  }
}

function concrete(route: string, partnerId = 'lac'): { method: 'get' | 'post' | 'put'; path: string } {
  const [method, template] = route.split(' ');
  const path = template.replace(/:(\w+)/g, (_m, name: string) => pathValue(name, partnerId));
  return { method: method.toLowerCase() as 'get' | 'post' | 'put', path };
}

/** `partnerId`: the partner whose token "the partner" is (the adapter's own; LAC for core). */
async function call(as: Callers, who: Who, route: string, partnerId = 'lac') {
  const { method, path } = concrete(route, partnerId);
  const agent = who === 'partner' ? as.partner[partnerId] : as[who];
  return method === 'get' ? agent.get(path) : agent[method](path).send({});
}

describe('function-level authorisation: each caller against each route', () => {
  let hub: RunningHub;

  // Core, the reconciler and every partner's adapter, one after another (each joins its Kafka group): longer than one
  // hook's default.
  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'reconciler', ...ADAPTERS.map((id) => `adapter-${id}` as const)] });
  }, 300_000);
  afterAll(() => hub?.stop());

  it.each([
    ['core', () => hub.nest.core, CORE_ROUTE_ACCESS],
    ['the reconciler', () => hub.nest.reconciler, RECONCILER_ROUTE_ACCESS],
    ...ADAPTERS.map((id) => [`the ${id} adapter`, () => hub.adapters[id].app, ACCESS[id]] as const),
  ] as const)('%s declares exactly the callers the specification gives each route', (_name, app, specification) => {
    const declared = Object.fromEntries(declaredRoutes(app()!).flatMap((r) => r.routes.map((route) => [route, [...(r.callers ?? [])].sort()])));
    const expected = Object.fromEntries(Object.entries(specification).map(([route, callers]) => [route, [...callers].sort()]));
    expect(declared).toEqual(expected);
  });

  describe.each([
    ['core', CORE_ROUTE_ACCESS, (h: RunningHub) => h.as, 'lac'],
    ['the reconciler', RECONCILER_ROUTE_ACCESS, (h: RunningHub) => h.reconcilerAs, 'lac'],
    ...ADAPTERS.map((id) => [`the ${id} adapter`, ACCESS[id], (h: RunningHub) => h.adapters[id].as, id] as const),
  ] as const)('%s', (_name, specification, callersOf, partnerId) => {
    it.each(Object.keys(specification))('%s: allowed callers pass the guard, others are refused with nothing', async (route) => {
      const outcomes: string[] = [];
      for (const who of EVERYONE) {
        const response = await call(callersOf(hub), who, route, partnerId);
        const allowed = mayCall(who, specification[route]);
        expect(response.status).toBeLessThan(500);
        if (allowed) {
          if (GUARD_CODES.includes(response.body?.error)) outcomes.push(`${who} was refused (${response.status} ${response.body.error})`);
        } else if (who === 'anonymous') {
          expect({ who, status: response.status, error: response.body.error }).toEqual({ who, status: 401, error: 'unauthenticated' });
          expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
        } else {
          expect({ who, status: response.status, body: Object.keys(response.body).sort() }).toEqual({ who, status: 403, body: ['error', 'message', 'statusCode'] });
          expect(response.body.error).toBe('forbidden');
        }
      }
      expect(outcomes).toEqual([]);
    });
  });

  it.each(ADAPTERS)("refuses every other partner's token on every partner route of the %s adapter, with nothing in the answer", async (partnerId) => {
    const partnerRoutes = Object.entries(ACCESS[partnerId]).filter(([, callers]) => callers.includes('partner'));
    const others = Object.keys(PARTNERS).filter((id) => id !== partnerId);
    for (const [route] of partnerRoutes) {
      for (const other of others) {
        const { method, path } = concrete(route);
        const agent = hub.adapters[partnerId].as.partner[other];
        const response = method === 'get' ? await agent.get(path) : await agent[method](path).send({});
        expect({ route, other, status: response.status, error: response.body.error, body: Object.keys(response.body).sort() }).toEqual({
          route, other, status: 403, error: 'forbidden', body: ['error', 'message', 'statusCode'],
        });
      }
    }
  });
});
