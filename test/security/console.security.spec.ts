import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { authorizeAsPerson, declaredRoutes, STAFF_ROLES, type StaffRole } from '@hub/auth';
import { DEMO_PEOPLE } from '../support/callers';
import { type ConsoleSession, signInToConsoleOverHttp } from '../support/console-session';
import { leakReport, litePolicy } from '../support/demo-requests';
import { type RunningHub, startHub } from '../support/running-hub';
import { CONSOLE_ROUTE_ACCESS } from './console-route-access';

/** One demo person per role. */
const PERSON_OF: Record<StaffRole, string> = {
  coordinator: DEMO_PEOPLE.coordinator,
  claims_handler: DEMO_PEOPLE.claims,
  approver: DEMO_PEOPLE.approver,
  finance: DEMO_PEOPLE.finance,
  operator: DEMO_PEOPLE.operator,
  auditor: DEMO_PEOPLE.auditor,
};

/** A concrete request for each declared route (the proxy routes through a harmless read or an empty change). */
const CONCRETE: Record<string, { method: 'GET' | 'POST'; path: string }> = {
  'POST /auth/logout': { method: 'POST', path: '/auth/logout' },
  'GET /api/session': { method: 'GET', path: '/api/session' },
  'GET /api/live': { method: 'GET', path: '/api/live' },
  'GET /api/directory': { method: 'GET', path: '/api/directory' },
  'GET /api/core/*path': { method: 'GET', path: '/api/core/cases?limit=1' },
  'POST /api/core/*path': { method: 'POST', path: '/api/core/dead-letters/recover' },
  'GET /api/reconciler/*path': { method: 'GET', path: '/api/reconciler/findings?limit=1' },
  'POST /api/reconciler/*path': { method: 'POST', path: '/api/reconciler/runs' },
  'GET /api/partners/:partnerId/*path': { method: 'GET', path: '/api/partners/lac/deliveries?limit=1' },
  'POST /api/partners/:partnerId/*path': { method: 'POST', path: '/api/partners/lac/endpoint/enable' },
  'GET /api/operations/consumer-lag': { method: 'GET', path: '/api/operations/consumer-lag' },
  'GET /api/operations/partners': { method: 'GET', path: '/api/operations/partners' },
};

/**
 * The console's own access control (issue 10 on issue 8's roles): every route says who may call it, nobody else gets
 * past, a session is a cookie no script can read, a change needs the session's CSRF token from the console's own
 * origin, and the API behind the proxy keeps deciding by role.
 */
