import { SignJWT } from 'jose';
import { loadAdapterConfig, startAdapter } from '@hub/adapter-kit';
import { demoPartnerClient, demoSigningKeyPem, loadSigningKey, PARTNER_API_AUDIENCE } from '@hub/auth';
import { loadConfig } from '@hub/config';
import { testEnv } from '@hub/testing';
import { lacAdapter } from '@apps/adapter-lac/src/lac.adapter';
import { startCore } from '@apps/core/src/core.app';
import { CoreConfig } from '@apps/core/src/core.config';
import { type RunningHub, startHub } from '../support/running-hub';

/**
 * OWASP API2:2023 (broken authentication) at the hub's edge, and API8 (security misconfiguration): tokens an attacker
 * would try, the token endpoint's refusals, and apps that refuse to start on demo secrets outside dev and test.
 */
describe('authentication at the edge', () => {
  let hub: RunningHub;
  const lac = demoPartnerClient('lac');
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  beforeAll(async () => {
    hub = await startHub({ apps: ['core'] });
  });
  afterAll(() => hub?.stop());

  const lacToken = async (claims: object, { exp = '5m' as string | number, audience = PARTNER_API_AUDIENCE, typ = 'at+jwt' } = {}) =>
    new SignJWT({ client_id: lac.clientId, hub_partner_id: 'lac', ...claims })
      .setProtectedHeader({ alg: 'EdDSA', typ })
      .setIssuer('http://127.0.0.1:3000')
      .setAudience(audience)
      .setSubject(lac.clientId)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign((await loadSigningKey(demoSigningKeyPem())).privateKey);

  it.each([
    ['that is garbage', async () => 'not.a.token'],
    ['that has expired', () => lacToken({}, { exp: Math.floor(Date.now() / 1000) - 30 })],
    ['meant for another audience', () => lacToken({}, { audience: 'urn:hub:api' })],
    ['that is an ID token (typ JWT)', () => lacToken({}, { typ: 'JWT' })],
    ['that is unsigned (alg none)', async () => `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64({ iss: 'http://127.0.0.1:3000', aud: PARTNER_API_AUDIENCE, sub: 'lac-demo', hub_partner_id: 'lac', client_id: 'lac-demo', iat: 1, exp: 4102444800 })}.`],
    ['from an issuer nobody configured', async () => `${b64({ alg: 'ES256', typ: 'at+jwt' })}.${b64({ iss: 'https://idp.attacker.example', sub: 'x' })}.sig`],
  ])('answers a bearer token %s with 401 invalid_token and WWW-Authenticate', async (_label, make) => {
    const response = await hub.as.anonymous.get('/payouts').set('authorization', `Bearer ${await make()}`).expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'invalid_token' });
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="hub", error="invalid_token"/);
  });

  it('accepts a valid token whatever the case of the scheme (RFC 6750), and refuses other schemes as no credentials', async () => {
    const token = await lacToken({});
    await hub.as.anonymous.get('/payouts').set('authorization', `bearer ${token}`).expect(200);
    const basicAuth = await hub.as.anonymous.get('/payouts').set('authorization', basic(lac.clientId, lac.clientSecret)).expect(401);
    expect(basicAuth.body.error).toBe('unauthenticated');
  });

  describe('the token endpoint', () => {
    const tokenRequest = (form: Record<string, string>, authorization?: string) => {
      const request = hub.as.anonymous.post('/oauth/token').type('form').send(form);
      return authorization ? request.set('authorization', authorization) : request;
    };

    it('issues a short-lived token for client_secret_basic and client_secret_post, never cached', async () => {
      const viaBasic = await tokenRequest({ grant_type: 'client_credentials' }, basic(lac.clientId, lac.clientSecret)).expect(200);
      expect(viaBasic.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
      expect(viaBasic.headers['cache-control']).toBe('no-store');
      const viaPost = await tokenRequest({ grant_type: 'client_credentials', client_id: lac.clientId, client_secret: lac.clientSecret }).expect(200);
      await hub.as.anonymous.get('/payouts').set('authorization', `Bearer ${viaPost.body.access_token}`).expect(200);
    });

    it.each([
      ['a wrong secret', { grant_type: 'client_credentials' }, basic(lac.clientId, 'guess'), 401, 'invalid_client'],
      ['an unknown client', { grant_type: 'client_credentials', client_id: 'mallory', client_secret: lac.clientSecret }, undefined, 401, 'invalid_client'],
      ["another partner's secret", { grant_type: 'client_credentials' }, basic(lac.clientId, demoPartnerClient('prap').clientSecret), 401, 'invalid_client'],
      ['no credentials', { grant_type: 'client_credentials' }, undefined, 401, 'invalid_client'],
      ['a password grant', { grant_type: 'password', username: 'lac', password: 'x' }, basic(lac.clientId, lac.clientSecret), 400, 'unsupported_grant_type'],
      ['a scope that does not exist', { grant_type: 'client_credentials', scope: 'admin' }, basic(lac.clientId, lac.clientSecret), 400, 'invalid_scope'],
      ['both Basic and form credentials', { grant_type: 'client_credentials', client_id: lac.clientId, client_secret: lac.clientSecret }, basic(lac.clientId, lac.clientSecret), 400, 'invalid_request'],
    ])('refuses %s (RFC 6749 §5.2)', async (_label, form, authorization, status, error) => {
      const response = await tokenRequest(form as Record<string, string>, authorization).expect(status);
      expect(response.body).toEqual({ error, error_description: expect.any(String) });
      if (status === 401) expect(response.headers['www-authenticate']).toBe('Basic realm="hub"');
    });

    it('refuses a JSON token request', async () => {
      const response = await hub.as.anonymous.post('/oauth/token').send({ grant_type: 'client_credentials', client_id: lac.clientId, client_secret: lac.clientSecret }).expect(400);
      expect(response.body.error).toBe('invalid_request');
    });

    it('publishes only the public half of its key', async () => {
      const { keys } = (await hub.as.anonymous.get('/.well-known/jwks.json').expect(200)).body as { keys: Record<string, unknown>[] };
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
      expect(keys[0]).not.toHaveProperty('d');
    });
  });
});

