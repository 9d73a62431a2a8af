// The staff IdP runs as a child process (oidc-provider and jose are ESM-only, which Jest cannot load) and is
// driven through the real authorization code + PKCE flow. Tokens are checked by hand, signature included,
// with node:crypto against the provider's published JWKS.
import { spawn, type ChildProcess } from 'node:child_process';
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { resolve } from 'node:path';
import { signInDemoStaff, signInStaff } from '@hub/auth';

const ROOT = resolve(__dirname, '..', '..', '..');
const TSX = resolve(ROOT, 'node_modules', '.bin', 'tsx');
const PORT = 3098;
const ISSUER = `http://127.0.0.1:${PORT}`;

function startIdp(env: Record<string, string | undefined>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, STAFF_IDP_PORT: String(PORT), ...env };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  const child = spawn(TSX, ['apps/staff-idp/src/main.ts'], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

const decodePart = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

async function verifySignature(token: string): Promise<void> {
  const [header, payload, signature] = token.split('.');
  const { jwks_uri } = (await (await fetch(`${ISSUER}/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
  const { keys } = (await (await fetch(jwks_uri)).json()) as { keys: (JsonWebKey & { kid: string })[] };
  const jwk = keys.find((k) => k.kid === decodePart(header).kid);
  expect(jwk).toBeDefined();
  const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const ok = verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  expect(ok).toBe(true);
}

describe('staff IdP (oidc-provider, demo users)', () => {
  let idp: ReturnType<typeof startIdp>;

  beforeAll(async () => {
    idp = startIdp({ HUB_ENV: 'test' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (idp.child.exitCode !== null) throw new Error(`the staff IdP exited: ${idp.output()}`);
      const up = await fetch(`${ISSUER}/.well-known/openid-configuration`).then((r) => r.ok, () => false);
      if (up) break;
      if (Date.now() > deadline) throw new Error(`the staff IdP did not answer within 30 s: ${idp.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    if (idp?.child.exitCode === null) {
      idp.child.kill('SIGTERM');
      await idp.exited;
    }
  });

  it('issues an RFC 9068 access token for the hub API with the approver’s roles and limit', async () => {
    const token = await signInStaff(ISSUER, 'yamada.senior', 'demo-yamada.senior');
    const [header, payload] = token.split('.').map((part, i) => (i < 2 ? decodePart(part) : {}));
    expect(header).toMatchObject({ typ: 'at+jwt', alg: 'ES256' });
    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: 'urn:hub:api',
      sub: 'yamada.senior',
      client_id: 'hub-console',
      scope: 'hub',
      preferred_username: 'yamada.senior',
      name: '山田 誠',
      hub_roles: ['approver'],
      approval_limit_yen: 50_000_000,
    });
    const now = Math.floor(Date.now() / 1000);
    expect(payload.exp).toBe((payload.iat as number) + 900);
    expect(payload.exp as number).toBeGreaterThan(now);
    await verifySignature(token);
  });

  it('gives no approval limit to staff who are not approvers', async () => {
    const payload = decodePart((await signInDemoStaff(ISSUER, 'sato.coordinator')).split('.')[1]);
    expect(payload).toMatchObject({ sub: 'sato.coordinator', hub_roles: ['coordinator'] });
    expect(payload).not.toHaveProperty('approval_limit_yen');
  });

  it('reuses a demo staff token instead of signing in again', async () => {
    expect(await signInDemoStaff(ISSUER, 'ito.finance')).toBe(await signInDemoStaff(ISSUER, 'ito.finance'));
  });

  it('refuses a wrong password and an unknown user', async () => {
    await expect(signInStaff(ISSUER, 'suzuki.approver', 'demo-yamada.senior')).rejects.toThrow(/wrong username or password/);
    await expect(signInStaff(ISSUER, 'nobody', 'demo-nobody')).rejects.toThrow(/wrong username or password/);
  });

  it('requires PKCE', async () => {
    const url = `${ISSUER}/auth?${new URLSearchParams({ response_type: 'code', client_id: 'hub-console', redirect_uri: 'http://127.0.0.1/callback', scope: 'openid', state: 's' })}`;
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location') as string).searchParams.get('error')).toBe('invalid_request');
  });

  it.each([['unset', undefined], ['prod', 'prod']])('refuses to start with HUB_ENV %s', async (_label, hubEnv) => {
    const refused = startIdp({ HUB_ENV: hubEnv, STAFF_IDP_PORT: String(PORT + 1) });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/refusing to start: HUB_ENV/);
  });
});
