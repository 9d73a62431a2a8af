import { signInDemoStaff } from '@hub/auth';

export const CORE = process.env.CORE_URL ?? 'http://127.0.0.1:3000';
export const SIM = process.env.SIM_URL ?? 'http://127.0.0.1:3002';
export const CONSOLE = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3009';
export const STAFF_ISSUER = process.env.STAFF_OIDC_ISSUER ?? 'http://127.0.0.1:3010';
export const RECONCILER = process.env.RECONCILER_URL ?? 'http://127.0.0.1:3011';

/** The demo people (apps/staff-idp/src/demo-staff.ts), each signing in as themselves. */
export const PEOPLE = {
  claims: 'tanaka.claims',
  coordinator: 'sato.coordinator',
  approver: 'yamada.senior',
  finance: 'ito.finance',
} as const;
export type Person = keyof typeof PEOPLE;

export type Answer = { status: number; json: Record<string, unknown> };

/** A request to core as one of the demo people, with the access token of their sign-in. */
export async function call(who: Person, method: string, path: string, body?: unknown): Promise<Answer> {
  const token = await signInDemoStaff(STAFF_ISSUER, PEOPLE[who]);
  const response = await fetch(`${CORE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-correlation-id': 'demo', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A request to the reconciler as one of the demo people; `raw` sends bytes (a bank file) instead of JSON. */
export async function callReconciler(who: Person, method: string, path: string, body?: unknown, raw?: Uint8Array): Promise<Answer & { bytes?: Uint8Array }> {
  const token = await signInDemoStaff(STAFF_ISSUER, PEOPLE[who]);
  const response = await fetch(`${RECONCILER}${path}`, {
    method,
    headers: { 'content-type': raw ? 'application/octet-stream' : 'application/json', 'x-correlation-id': 'demo', authorization: `Bearer ${token}` },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  if (!(response.headers.get('content-type') ?? '').includes('json')) return { status: response.status, json: {}, bytes: new Uint8Array(await response.arrayBuffer()) };
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export async function expectStatus(label: string, result: Promise<Answer>, ...ok: number[]): Promise<Record<string, unknown>> {
  const { status, json } = await result;
  if (!ok.includes(status)) throw new Error(`${label}: HTTP ${status} ${JSON.stringify(json)}`);
  return json;
}

/** Asks until `probe` answers (not undefined), every half second, for at most `seconds`. */
export async function waitFor<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

export const say = (line: string) => console.log(`  ${line}`);
export const yen = (n: number) => `¥${n.toLocaleString('ja-JP')}`;

/** Every item of one of core's cursor-paged lists (it never answers with an unbounded one), `limit` at a time. */
export async function everyPage<T>(label: string, who: Person, path: string, key: string, limit = 200): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: Record<string, unknown> = await expectStatus(label, call(who, 'GET', `${path}${path.includes('?') ? '&' : '?'}${query}`), 200);
    items.push(...(page[key] as T[]));
    cursor = page.nextCursor as string | null;
  } while (cursor);
  return items;
}
