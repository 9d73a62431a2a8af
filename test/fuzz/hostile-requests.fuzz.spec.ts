import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import fc from 'fast-check';
import type { Caller } from '@hub/auth';
import { CORE_ROUTE_ACCESS, LAC_ADAPTER_ROUTE_ACCESS } from '../security/route-access';
import { type CallerTokens, signInCallers } from '../support/callers';
import { type RunningHub, startHub } from '../support/running-hub';
import { type Answer, errorRuleProblems, OpenApiAnswers } from './answers-match-openapi';
import { buildWorld, type FuzzWorld } from './fuzz-world';
import { type HostileRequest, hostileRequests, type RouteShape } from './hostile-requests';
import { closeSockets, sendHostile, type Sent, type Target } from './send-hostile';

/**
 * Issue 8: generated hostile requests to every route of core and of the LAC adapter, each answer held to two rules —
 * never a 5xx, and always what the route's OpenAPI documents (the status, the body's schema, the headers). Requests are
 * sent by a caller the route takes, so most reach validation and the use case rather than the guard; a few carry no
 * credentials, garbage ones or someone else's. LAC's partner routes are signed as LAC signs, most of them correctly.
 *
 * FUZZ_HTTP_RUNS requests per route: 1,000 in `npm test` (the file takes about two minutes on two cores), 10,000 under
 * `npm run fuzz`. Every finding of a route is collected and reported together, with the request that reproduces it:
 * FUZZ_SEED=<seed> FUZZ_PATH=<run> FUZZ_HTTP_RUNS=1 npx jest test/fuzz -t '<route>' sends that one request again
 * (fast-check's seed and path; FUZZ_SEED alone replays the route's whole sequence). FUZZ_FINDINGS_FILE=<path> also
 * writes every finding there, one JSON line each, with what each route answered.
 */
const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 1_000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;
const SHOWN = 4;
const FINDINGS_FILE = process.env.FUZZ_FINDINGS_FILE;

type App = 'core' | 'adapter';
const ROUTES: [string, { app: App; key: string; callers: Caller[] }][] = [
  ...Object.entries(CORE_ROUTE_ACCESS).map(([key, callers]) => ({ app: 'core' as const, key, callers })),
  ...Object.entries(LAC_ADAPTER_ROUTE_ACCESS).map(([key, callers]) => ({ app: 'adapter' as const, key, callers })),
].map((route) => [`${route.app} ${route.key}`, route]);

interface Finding {
  run: number;
  problem: string;
  request: HostileRequest;
  sent: Sent;
  answer?: Answer;
}

describe('hostile requests to every public route (issue 8 fuzz)', () => {
  let hub: RunningHub;
  let world: FuzzWorld;
  let documents: Record<App, OpenApiAnswers>;
  let tokens: { of: CallerTokens; at: number };

  /**
   * The callers' tokens, signed in again when ten minutes old: staff tokens live fifteen, and the long run takes longer,
   * so without it every later route would only ever see its requests refused as invalid_token.
   */
  async function freshTokens(): Promise<CallerTokens> {
    if (Date.now() - tokens.at > 10 * 60_000) tokens = { of: await signInCallers(hub.coreUrl), at: Date.now() };
    return tokens.of;
  }

  beforeAll(async () => {
    // Refusals are what the fuzz provokes by the thousand: only errors (a 500's stack among them) are logged.
    hub = await startHub({ apps: ['core', 'adapter-lac'], logLevel: 'error' });
    tokens = { of: hub.tokens, at: Date.now() };
    world = await buildWorld(hub);
    // The documents as the apps serve them: libs/contracts inlines every contract, so each stands alone.
    const served = async (url: string) => (await (await fetch(`${url}/docs/openapi.json`)).json()) as Record<string, unknown>;
    documents = { core: new OpenApiAnswers(await served(hub.coreUrl), 'core'), adapter: new OpenApiAnswers(await served(hub.adapterUrl), 'adapter-lac') };
  }, 120_000);

  afterAll(async () => {
    closeSockets();
    await hub?.stop();
  });

  it.each(ROUTES)(`%s: ${RUNS} hostile requests, no 5xx, every answer as its OpenAPI documents it`, async (_name, { app, key, callers }) => {
    const [method, template] = key.split(' ') as ['GET' | 'POST', string];
    const document = documents[app];
    const valid = world.valid[key];
    const shape: RouteShape = {
      method, template, known: world.known, valid, queryNames: document.queryParameters(method, template), extremes: world.extremes[key],
      body: key === 'POST /oauth/token' ? 'form' : valid || document.takesBody(method, template) ? 'json' : 'none',
    };
    const target: Target = {
      baseUrl: app === 'core' ? hub.coreUrl : hub.adapterUrl, tokens: await freshTokens(), lacSecret: hub.lacSecret, callers,
      signed: template.startsWith('/lac/'), tokenEndpoint: key === 'POST /oauth/token',
    };
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    let run = 0;
    const property = fc.asyncProperty(hostileRequests(shape), async (request) => {
      // fast-check's path of a run that is not shrunk is its index, counted from the path replayed, if any.
      const index = Number(PATH ?? 0) + run++;
      const { sent, answer } = sendHostile(request, target);
      let got: Answer | undefined;
      try {
        got = await answer;
      } catch (error) {
        findings.push({ run: index, problem: `no answer: ${(error as Error).message}`, request, sent });
        return true;
      }
      statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1);
      const problems = [got.status >= 500 ? `${got.status} ${errorCode(got)} (a 5xx)` : undefined, document.mismatch(method, template, got), errorRuleProblems(got)].filter(Boolean);
      if (problems.length > 0) findings.push({ run: index, problem: problems.join('; '), request, sent, answer: got });
      // Never fails the property: every finding is collected, not only the first one shrunk.
      return true;
    });
    const details = await fc.check(property, { numRuns: RUNS, seed: SEED, path: PATH });
    // What the route answered, so a reader sees how far the requests got (mostly 400s, some 2xx, 404s…).
    const answered = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
    if (FINDINGS_FILE) record(FINDINGS_FILE, key, details.seed, answered, findings);
    if (findings.length > 0) throw new Error(`${report(key, details.seed, findings)}\nanswers: ${answered}`);
  }, Math.max(60_000, RUNS * 1_000));
});

