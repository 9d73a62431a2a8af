// The browser's calls to the hub, through the console's server (which adds the signed-in person's token). Every change
// carries the session's CSRF token; a 401 sends the person to sign in again and back to where they were.
export interface FieldIssue {
  field: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export interface Session {
  username: string;
  name: string;
  roles: string[];
  approvalLimitYen: number | null;
  csrfToken: string;
  expiresAt: string;
}

let csrfToken = '';

function signInAgain(): never {
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  throw new ApiError(401, 'unauthenticated', 'signing in again');
}

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(method === 'POST' ? { 'x-csrf-token': csrfToken } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'network', (error as Error).message);
  }
  if (response.status === 401) signInAgain();
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const problem = (json ?? {}) as { error?: string; message?: string; issues?: FieldIssue[] };
    throw new ApiError(response.status, problem.error ?? 'unknown', problem.message ?? response.statusText, problem.issues ?? []);
  }
  return json as T;
}

export async function loadSession(): Promise<Session> {
  const session = await call<Session>('GET', '/api/session');
  csrfToken = session.csrfToken;
  return session;
}

export const signOut = () => call<void>('POST', '/auth/logout').finally(() => window.location.assign('/auth/login'));

/** Query strings without empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '') as [string, string | number][];
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

/** Core's API as the signed-in person. */
export const core = {
  get: <T>(path: string) => call<T>('GET', `/api/core/${path}`),
  post: <T>(path: string, body: unknown = {}, idempotencyKey?: string) => call<T>('POST', `/api/core/${path}`, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
};

/** The reconciler's API (its findings and runs), as the signed-in person. */
export const reconciler = {
  get: <T>(path: string) => call<T>('GET', `/api/reconciler/${path}`),
  post: <T>(path: string, body: unknown = {}) => call<T>('POST', `/api/reconciler/${path}`, body),
};

/** A partner's adapter (its delivery record and endpoint state), as the signed-in person. */
export const adapter = {
  get: <T>(partnerId: string, path: string) => call<T>('GET', `/api/partners/${encodeURIComponent(partnerId)}/${path}`),
};

export const consoleApi = {
  get: <T>(path: string) => call<T>('GET', `/api/${path}`),
};
