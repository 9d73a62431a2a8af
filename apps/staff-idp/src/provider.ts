// The embedded OpenID Connect provider (oidc-provider 9) for staff sign-in in dev and tests. Access tokens for
// the hub's API are RFC 9068 JWTs (typ at+jwt, ES256) carrying the staff member's roles and approval limit.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import { findDemoStaff, type DemoStaff } from './demo-staff';

export interface StaffIdpConfig {
  issuer: string;
  audience: string;
  redirectUris: string[];
}

// oidc-provider ships no type declarations (and is ESM-only): these are the few parts of its API we use.
type Req = IncomingMessage;
type Res = ServerResponse;
interface KoaContext {
  path: string; method: string; req: Req; res: Res; status: number; body: unknown; type: string; respond: boolean;
  is(type: string): string | false | null;
  set(field: string, value: string): void;
}
type Grant = { addOIDCScope(scope: string): void; addResourceScope(resource: string, scope: string): void; save(): Promise<string> };
type Interaction = { uid: string; params: { client_id?: unknown; scope?: unknown } };
export interface StaffProvider {
  callback(): (req: Req, res: Res) => void;
  use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): unknown;
  Grant: new (init: { accountId: string; clientId: string }) => Grant;
  interactionDetails(req: Req, res: Res): Promise<Interaction>;
  interactionFinished(req: Req, res: Res, result: object, options: object): Promise<void>;
}
type ProviderModule = {
  default: new (issuer: string, configuration: object) => StaffProvider;
  errors: { InvalidTarget: new (description?: string) => Error };
};
// CommonJS can load the ESM-only package through require(esm) (Node 20.19+); loaded lazily, so a refused start
// (wrong HUB_ENV) does not load it at all.
const loadOidcProvider = () => createRequire(__filename)('oidc-provider') as ProviderModule;

const tokenClaims = (user: DemoStaff) => ({
  preferred_username: user.username,
  name: user.name,
  hub_roles: [...user.roles],
  ...(user.approvalLimitYen === undefined ? {} : { approval_limit_yen: user.approvalLimitYen }),
});

export async function buildStaffProvider({ issuer, audience, redirectUris }: StaffIdpConfig): Promise<StaffProvider> {
  const { default: Provider, errors } = loadOidcProvider();
  // Ephemeral signing key: verifiers read it from /jwks through discovery, so a restart only invalidates tokens.
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'hub-console',
        token_endpoint_auth_method: 'none', // public client (a browser app): PKCE stands in for a secret
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUris,
        id_token_signed_response_alg: 'ES256', // our only key is EC; the default RS256 would have no key
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    // Explicit lifetimes (seconds), also to quiet oidc-provider's notices about its defaults; a working day of session.
    ttl: { AccessToken: 900, AuthorizationCode: 60, IdToken: 900, Interaction: 600, Session: 28_800, Grant: 28_800, RefreshToken: 28_800 },
    // offline_access: without it oidc-provider silently drops the refresh_token grant the client is registered for.
    scopes: ['openid', 'offline_access', 'profile', 'hub'],
    responseTypes: ['code'], // code flow only: no implicit or hybrid tokens in front channels
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], hub: ['hub_roles'] },
    // The access token is for the API (aud = audience), so userinfo refuses it: the console reads who signed
    // in from the ID token instead, which therefore carries the requested claims.
    conformIdTokenClaims: false,
    findAccount: async (_ctx: unknown, sub: string) => {
      const user = findDemoStaff(sub);
      return user && { accountId: user.username, claims: async () => ({ sub: user.username, ...tokenClaims(user) }) };
    },
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      const user = token.accountId === undefined ? undefined : findDemoStaff(token.accountId);
      return user && tokenClaims(user);
    },
    interactions: { url: async (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false }, // ours below checks passwords; the dev one accepts anything
      resourceIndicators: {
        enabled: true,
        // No `resource` parameter needed: the hub API is the default, and the token endpoint reuses the granted one.
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string[]) => oneOf ?? audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== audience) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return { scope: 'hub', audience, accessTokenFormat: 'jwt', accessTokenTTL: 900, jwt: { sign: { alg: 'ES256' } } };
        },
      },
    },
  });
  provider.use(interactionRoutes(provider, audience));
  return provider;
}

const digest = (s: string) => createHash('sha256').update(s).digest();
/** Compares in constant time (equal-length digests), also for unknown users, so timing reveals neither. */
function authenticate(username: string, password: string): DemoStaff | undefined {
  const user = findDemoStaff(username);
  const same = timingSafeEqual(digest(password), digest(user?.password ?? randomUUID()));
  return same ? user : undefined;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const loginPage = (uid: string, username = '', error = '') => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>スタッフ サインイン</title></head>
<body><h1>スタッフ サインイン（デモ）</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>ユーザー名 <input name="username" autocomplete="username" value="${escapeHtml(username)}" required autofocus></label>
<label>パスワード <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">サインイン</button></form></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16_384) throw new Error('form too large'); // two short fields; refuse anything bigger
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** GET /interaction/:uid shows the login form; POST /interaction/:uid/login checks it and finishes the interaction. */
function interactionRoutes(provider: StaffProvider, audience: string) {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(ctx.path);
    if (!match) return next();
    const [, uid, login] = match;
    const page = (status: number, html: string) => {
      ctx.status = status;
      ctx.type = 'text/html; charset=utf-8';
      ctx.set('cache-control', 'no-store');
      ctx.body = html;
    };
    // The interaction cookie binds the uid to this browser; a stale or foreign uid starts over.
    const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
    if (!details || details.uid !== uid) return page(400, '<!doctype html><meta charset="utf-8"><p>サインインの有効期限が切れました。最初からやり直してください。</p>');
    if (!login && ctx.method === 'GET') return page(200, loginPage(uid));
    if (!login || ctx.method !== 'POST' || !ctx.is('application/x-www-form-urlencoded')) return page(405, loginPage(uid));

    const form = await readForm(ctx.req).catch(() => new URLSearchParams());
    const username = form.get('username') ?? '';
    const user = authenticate(username, form.get('password') ?? '');
    if (!user) return page(401, loginPage(uid, username, 'ユーザー名またはパスワードが正しくありません。'));

    const grant = new provider.Grant({ accountId: user.username, clientId: String(details.params.client_id) });
    // offline_access (a refresh token) only when asked for; oidc-provider also wants prompt=consent for it.
    const offline = String(details.params.scope ?? '').split(' ').includes('offline_access');
    grant.addOIDCScope(offline ? 'openid offline_access profile hub' : 'openid profile hub');
    grant.addResourceScope(audience, 'hub');
    const grantId = await grant.save();
    ctx.respond = false; // interactionFinished writes the 303 to the raw response itself
    await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: user.username }, consent: { grantId } }, { mergeWithLastSubmission: false });
  };
}
