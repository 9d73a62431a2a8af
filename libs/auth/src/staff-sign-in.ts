// Signs a staff member in against a real OpenID provider (apps/staff-idp in dev and tests; the demo uses it too) the way a browser
// would: authorization code + PKCE (S256), cookies kept by hand, the provider's own login form posted. Only
// fetch and node:crypto, because Jest cannot load the ESM-only OIDC client libraries.
import { createHash, randomBytes } from 'node:crypto';

export interface StaffSignInOptions {
  clientId?: string;
  redirectUri?: string;
}

const MAX_REDIRECTS = 10;

/** A minimal cookie jar for one host: name → value and path (oidc-provider scopes interaction cookies by path). */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const attr = (key: string) => attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const expires = attr('expires');
      const gone = !value || attr('max-age') === '0' || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attr('path') ?? '/' });
    }
  }

  headerFor(url: URL): string {
    return [...this.cookies]
      .filter(([, c]) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const snippet = async (response: Response) => (await response.text()).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);

/**
 * Performs the real authorization code + PKCE flow as `username` and returns the access token (a JWT for the
 * hub API, whose audience the provider defaults to, so no `resource` parameter is sent). Throws on any failure.
 */
export async function signInStaff(issuer: string, username: string, password: string, options: StaffSignInOptions = {}): Promise<string> {
  const clientId = options.clientId ?? 'hub-console';
  const redirectUri = options.redirectUri ?? 'http://127.0.0.1/callback';
  const fail = (what: string): never => {
    throw new Error(`staff sign-in of ${username} at ${issuer} failed: ${what}`);
  };

  const discoveryUrl = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const discovery = await fetch(discoveryUrl).catch((error: Error) => fail(`discovery ${discoveryUrl}: ${error.message}`));
  if (!discovery.ok) fail(`discovery ${discoveryUrl} answered ${discovery.status}`);
  const metadata = (await discovery.json()) as { issuer: string; authorization_endpoint: string; token_endpoint: string };
  if (metadata.issuer !== issuer) fail(`discovery names issuer ${metadata.issuer}`);

  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const authorize = new URL(metadata.authorization_endpoint);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'openid profile hub',
    state,
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
  }).toString();

  const callback = await authorizeAsPerson(authorize, username, password, redirectUri, fail);
  if (callback.searchParams.get('state') !== state) fail('the callback carries another state');
  const iss = callback.searchParams.get('iss'); // RFC 9207: the response names its issuer (mix-up defence)
  if (iss !== null && iss !== metadata.issuer) fail(`the callback names issuer ${iss}`);
  const code = callback.searchParams.get('code') ?? fail('the callback carries no code');

  // 3. Redeem the code with the PKCE verifier (public client: no secret).
  const token = await fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier }).toString(),
  });
  const body = (await token.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (!token.ok || !body.access_token) fail(`token endpoint answered ${token.status} ${body.error ?? ''} ${body.error_description ?? ''}`.trim());
  return body.access_token as string;
}

/**
 * What a person does in the browser between an authorization request and the client's redirect URI: follow the
 * provider to its login form, post their credentials, follow the redirects back. Returns the redirect URI as the
 * provider called it (code, state, iss), or throws through `fail` on an error answer. Used for the hub's own test
 * sign-ins and for signing in to the console over HTTP (its server makes the authorization request).
 */
export async function authorizeAsPerson(authorize: URL, username: string, password: string, redirectUri: string, fail: (what: string) => never): Promise<URL> {
  const jar = new CookieJar();
  const request = async (url: URL, init: RequestInit = {}) => {
    const cookie = jar.headerFor(url);
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    jar.store(response);
    return response;
  };
  /** Follows redirects until a page (returned) or a redirect to the client's redirect_uri (returned as a URL). */
  const follow = async (first: Response, from: URL): Promise<{ page: Response; url: URL } | URL> => {
    let [response, url] = [first, from];
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (response.status < 300 || response.status >= 400) return { page: response, url };
      const location = response.headers.get('location') ?? fail(`${url} answered ${response.status} without a Location`);
      if (location.startsWith(redirectUri)) return new URL(location);
      url = new URL(location, url);
      response = await request(url);
    }
    return fail(`more than ${MAX_REDIRECTS} redirects`);
  };

  // 1. Authorization request → the provider's login form.
  const form = await follow(await request(authorize), authorize);
  if (form instanceof URL) return fail(`redirected back without a login: ${form.searchParams.get('error') ?? form}`);
  if (form.page.status !== 200) fail(`the authorization request answered ${form.page.status}: ${await snippet(form.page)}`);
  const action = /<form[^>]*action="([^"]+)"/.exec(await form.page.text())?.[1] ?? fail(`no login form at ${form.url}`);

  // 2. Post the credentials → back through the authorization endpoint to the redirect_uri with a code.
  const loginUrl = new URL(action.replace(/&amp;/g, '&'), form.url);
  const login = await request(loginUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  if (login.status === 401) fail('wrong username or password');
  const callback = await follow(login, loginUrl);
  if (!(callback instanceof URL)) return fail(`the login answered ${callback.page.status}: ${await snippet(callback.page)}`);
  const error = callback.searchParams.get('error');
  if (error) fail(`${error}: ${callback.searchParams.get('error_description') ?? ''}`);
  return callback;
}

const CACHE_MS = 10 * 60_000; // access tokens live 15 minutes; leave a margin for the test that uses one
const cache = new Map<string, { token: Promise<string>; until: number }>();

/** Signs a demo staff member in with the demo password `demo-<username>`, reusing a token for 10 minutes. */
export function signInDemoStaff(issuer: string, username: string): Promise<string> {
  const key = `${issuer} ${username}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.token;
  const token = signInStaff(issuer, username, `demo-${username}`);
  cache.set(key, { token, until: Date.now() + CACHE_MS });
  token.catch(() => cache.delete(key)); // a failure is not cached
  return token;
}