describe('security misconfiguration: demo secrets outside dev and test', () => {
  const base = { DATABASE_URL: testEnv.databaseUrl, KAFKA_BROKERS: testEnv.brokers, LOG_LEVEL: 'error', PORT: '0' };

  it('refuses to load any app config without HUB_ENV (no silent fallback to dev)', () => {
    expect(() => loadConfig(CoreConfig, base)).toThrow(/HUB_ENV="": .*must be set/);
  });

  it('refuses to start core in production without its own signing key and client registrations', async () => {
    await expect(startCore(loadConfig(CoreConfig, { ...base, HUB_ENV: 'prod' }))).rejects.toThrow('HUB_TOKEN_SIGNING_KEY or HUB_TOKEN_SIGNING_KEY_FILE must be set when HUB_ENV=prod');
    await expect(startCore(loadConfig(CoreConfig, { ...base, HUB_ENV: 'prod', HUB_TOKEN_SIGNING_KEY: demoSigningKeyPem() }))).rejects.toThrow('the demo key is refused when HUB_ENV=prod');
  });

  it('refuses to start an adapter in production that would check partner tokens against the demo key', async () => {
    const config = loadAdapterConfig(lacAdapter, { ...base, HUB_ENV: 'prod', LAC_ENDPOINT_URL: 'https://api.lac.example/v2/engagements', LAC_WEBHOOK_SECRET: 'whsec_' + Buffer.from('a real secret of lac, 32 bytes!!').toString('base64') });
    await expect(startAdapter(lacAdapter, config)).rejects.toThrow('HUB_TOKEN_JWKS_URL must be set when HUB_ENV=prod');
  });

  it('refuses to start an adapter in production whose partner endpoint is plain http or a private address (SSRF)', async () => {
    const secret = 'whsec_' + Buffer.from('a real secret of lac, 32 bytes!!').toString('base64');
    const withEndpoint = (url: string) => loadAdapterConfig(lacAdapter, { ...base, HUB_ENV: 'prod', LAC_WEBHOOK_SECRET: secret, LAC_ENDPOINT_URL: url, HUB_TOKEN_JWKS_URL: 'https://hub.example/.well-known/jwks.json' });
    await expect(startAdapter(lacAdapter, withEndpoint('https://169.254.169.254/latest/meta-data'))).rejects.toThrow('LAC_ENDPOINT_URL: must not be a loopback, private or link-local address');
    await expect(startAdapter(lacAdapter, withEndpoint('http://api.lac.example/v2/engagements'))).rejects.toThrow('LAC_ENDPOINT_URL: must be https outside dev and test');
  });
});
