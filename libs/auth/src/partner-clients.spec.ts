import { authenticateClient, demoPartnerClient, loadPartnerClients, sha256Hex } from './partner-clients';
import { AuthenticatedAppConfig } from './auth-config';
import { configuredSigningKeyPem, demoSigningKeyPem, loadSigningKey } from './signing-key';
import { generateKeyPairSync } from 'node:crypto';

const config = (values: Partial<AuthenticatedAppConfig>): AuthenticatedAppConfig => Object.assign(new AuthenticatedAppConfig(), values);
const registration = (clientId: string, partnerId: string, secret: string) => ({ clientId, partnerId, secretSha256: sha256Hex(secret) });

describe('partner client registrations', () => {
  it('gives every directory partner its demo client in dev and test only', () => {
    const clients = loadPartnerClients(config({ HUB_ENV: 'test' }));
    expect(clients.map((c) => c.partnerId)).toContain('lac');
    expect(() => loadPartnerClients(config({ HUB_ENV: 'prod' }))).toThrow('PARTNER_CLIENTS or PARTNER_CLIENTS_FILE must be set when HUB_ENV=prod');
  });

  it('takes registrations from the environment and names the entry that is wrong', () => {
    const ok = [registration('lac-prod-1', 'lac', 'a-long-random-secret')];
    expect(loadPartnerClients(config({ HUB_ENV: 'prod', PARTNER_CLIENTS: JSON.stringify(ok) }))).toEqual(ok);
    const bad = (entries: unknown) => () => loadPartnerClients(config({ HUB_ENV: 'prod', PARTNER_CLIENTS: JSON.stringify(entries) }));
    expect(bad([registration('lac-prod-1', 'acme', 's')])).toThrow('PARTNER_CLIENTS[0].partnerId: not a partner in the directory');
    expect(bad([{ clientId: 'lac-prod-1', partnerId: 'lac', secretSha256: 'plain' }])).toThrow('PARTNER_CLIENTS[0].secretSha256');
    expect(bad([...ok, ...ok])).toThrow('clientId lac-prod-1 is registered twice');
    expect(bad([registration('lac-x', 'lac', demoPartnerClient('lac').clientSecret)])).toThrow('PARTNER_CLIENTS[0]: the demo secret of lac is refused when HUB_ENV=prod');
    expect(() => loadPartnerClients(config({ HUB_ENV: 'prod', PARTNER_CLIENTS: '{' }))).toThrow('PARTNER_CLIENTS: not JSON');
  });

  it('authenticates a client only with its own secret', () => {
    const clients = [registration('lac-1', 'lac', 'secret-of-lac'), registration('prap-1', 'prap', 'secret-of-prap')];
    expect(authenticateClient(clients, 'lac-1', 'secret-of-lac')?.partnerId).toBe('lac');
    expect(authenticateClient(clients, 'lac-1', 'secret-of-prap')).toBeUndefined();
    expect(authenticateClient(clients, 'nobody', 'secret-of-lac')).toBeUndefined();
  });
});

describe('the token signing key', () => {
  it('is the demo key in dev and test, and must be configured elsewhere, never as the demo key', () => {
    expect(configuredSigningKeyPem(config({ HUB_ENV: 'test-x' }))).toBe(demoSigningKeyPem());
    expect(() => configuredSigningKeyPem(config({ HUB_ENV: 'prod' }))).toThrow('HUB_TOKEN_SIGNING_KEY or HUB_TOKEN_SIGNING_KEY_FILE must be set when HUB_ENV=prod');
    expect(() => configuredSigningKeyPem(config({ HUB_ENV: 'prod', HUB_TOKEN_SIGNING_KEY: demoSigningKeyPem() }))).toThrow('the demo key is refused when HUB_ENV=prod');
  });

  it('signs with EdDSA or ES256 as the key says, and refuses an RSA key', async () => {
    const pem = (type: 'ec' | 'rsa') =>
      generateKeyPairSync(type as 'ec', type === 'ec' ? { namedCurve: 'P-256' } : ({ modulusLength: 2048 } as never)).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect((await loadSigningKey(demoSigningKeyPem())).algorithm).toBe('EdDSA');
    expect((await loadSigningKey(pem('ec'))).publicJwk).toMatchObject({ alg: 'ES256', kty: 'EC', use: 'sig' });
    await expect(loadSigningKey(pem('rsa'))).rejects.toThrow('an Ed25519 or P-256 private key is needed, not rsa');
  });
});
