import { createHash, createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, importPKCS8, importSPKI, type JWK } from 'jose';
import { isDemoEnvironment } from '@hub/config';
import type { AuthenticatedAppConfig } from './auth-config';

export type TokenAlgorithm = 'EdDSA' | 'ES256';
type Key = Awaited<ReturnType<typeof importPKCS8>>;

export interface SigningKey {
  algorithm: TokenAlgorithm;
  kid: string;
  privateKey: Key;
  publicKey: Key;
  publicJwk: JWK;
}

// PKCS#8 DER header of an Ed25519 private key; the 32 bytes that follow are the seed.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The demo key: derived from a fixed seed, so every app of a demo or a test run holds the same key without sharing a
 * file. Anyone can derive it, which is why it is refused outside dev and test.
 */
export function demoSigningKeyPem(): string {
  const seed = createHash('sha256').update('partner-integration-hub demo token signing key').digest();
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
    .export({ format: 'pem', type: 'pkcs8' })
    .toString();
}

/** The configured signing key (PEM inline or in a file), or the demo key in dev and test only. */
export function configuredSigningKeyPem(config: AuthenticatedAppConfig): string {
  const pem = config.HUB_TOKEN_SIGNING_KEY || (config.HUB_TOKEN_SIGNING_KEY_FILE ? readFileSync(config.HUB_TOKEN_SIGNING_KEY_FILE, 'utf8') : '');
  if (pem) {
    if (pem.trim() === demoSigningKeyPem().trim() && !isDemoEnvironment(config.HUB_ENV)) {
      throw new Error(`HUB_TOKEN_SIGNING_KEY: the demo key is refused when HUB_ENV=${config.HUB_ENV}`);
    }
    return pem;
  }
  if (!isDemoEnvironment(config.HUB_ENV)) {
    throw new Error(`HUB_TOKEN_SIGNING_KEY or HUB_TOKEN_SIGNING_KEY_FILE must be set when HUB_ENV=${config.HUB_ENV} (the demo key is for dev and test)`);
  }
  return demoSigningKeyPem();
}

export async function loadSigningKey(pem: string): Promise<SigningKey> {
  const algorithm = algorithmOf(createPrivateKey(pem));
  const privateKey = await importPKCS8(pem, algorithm);
  const spki = createPublicKey(pem).export({ format: 'pem', type: 'spki' }).toString();
  const publicKey = await importSPKI(spki, algorithm, { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { algorithm, kid, privateKey, publicKey, publicJwk: { ...jwk, kid, alg: algorithm, use: 'sig' } };
}

function algorithmOf(key: KeyObject): TokenAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(`HUB_TOKEN_SIGNING_KEY: an Ed25519 or P-256 private key is needed, not ${key.asymmetricKeyType}`);
}
