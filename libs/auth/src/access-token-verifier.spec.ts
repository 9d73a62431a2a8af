import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { AccessTokenVerifier, TokenRefused } from './access-token-verifier';
import { PARTNER_API_AUDIENCE } from './auth-config';
import { demoPartnerClient, sha256Hex } from './partner-clients';
import { PartnerTokenIssuer } from './partner-token-issuer';
import { demoSigningKeyPem, loadSigningKey, type SigningKey } from './signing-key';

const HUB = 'http://127.0.0.1:3000';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A staff OpenID provider on loopback: discovery and JWKS only, with a key the test signs people's tokens with. */
async function fakeStaffProvider(): Promise<{ issuer: string; sign(claims: JWTPayload, header?: object, audience?: string): Promise<string>; close(): Promise<void> }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'staff-1', alg: 'ES256', use: 'sig' };
  let issuer = '';
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') return res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    if (req.url === '/jwks') return res.end(JSON.stringify({ keys: [jwk] }));
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    sign: (claims, header = {}, audience = 'urn:hub:api') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'staff-1', ...header }).setIssuer(issuer).setAudience(audience).setSubject(String(claims.sub ?? 'tanaka.claims')).setIssuedAt().setExpirationTime('5m').sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('AccessTokenVerifier', () => {
  let key: SigningKey;
  let staff: Awaited<ReturnType<typeof fakeStaffProvider>>;
  let verifier: AccessTokenVerifier;
  let issuer: PartnerTokenIssuer;
  const lac = demoPartnerClient('lac');

  beforeAll(async () => {
    key = await loadSigningKey(demoSigningKeyPem());
    staff = await fakeStaffProvider();
    verifier = new AccessTokenVerifier({ partnerIssuer: HUB, partnerKeys: key.publicKey, staffIssuer: staff.issuer, staffAudience: 'urn:hub:api' });
    issuer = new PartnerTokenIssuer(HUB, key, [{ clientId: lac.clientId, partnerId: 'lac', secretSha256: sha256Hex(lac.clientSecret) }], 300);
  });
  afterAll(() => staff.close());

  const partnerJwt = (claims: JWTPayload, { header = {}, audience = PARTNER_API_AUDIENCE, iss = HUB, exp = '5m' as string | number } = {}) =>
    new SignJWT({ client_id: 'lac-demo', hub_partner_id: 'lac', ...claims })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', ...header })
      .setIssuer(iss)
      .setAudience(audience)
      .setSubject('lac-demo')
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(key.privateKey);

  const refusal = async (token: string) => {
    const error = await verifier.verify(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefused);
    return error as TokenRefused;
  };

  it('turns a token the hub issued into the partner of the client, whatever else it says', async () => {
    const issued = await issuer.issue(lac.clientId, lac.clientSecret);
    expect(issued).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    await expect(verifier.verify(issued!.access_token)).resolves.toEqual({ kind: 'partner', partnerId: 'lac', clientId: 'lac-demo' });
    expect(await issuer.issue(lac.clientId, 'wrong')).toBeUndefined();
    expect(await issuer.issue('nobody', lac.clientSecret)).toBeUndefined();
  });

  it.each([
    ['expired', () => partnerJwt({}, { exp: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['for another audience', () => partnerJwt({}, { audience: 'urn:someone-else' }), /aud/],
    ['an ID token, not an access token', () => partnerJwt({}, { header: { typ: 'JWT' } }), /typ/],
    ['naming no partner', () => partnerJwt({ hub_partner_id: undefined }), /no known partner/],
    ['naming a partner not in the directory', () => partnerJwt({ hub_partner_id: 'acme' }), /no known partner/],
    ['from an issuer the hub does not trust', () => partnerJwt({}, { iss: 'https://evil.example' }), /issuer/],
    ['not a JWT', async () => 'not-a-token', /not a JWT/],
  ])('refuses a token %s', async (_label, make, reason) => {
    expect((await refusal(await make())).message).toMatch(reason);
  });

  it('refuses an unsigned token (alg none) and one signed with HMAC over the public key', async () => {
    const claims = { iss: HUB, aud: PARTNER_API_AUDIENCE, sub: 'lac-demo', client_id: 'lac-demo', hub_partner_id: 'lac', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 300 };
    const unsigned = `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(claims)}.`;
    expect((await refusal(unsigned)).reason).toBe('invalid_token');
    const publicBytes = new TextEncoder().encode(JSON.stringify(key.publicJwk));
    const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(publicBytes);
    expect((await refusal(hmac)).message).toMatch(/algorithm/);
  });

  it('refuses a token signed by another key under the hub issuer', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    const forged = await new SignJWT({ client_id: 'lac-demo', hub_partner_id: 'lac' }).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' }).setIssuer(HUB).setAudience(PARTNER_API_AUDIENCE).setSubject('lac-demo').setIssuedAt().setExpirationTime('5m').sign(privateKey);
    expect((await refusal(forged)).message).toMatch(/signature/);
  });

  it('turns a staff token into the person with their hub roles and approval limit, dropping roles the hub does not know', async () => {
    const token = await staff.sign({ sub: 'yamada.senior', preferred_username: 'yamada.senior', name: '山田 誠', hub_roles: ['approver', 'superuser'], approval_limit_yen: 50_000_000 });
    await expect(verifier.verify(token)).resolves.toEqual({ kind: 'staff', subject: 'yamada.senior', username: 'yamada.senior', name: '山田 誠', roles: ['approver'], approvalLimitYen: 50_000_000 });
  });

  it('refuses a staff token for another audience, or a partner claim smuggled into a staff token', async () => {
    const otherAudience = await staff.sign({ hub_roles: ['finance'] }, {}, 'urn:another-api');
    expect((await refusal(otherAudience)).message).toMatch(/aud/);
    const smuggled = await staff.sign({ hub_partner_id: 'lac', hub_roles: [] });
    await expect(verifier.verify(smuggled)).resolves.toMatchObject({ kind: 'staff', roles: [] });
  });

  it('says the provider is unavailable, not that the token is bad, when the staff keys cannot be fetched', async () => {
    const offline = new AccessTokenVerifier({ partnerIssuer: HUB, partnerKeys: key.publicKey, staffIssuer: 'http://127.0.0.1:9', staffAudience: 'urn:hub:api' });
    const token = `${b64({ alg: 'ES256', typ: 'at+jwt' })}.${b64({ iss: 'http://127.0.0.1:9' })}.x`;
    const error = await offline.verify(token).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'unavailable' });
  });

  it('remembers a verified token only until its exp: then it is checked again and refused as expired', async () => {
    // One second of life; jose accepts 5 s of clock skew past exp, so 6.5 s on the token is refused however it is checked.
    const token = await partnerJwt({}, { exp: Math.floor(Date.now() / 1000) + 1 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ kind: 'partner', partnerId: 'lac' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ kind: 'partner', partnerId: 'lac' });
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    expect((await refusal(token)).message).toMatch(/expired/);
  }, 15_000);

  it('answers a remembered token with the same actor, which no request can change for the next', async () => {
    const token = await staff.sign({ sub: 'ito.finance', preferred_username: 'ito.finance', hub_roles: ['finance'] });
    const first = await verifier.verify(token);
    const again = await verifier.verify(token);
    expect(again).toEqual(first);
    expect(() => (again as { roles: string[] }).roles.push('approver')).toThrow(TypeError);
    expect(() => Object.assign(again, { kind: 'partner' })).toThrow(TypeError);
    await expect(verifier.verify(token)).resolves.toMatchObject({ kind: 'staff', roles: ['finance'] });
  });

  it('does not remember a refusal: a token refused while the staff keys were away is accepted once they answer', async () => {
    const token = await staff.sign({ sub: 'kato.operator', hub_roles: ['operator'] });
    let keysAnswer = false;
    const flaky = new AccessTokenVerifier({ partnerIssuer: HUB, partnerKeys: key.publicKey, staffIssuer: staff.issuer, staffAudience: 'urn:hub:api' });
    const realFetch = globalThis.fetch;
    const spy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => (keysAnswer ? realFetch(input, init) : Promise.reject(new TypeError('fetch failed'))));
    try {
      expect(await flaky.verify(token).catch((e: unknown) => e)).toMatchObject({ reason: 'unavailable' });
      keysAnswer = true;
      await expect(flaky.verify(token)).resolves.toMatchObject({ kind: 'staff', roles: ['operator'] });
    } finally {
      spy.mockRestore();
    }
  });
});
