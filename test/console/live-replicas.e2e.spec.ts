import { loadConfig } from '@hub/config';
import { eventually, testEnv } from '@hub/testing';
import { startConsole, type RunningConsole } from '@apps/console/src/console.app';
import { ConsoleConfig } from '@apps/console/src/console.config';
import { DEMO_PEOPLE } from '../support/callers';
import { signInToConsoleOverHttp } from '../support/console-session';
import { leakReport, litePolicy } from '../support/demo-requests';
import { type RunningHub, startHub } from '../support/running-hub';

interface Heard {
  type: string;
  id: string;
  data: { caseId?: string; kind?: string };
}

/** Reads a Server-Sent Events stream into `heard` until aborted. */
async function listen(url: string, cookie: string, heard: Heard[], signal: AbortSignal): Promise<void> {
  const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
          heard.push({ type: field('event'), id: field('id'), data: JSON.parse(field('data') || '{}') as Heard['data'] });
        }
      }
    } catch {
      // aborted
    }
  })();
}

/**
 * Live events reach every replica of the console, not one of many: two consoles on one database each hear a new
 * timeline entry on their own LISTEN connection, and a person's stream carries only what their roles may read. The
 * session opened on one replica works on the other (sessions live in PostgreSQL).
 */
describe('live events across console replicas', () => {
  let hub: RunningHub;
  let second: RunningConsole;
  const aborts: AbortController[] = [];

  beforeAll(async () => {
    hub = await startHub({ apps: ['core', 'console'] });
    second = await startConsole(
      loadConfig(ConsoleConfig, {
        DATABASE_URL: testEnv.databaseUrl,
        KAFKA_BROKERS: testEnv.brokers,
        HUB_ENV: testEnv.hubEnv,
        LOG_LEVEL: testEnv.logLevel,
        STAFF_OIDC_ISSUER: testEnv.staffIssuer,
        PORT: String(Number(process.env.TEST_PORT_BASE ?? 3100) + 19),
        CORE_URL: hub.coreUrl,
      }),
    );
  }, 180_000);

  afterAll(async () => {
    for (const abort of aborts) abort.abort();
    await second?.app.close();
    await hub?.stop();
  });

  const stream = async (base: string, cookie: string) => {
    const heard: Heard[] = [];
    const abort = new AbortController();
    aborts.push(abort);
    await listen(`${base}/api/live`, cookie, heard, abort.signal);
    return heard;
  };

  it("tells both replicas of a new case's timeline entry, and an operator's stream nothing of it", async () => {
    const coordinator = await signInToConsoleOverHttp(hub.consoleUrl, DEMO_PEOPLE.coordinator);
    const operator = await signInToConsoleOverHttp(hub.consoleUrl, DEMO_PEOPLE.operator);
    const onFirst = await stream(hub.consoleUrl, coordinator.cookie);
    const onSecond = await stream(second.url, coordinator.cookie);
    const operatorHears = await stream(second.url, operator.cookie);
    const policy = litePolicy();
    await hub.as.claims.post('/policies').send(policy).expect(201);
    const caseId = (await hub.as.coordinator.post('/cases').send(leakReport(policy.policyNumber)).expect(201)).body.caseId as string;
    const reported = (heard: Heard[]) => heard.find((e) => e.type === 'timeline' && e.data.caseId === caseId && e.data.kind === 'incident_reported');
    const first = await eventually(async () => reported(onFirst), { what: 'the first replica to hear it' });
    const again = await eventually(async () => reported(onSecond), { what: 'the second replica to hear it' });
    expect(first.id).toMatch(/^timeline:\d+$/);
    expect(again.id).toBe(first.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(operatorHears.filter((e) => e.type === 'timeline')).toEqual([]);
  }, 60_000);
});