describe('console access', () => {
  let hub: RunningHub;
  const sessions = {} as Record<StaffRole, ConsoleSession>;

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac', 'reconciler', 'console'] });
    for (const role of STAFF_ROLES) sessions[role] = await signInToConsoleOverHttp(hub.consoleUrl, PERSON_OF[role]);
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
  });

  const call = (route: string, session?: ConsoleSession) => {
    const { method, path } = CONCRETE[route];
    if (!session) return fetch(`${hub.consoleUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined, redirect: 'manual' });
    return method === 'GET' ? session.get(path) : session.post(path, {});
  };

  it('declares exactly the routes of its access table', () => {
    const declared = Object.fromEntries(declaredRoutes(hub.nest.console!).flatMap((r) => r.routes.map((route) => [route, r.callers])));
    expect(declared).toEqual(CONSOLE_ROUTE_ACCESS);
  });

  it.each(Object.keys(CONCRETE).filter((route) => route !== 'POST /auth/logout'))('refuses %s without a session (401), saying how to sign in', async (route) => {
    const response = await call(route);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthenticated', message: expect.stringContaining('/auth/login') });
  });

  it('lets each role reach the operations routes only as its table says', async () => {
    for (const route of ['GET /api/operations/consumer-lag', 'GET /api/operations/partners']) {
      for (const role of STAFF_ROLES) {
        const response = await call(route, sessions[role]);
        const allowed = CONSOLE_ROUTE_ACCESS[route].includes(role);
        expect([route, role, response.status]).toEqual([route, role, allowed ? 200 : 403]);
      }
    }
  });

  it('passes the API\'s refusal through unchanged: the console grants nothing core would not', async () => {
    const approve = await sessions.coordinator.post('/api/core/invoices/00000000-0000-4000-8000-000000000000/approve', {});
    expect(approve.status).toBe(403);
    expect(await approve.json()).toMatchObject({ error: 'forbidden' });
    const letters = await sessions.claims_handler.get('/api/core/dead-letters');
    expect(letters.status).toBe(403);
    const deliveries = await sessions.finance.get('/api/partners/lac/deliveries');
    expect(deliveries.status).toBe(403);
  });

  it("passes the reconciler's answers and refusals through unchanged, by its own callers", async () => {
    for (const role of STAFF_ROLES) {
      const findings = await sessions[role].get('/api/reconciler/findings?limit=1');
      const runs = await sessions[role].get('/api/reconciler/runs?limit=1');
      const readsFindings = ['operator', 'finance', 'coordinator', 'auditor'].includes(role);
      const readsRuns = ['operator', 'finance', 'auditor'].includes(role);
      expect([role, findings.status, runs.status]).toEqual([role, readsFindings ? 200 : 403, readsRuns ? 200 : 403]);
    }
    const run = await sessions.coordinator.post('/api/reconciler/runs', { job: 'ledger', date: '2024-04-01' });
    expect(run.status).toBe(403);
    expect(await run.json()).toMatchObject({ error: 'forbidden' });
    const resolve = await sessions.auditor.post('/api/reconciler/findings/00000000-0000-4000-8000-000000000000/resolve', { note: '確認済み' });
    expect(resolve.status).toBe(403);
    const missing = await sessions.operator.post('/api/reconciler/findings/00000000-0000-4000-8000-000000000000/resolve', { note: '確認済み' });
    expect(missing.status).toBe(404);
  });

  it('refuses a change to the reconciler without the CSRF token, or from another origin, before it reaches it', async () => {
    // A day of the past no other test asks for, so that a refused request reaching the reconciler would show as a job.
    const date = `20${String(10 + Math.floor(Math.random() * 10))}-0${1 + Math.floor(Math.random() * 9)}-${String(10 + Math.floor(Math.random() * 18))}`;
    // The reconciler's queue (pg-boss, in the hub's database): what reached it is a job there.
    const queued = async () => ((await hub.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'reconcile-ledger' AND data->>'date' = $1`, [date])) as { n: number }[])[0].n;
    const before = await queued();
    const noToken = await sessions.operator.post('/api/reconciler/runs', { job: 'ledger', date }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ error: 'csrf_token_missing' });
    const foreign = await sessions.operator.post('/api/reconciler/runs', { job: 'ledger', date }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: 'cross_site_request' });
    const otherSessionsToken = await sessions.operator.post('/api/reconciler/runs', { job: 'ledger', date }, { 'x-csrf-token': sessions.finance.csrfToken });
    expect(otherSessionsToken.status).toBe(403);
    expect(await queued()).toBe(before);
    const allowed = await sessions.operator.post('/api/reconciler/runs', { job: 'ledger', date });
    expect(allowed.status).toBe(202);
    const answer = (await allowed.json()) as { queued: boolean };
    expect(answer).toEqual({ job: 'ledger', date, queued: before === 0 });
    expect(await queued()).toBe(1);
  });

  it('refuses a change without the CSRF token, or from another origin, before it reaches core', async () => {
    const policy = litePolicy();
    await hub.as.claims.post('/policies').send(policy).expect(201);
    const opened = (await hub.as.coordinator.post('/cases').send(leakReport(policy.policyNumber)).expect(201)).body.caseId as string;
    const decide = `/api/core/cases/${opened}/coverage-decision`;
    const noToken = await sessions.claims_handler.post(decide, { decision: 'confirmed' }, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(await noToken.json()).toMatchObject({ error: 'csrf_token_missing' });
    const foreign = await sessions.claims_handler.post(decide, { decision: 'confirmed' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: 'cross_site_request' });
    const otherSessionsToken = await sessions.claims_handler.post(decide, { decision: 'confirmed' }, { 'x-csrf-token': sessions.coordinator.csrfToken });
    expect(otherSessionsToken.status).toBe(403);
    expect((await hub.as.claims.get(`/cases/${opened}`).expect(200)).body.coverage.status).toBe('pending');
    const allowed = await sessions.claims_handler.post(decide, { decision: 'confirmed' });
    expect(allowed.status).toBe(200);
  });

  it('keeps the session in an HttpOnly, SameSite cookie and only its hash in the database', async () => {
    const attributes = sessions.auditor.setCookie.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    const id = sessions.auditor.cookie.split('=')[1];
    const stored: { n: number }[] = await hub.dataSource.query('SELECT count(*)::int AS n FROM console_sessions WHERE id_hash = $1 OR access_token = $1', [id]);
    expect(stored[0].n).toBe(0);
  });

  it('refreshes an expiring access token once, however many requests find it expiring together', async () => {
    const session = await signInToConsoleOverHttp(hub.consoleUrl, DEMO_PEOPLE.juniorApprover);
    const idHash = createHash('sha256').update(session.cookie.split('=')[1]).digest('base64url');
    const tokenOf = async () => ((await hub.dataSource.query('SELECT access_token FROM console_sessions WHERE id_hash = $1', [idHash])) as { access_token: string }[])[0].access_token;
    const before = await tokenOf();
    await hub.dataSource.query(`UPDATE console_sessions SET access_expires_at = now() WHERE id_hash = $1`, [idHash]);
    const answers = await Promise.all(Array.from({ length: 5 }, () => session.get('/api/core/invoices?state=awaiting_approval&limit=1')));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await tokenOf()).not.toBe(before);
    // A refresh token used twice would have been refused and the grant revoked: the session still works.
    await hub.dataSource.query(`UPDATE console_sessions SET access_expires_at = now() WHERE id_hash = $1`, [idHash]);
    expect((await session.get('/api/session')).status).toBe(200);
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const session = await signInToConsoleOverHttp(hub.consoleUrl, DEMO_PEOPLE.otherCoordinator);
    expect((await session.get('/api/session')).status).toBe(200);
    expect((await session.post('/auth/logout')).status).toBe(204);
    expect((await session.get('/api/session')).status).toBe(401);
  });

  it('takes a sign-in callback once: a replayed code and state open no second session', async () => {
    const fail = (what: string): never => {
      throw new Error(what);
    };
    const start = await fetch(`${hub.consoleUrl}/auth/login?returnTo=/cases`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location')!);
    const callback = await authorizeAsPerson(authorize, DEMO_PEOPLE.auditor, `demo-${DEMO_PEOPLE.auditor}`, authorize.searchParams.get('redirect_uri')!, fail);
    const first = await fetch(callback, { redirect: 'manual' });
    expect([first.status, first.headers.get('location')]).toEqual([302, '/cases']);
    const replayed = await fetch(callback, { redirect: 'manual' });
    expect(replayed.status).toBe(400);
    expect(replayed.headers.getSetCookie()).toEqual([]);
  });

  it('never redirects a sign-in off the console (open redirect)', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const start = await fetch(`${hub.consoleUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
      const authorize = new URL(start.headers.get('location')!);
      const callback = await authorizeAsPerson(authorize, DEMO_PEOPLE.auditor, `demo-${DEMO_PEOPLE.auditor}`, authorize.searchParams.get('redirect_uri')!, (w) => {
        throw new Error(w);
      });
      const done = await fetch(callback, { redirect: 'manual' });
      expect([returnTo, done.headers.get('location')]).toEqual([returnTo, '/']);
    }
  });

  it('reaches only the API paths it is meant to: no other host, no climbing, no other adapter route', async () => {
    for (const path of ['/api/core/..%2F..%2Fhealth', '/api/core/%2F%2Fevil.example%2Fx', '/api/reconciler/..%2F..%2Fhealth', '/api/reconciler/%2F%2Fevil.example%2Fx', '/api/partners/lac/lac/v2/feed', '/api/partners/nobody/deliveries', '/api/partners/__proto__/deliveries', '/api/partners/constructor/endpoint']) {
      const response = await sessions.operator.get(path);
      expect([path, [400, 404].includes(response.status)]).toEqual([path, true]);
    }
  });

  it('answers only for the hosts it serves, and sends its pages with a content security policy', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(hub.consoleUrl);
      httpRequest({ host: url.hostname, port: url.port, path: '/api/session', headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0))
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
    const page = await fetch(`${hub.consoleUrl}/cases`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await page.text()).toContain('<div id="root"></div>');
  });
});