function errorCode(answer: Answer): string {
  try {
    return String((JSON.parse(answer.text) as { error?: unknown }).error ?? '');
  } catch {
    return '(no JSON body)';
  }
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);

/** A request as someone would type it again; tokens shortened, since the reader has their own. */
function describeFinding(f: Finding, seed: number): string {
  const headers = Object.entries(f.sent.headers).map(([k, v]) => `${k}: ${cut(k === 'authorization' ? v.replace(/^(\w+ .{12}).+/, '$1…') : v, 100)}`);
  const body = f.sent.body === undefined ? '(none)' : cut(JSON.stringify(f.request.body), 400);
  const answer = f.answer ? `${f.answer.status} ${cut(f.answer.text, 400)}` : '(none)';
  return [
    `  run #${f.run} (replay: FUZZ_SEED=${seed} FUZZ_PATH=${f.run} FUZZ_HTTP_RUNS=1): ${f.problem}`,
    `    ${f.request.method} ${cut(f.request.path, 200)}`,
    `    credentials: ${f.request.auth}${f.request.signature !== 'valid' ? `, signature: ${f.request.signature}` : ''}; ${headers.join(' | ')}`,
    `    body: ${body}`,
    `    made as: ${f.request.what.join('; ')}`,
    `    answer: ${answer}`,
  ].join('\n');
}

/** Findings grouped by what went wrong (status, error code, mismatch), counted, then the first few in full. */
function report(key: string, seed: number, findings: Finding[]): string {
  const groups = new Map<string, number>();
  for (const f of findings) {
    const kind = `${f.answer?.status ?? 'no answer'} ${f.answer ? errorCode(f.answer) : ''}: ${f.problem.replace(/\d{4,}/g, 'N').replace(/\/issues\/\d+\//g, '/issues/i/')}`;
    groups.set(kind, (groups.get(kind) ?? 0) + 1);
  }
  const counted = [...groups].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `  ${n} × ${kind}`);
  return [`${key}: ${findings.length} of ${RUNS} answers are 5xx or not as documented (seed ${seed})`, ...counted, `first ${SHOWN}:`, ...findings.slice(0, SHOWN).map((f) => describeFinding(f, seed))].join('\n');
}

function record(file: string, key: string, seed: number, answered: string, findings: Finding[]): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ route: key, seed, answered })}\n`);
  for (const f of findings) {
    appendFileSync(file, `${JSON.stringify({ route: key, seed, run: f.run, problem: f.problem, method: f.request.method, path: f.request.path, headers: f.sent.headers, body: f.request.body, what: f.request.what, status: f.answer?.status, answer: f.answer?.text.slice(0, 2000) })}\n`);
  }
}
