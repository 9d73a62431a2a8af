import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signWebhook } from '@hub/adapter-kit';
import { type Callers, DEMO_PEOPLE } from '../support/callers';
import { type DocumentedOperation, type ExampleWalk, exampleWalk, listedIn } from '../support/openapi-example-walk';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * Issue 12, first contact: every example in the partner simulator's API document is a request that succeeds against it.
 * The walk (test/support/openapi-example-walk.ts) reads the document the simulator serves and sends each operation with
 * its examples, expecting the 2xx it documents: per LAC API version, the engagement request, the engagement read back,
 * its cancellation and the cancellation read back, then the lists. The POST routes go out as the hub's LAC adapter sends
 * them, signed per Standard Webhooks over the exact bytes sent with the secret LAC and the adapter share; nothing else is
 * filled in (the engagement ids are the examples' own). Then the refusals the document lists are sent where cheap.
 */
describe('partner simulator API document: every example succeeds against it', () => {
  let hub: RunningHub;
  let walk: ExampleWalk;
  const send: ExampleWalk['send'] = (operationId, target) => walk.send(operationId, target);

  beforeAll(async () => {
    // LAC's script would start reporting on the examples' engagements to an adapter this file does not run: held back.
    hub = await startHub({ apps: ['core', 'partner-sim'], simStepDelayMs: 600_000 });
    const signed = (operation: DocumentedOperation, body: Buffer) =>
      operation['x-hub-callers'].includes('hub') ? signWebhook(hub.lacSecret, `msg_${randomUUID().replace(/-/g, '')}`, Math.floor(Date.now() / 1000), body) : {};
    walk = await exampleWalk(hub.simUrl, tokenlessCallers(hub.simUrl), { headersOverBody: signed });
  }, 180_000);
  afterAll(() => hub?.stop());

  it('walks the examples of every operation, one engagement per API version, each answered as the document says', async () => {
    await send('liveness');
    await send('readiness');
    await send('metrics');

    const v1 = await engagementAndCancellation('receiveEngagement', 'getEngagement', 'cancelEngagementV1', 'getCancellationV1');
    const v2 = await engagementAndCancellation('receiveEngagementV2', 'getEngagementV2', 'cancelEngagementV2', 'getCancellationV2');
    expect([v1.version, v2.version]).toEqual([1, 2]);

    // Either list holds what came in either version.
    for (const list of ['listEngagements', 'listEngagementsV2']) {
      const ids = listedIn(await send(list)).map((e) => (e.request as { engagement_id: string }).engagement_id);
      expect(ids).toEqual(expect.arrayContaining([v1.engagementId, v2.engagementId]));
    }

    expect(walk.unsent()).toEqual([]);
  }, 60_000);

  it('gives every request body an example, and every header parameter one but the signature computed over the body', () => {
    expect(walk.missingExamples(/^webhook-(id|timestamp|signature)$/)).toEqual([]);
  });

  it('answers an engagement request received again with the same ticket, as the document says', async () => {
    const [first] = await send('receiveEngagementV2');
    const [again] = await send('receiveEngagementV2');
    expect(again.body.ticket).toBe(first.body.ticket);
  });

  it('answers the refusals its document lists: a GET with a body, another Host, an unknown engagement, an unsigned request', async () => {
    const sim = () => request(hub.simUrl);
    const refusals: [string, request.Response][] = [
      ['listEngagements', await sim().get('/lac/v1/engagements').set('content-type', 'application/json').send('{}')],
      ['listEngagementsV2', await sim().get('/lac/v2/engagements').set('host', 'evil.example')],
      ['getEngagementV2', await sim().get(`/lac/v2/engagements/${randomUUID()}`)],
      ['receiveEngagementV2', await sim().post('/lac/v2/engagements').send(walk.bodyExample('receiveEngagementV2', 'minatoLeak'))],
    ];
    expect(refusals.map(([id, r]) => [id, r.status, (r.body as { error: string }).error])).toEqual([
      ['listEngagements', 400, 'malformed_request'],
      ['listEngagementsV2', 421, 'host_not_allowed'],
      ['getEngagementV2', 404, 'not_found'],
      ['receiveEngagementV2', 401, 'bad_signature'],
    ]);
    for (const [id, response] of refusals) expect([id, Object.keys(documented(id).responses)]).toEqual([id, expect.arrayContaining([String(response.status)])]);
    // The lists take no query: one given is not a refusal.
    expect((await sim().get('/lac/v1/engagements').query({ status: 'nonsense' })).status).toBe(200);
  });

  /** An engagement request received, read back, cancelled and its cancellation read back, by the examples of one version. */
  async function engagementAndCancellation(receive: string, get: string, cancel: string, getCancellation: string) {
    const [received] = await send(receive);
    const engagementId = String((walk.bodyExample(receive, 'minatoLeak') as { engagement_id: string }).engagement_id);
    const [engagement] = await send(get);
    expect(engagement.body).toMatchObject({ ticket: received.body.ticket, request: { engagement_id: engagementId } });
    const [cancelled] = await send(cancel);
    expect(cancelled.body.ticket).toBe(received.body.ticket);
    const [cancellation] = await send(getCancellation);
    expect(cancellation.body).toMatchObject({ request: { engagement_id: engagementId } });
    return { engagementId, version: engagement.body.version };
  }

  function documented(operationId: string): DocumentedOperation {
    const found = walk.operations.get(operationId);
    if (!found) throw new Error(`the document has no operation ${operationId}`);
    return found.operation;
  }
});

/** The simulator takes no token (the hub's signature is its credential, and its reads are open): every caller is a plain agent. */
function tokenlessCallers(url: string): Callers {
  const plain = () => request.agent(url);
  return { ...(Object.fromEntries(Object.keys(DEMO_PEOPLE).map((who) => [who, plain()])) as Omit<Callers, 'partner' | 'anonymous'>), partner: { lac: plain() }, anonymous: plain() };
}
