import { authorizeAsPerson } from '@hub/auth';
import request from 'supertest';
import { type Callers, DEMO_PEOPLE, type DemoPerson } from '../support/callers';
import { signInToConsoleOverHttp } from '../support/console-session';
import { type DocumentedOperation, type ExampleWalk, exampleWalk } from '../support/openapi-example-walk';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * Issue 12, first contact: every example in the console's API document is a request that succeeds against the hub. The
 * walk (test/support/openapi-example-walk.ts) reads the document the console serves and sends each operation with its
 * examples, as the first caller its x-hub-callers names (the proxies' changes as the operator their examples name),
 * expecting the 2xx it documents (the sign-in's redirects, their 302). Every demo person is signed in to the console
 * through the real staff OpenID provider, and calls with their session cookie and, for a change, its CSRF token and the
 * console's Origin, as the browser app does. The walk's own sign-in fills in only what the provider's redirect brings back
 * (code, state, iss). Then the refusals the document lists are sent where cheap.
 */
describe('console API document: every example succeeds against the hub', () => {
  let hub: RunningHub;
  let as: Callers;
  let walk: ExampleWalk;
  const send: ExampleWalk['send'] = (operationId, target) => walk.send(operationId, target);

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'adapter-lac', 'reconciler', 'console'] });
    as = await consoleCallers(hub.consoleUrl);
    walk = await exampleWalk(hub.consoleUrl, as);
  }, 180_000);
  afterAll(() => hub?.stop());

  it('walks the examples of every operation, from signing in to signing out, each answered as the document says', async () => {
    await send('health');
    await send('liveness');
    await send('readiness');
    await send('metrics');

    // A sign-in as a browser goes through it: to the provider, the person's password there, back with a code.
    const [login] = await send('signIn');
    const authorize = new URL(String(login.location));
    const callback = await authorizeAsPerson(authorize, DEMO_PEOPLE.coordinator, `demo-${DEMO_PEOPLE.coordinator}`, String(authorize.searchParams.get('redirect_uri')), (what) => {
      throw new Error(what);
    });
    const [signedIn] = await send('signInCallback', { query: Object.fromEntries(callback.searchParams) });
    expect(signedIn.location).toBe('/cases');
    // The agent that signed in holds the session the callback opened.
    expect((await as.anonymous.get('/api/session').expect(200)).body).toMatchObject({ username: DEMO_PEOPLE.coordinator });

    expect((await send('currentSession'))[0].body).toMatchObject({ username: DEMO_PEOPLE.coordinator, csrfToken: expect.any(String) });
    expect((await send('partnerDirectory'))[0].body.partners).toEqual(expect.arrayContaining([expect.objectContaining({ partnerId: 'lac', adapter: true })]));
    expect((await send('knownPartners'))[0].body).toEqual({ partners: ['lac'] });
    await send('consumerLag');
    await send('liveEvents');

    // The proxies: a read of each API as the coordinator, a change of each as the operator the example names.
    await send('readCore');
    const [recovered] = await send('changeCore', { as: 'operator' });
    expect(recovered.body).toMatchObject({ partnerId: 'lac' });
    await send('readReconciler');
    expect((await send('changeReconciler', { as: 'operator' }))[0].body).toMatchObject({ job: 'messaging-health', date: '2026-11-27' });
    await send('readAdapter');
    await disableLacEndpoint();
    expect((await send('changeAdapter', { as: 'operator' }))[0].body).toMatchObject({ partnerId: 'lac', state: 'enabled' });

    // Last: the coordinator's session ends.
    await send('signOut');
    expect((await as.coordinator.get('/api/session')).status).toBe(401);

    expect(walk.unsent()).toEqual([]);
  }, 120_000);

  it("gives every request body examples, and every query parameter one but what only the provider's redirect carries", () => {
    expect(walk.missingExamples(/^(code|state|iss)$/)).toEqual([]);
  });

  it('answers the refusals its document lists, its own and those passed on from the API behind', async () => {
    const anyone = () => request(hub.consoleUrl);
    const refusals: [string, request.Response][] = [
      ['health', await anyone().get('/health').set('host', 'evil.example')],
      ['signIn', await anyone().get('/auth/login').set('content-type', 'application/json').send('{}')],
      ['signInCallback', await anyone().get('/auth/callback').query({ code: 'x', state: 'never-issued' })],
      ['readCore', await anyone().get('/api/core/cases')],
      ['readCore', await as.operator.get('/api/core/..%2F..%2Fhealth')],
      ['readCore', await as.claims.get('/api/core/dead-letters')],
      ['changeCore', await as.operator.post('/api/core/dead-letters/recover').set('x-csrf-token', '').send({ partnerId: 'lac', since: '2026-11-20T00:00:00+09:00' })],
      ['consumerLag', await as.claims.get('/api/operations/consumer-lag')],
      ['readAdapter', await as.operator.get('/api/partners/nobody/deliveries')],
      ['changeAdapter', await as.operator.post('/api/partners/lac/endpoint/enable').send(walk.bodyExample('changeAdapter', 'partnerBack'))],
      ['readReconciler', await as.claims.get('/api/reconciler/findings')],
    ];
    expect(refusals.map(([id, r]) => [id, r.status, r.type === 'application/json' ? (r.body as { error: string }).error : r.type])).toEqual([
      ['health', 421, 'host_not_allowed'],
      ['signIn', 400, 'malformed_request'],
      ['signInCallback', 400, 'text/html'],
      ['readCore', 401, 'unauthenticated'],
      ['readCore', 400, 'validation_failed'],
      ['readCore', 403, 'forbidden'],
      ['changeCore', 403, 'csrf_token_missing'],
      ['consumerLag', 403, 'forbidden'],
      ['readAdapter', 404, 'not_found'],
      // LAC's endpoint is not disabled (the walk enabled it, and each file's hub starts with it enabled): the adapter's refusal, passed on.
      ['changeAdapter', 409, 'endpoint_not_disabled'],
      ['readReconciler', 403, 'forbidden'],
    ]);
    for (const [id, response] of refusals) expect([id, Object.keys(documented(id).responses)]).toEqual([id, expect.arrayContaining([String(response.status)])]);
  });

  /** LAC's endpoint disabled, as after a 410 Gone, so that the operator's example has an endpoint to enable. */
  async function disableLacEndpoint(): Promise<void> {
    await hub.dataSource.query(
      `INSERT INTO partner_endpoints (partner_id, disabled_at, disabled_reason, disabled_error) VALUES ('lac', now(), 'gone', '410 Gone')
       ON CONFLICT (partner_id) DO UPDATE SET disabled_at = now(), disabled_reason = 'gone', disabled_error = '410 Gone'`,
    );
  }

  function documented(operationId: string): DocumentedOperation {
    const found = walk.operations.get(operationId);
    if (!found) throw new Error(`the document has no operation ${operationId}`);
    return found.operation;
  }
});

/**
 * Every demo person signed in to the console, each an agent carrying their session cookie, their session's CSRF token and
 * the console's Origin, as the browser app sends them; anonymous carries nothing (until the walk signs it in).
 */
async function consoleCallers(consoleUrl: string): Promise<Callers> {
  const people = Object.keys(DEMO_PEOPLE) as DemoPerson[];
  const sessions = await Promise.all(people.map((who) => signInToConsoleOverHttp(consoleUrl, DEMO_PEOPLE[who])));
  const origin = new URL(consoleUrl).origin;
  const agents = sessions.map(({ cookie, csrfToken }) => request.agent(consoleUrl).set({ cookie, 'x-csrf-token': csrfToken, origin }));
  return { ...(Object.fromEntries(people.map((who, i) => [who, agents[i]])) as Omit<Callers, 'partner' | 'anonymous'>), partner: {}, anonymous: request.agent(consoleUrl) };
}
