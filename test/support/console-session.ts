import { authorizeAsPerson } from '@hub/auth';

/** A staff member signed in to the console over plain HTTP (no browser): their session cookie and CSRF token. */
export interface ConsoleSession {
  cookie: string;
  /** The Set-Cookie header the console answered the sign-in with (its attributes are what a browser keeps). */
  setCookie: string;
  csrfToken: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/**
 * Signs `username` in through the console's own flow: the console's /auth/login sends the person to the staff
 * provider, which sends them back to the console's /auth/callback, which opens the session.
 */
export async function signInToConsoleOverHttp(consoleUrl: string, username: string): Promise<ConsoleSession> {
  const fail = (what: string): never => {
    throw new Error(`console sign-in of ${username} failed: ${what}`);
  };
  const start = await fetch(`${consoleUrl}/auth/login`, { redirect: 'manual' });
  if (start.status !== 302) fail(`/auth/login answered ${start.status}`);
  const authorize = new URL(start.headers.get('location') ?? fail('no Location'));
  const redirectUri = authorize.searchParams.get('redirect_uri') ?? fail('no redirect_uri');
  const callback = await authorizeAsPerson(authorize, username, `demo-${username}`, redirectUri, fail);
  const done = await fetch(callback, { redirect: 'manual' });
  if (done.status !== 302) fail(`/auth/callback answered ${done.status}: ${await done.text()}`);
  const setCookie = done.headers.getSetCookie().find((c) => c.startsWith('hub_console_session=')) ?? fail('no session cookie');
  const cookie = setCookie.split(';')[0];
  const session = await fetch(`${consoleUrl}/api/session`, { headers: { cookie } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const origin = new URL(consoleUrl).origin;
  return {
    cookie,
    setCookie,
    csrfToken,
    get: (path, headers = {}) => fetch(`${consoleUrl}${path}`, { headers: { cookie, ...headers }, redirect: 'manual' }),
    post: (path, body = {}, headers = {}) =>
      fetch(`${consoleUrl}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken, origin, ...headers },
        body: JSON.stringify(body),
        redirect: 'manual',
      }),
  };
}
