import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { findPartner } from '@hub/partners';
import type { Actor, PartnerActor, StaffActor } from './actor';
import { PARTNER_API_AUDIENCE } from './auth-config';
import type { SigningKey } from './signing-key';
import { isStaffRole } from './staff-roles';

/** Why a bearer token was not accepted; `unavailable` when the staff provider's keys could not be fetched. */
export class TokenRefused extends Error {
  constructor(
    readonly reason: 'invalid_token' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

export interface VerifierSettings {
  partnerIssuer: string;
  /** The hub's own public key (dev, test, and the app that signs), or its JWKS URL for the other apps. */
  partnerKeys: SigningKey['publicKey'] | URL;
  staffIssuer: string;
  staffAudience: string;
}

// Asymmetric only: an HMAC or `none` token could be made by anyone who read a public key or nothing at all.
const ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'];

/** Tokens remembered as verified, at most: a few per partner and person, so far more than an app meets between expiries. */
const VERIFIED_TOKENS_MAX = 5_000;

/**
 * Turns a bearer token into the actor it proves: a partner system (tokens the hub issued) or a person (tokens the
 * staff OpenID provider issued). The issuer picks the key set; each is checked for signature, issuer, audience,
 * `typ: at+jwt` (RFC 9068, so an ID token is not taken for an access token), expiry and the claims we rely on.
 */
export class AccessTokenVerifier {
  private readonly partnerKeys: SigningKey['publicKey'] | JWTVerifyGetKey;
  private staffKeys?: Promise<JWTVerifyGetKey>;
  /**
   * Tokens already verified, each until its `exp`: a partner sends the same token with every callback for its five
   * minutes, and checking its signature and claims again each time was a twentieth of the CPU a callback costs (npm run
   * bench, inbound). Nothing is accepted longer than the token itself says; what a cache cannot see is a key its issuer
   * withdraws before then, which stops the tokens it signed only when they expire — as for any resource server that
   * verifies tokens itself rather than asking the issuer each time. Refusals are not remembered: a refused token costs
   * its caller the check again.
   */
  private readonly verified = new LRUCache<string, Actor>({ max: VERIFIED_TOKENS_MAX });

  constructor(private readonly settings: VerifierSettings) {
    this.partnerKeys = settings.partnerKeys instanceof URL ? createRemoteJWKSet(settings.partnerKeys) : settings.partnerKeys;
  }

  async verify(token: string): Promise<Actor> {
    const remembered = this.verified.get(token);
    if (remembered) return remembered;
    const { actor, expiresAt } = await this.verifyNow(token);
    const ttl = expiresAt * 1000 - Date.now();
    // Frozen: one actor object now answers every request with this token, so no request may change it for the next.
    if (ttl > 0) this.verified.set(token, deepFreeze(actor), { ttl });
    return actor;
  }

  private async verifyNow(token: string): Promise<{ actor: Actor; expiresAt: number }> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      throw new TokenRefused('invalid_token', 'the bearer token is not a JWT');
    }
    if (issuer === this.settings.partnerIssuer) {
      const payload = await this.checked(token, this.partnerKeys, issuer, PARTNER_API_AUDIENCE);
      return { actor: partnerActor(payload), expiresAt: payload.exp as number };
    }
    if (issuer === this.settings.staffIssuer) {
      const payload = await this.checked(token, await this.staffKeySet(), issuer, this.settings.staffAudience);
      return { actor: staffActor(payload), expiresAt: payload.exp as number };
    }
    throw new TokenRefused('invalid_token', 'the token was not issued by an issuer the hub trusts');
  }

  private async checked(token: string, keys: SigningKey['publicKey'] | JWTVerifyGetKey, issuer: string, audience: string): Promise<JWTPayload> {
    try {
      const verify = jwtVerify as (t: string, k: unknown, o: object) => Promise<{ payload: JWTPayload }>;
      const { payload } = await verify(token, keys, { issuer, audience, typ: 'at+jwt', algorithms: ALGORITHMS, requiredClaims: ['exp', 'iat', 'sub'], clockTolerance: 5 });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || (error instanceof TypeError && /fetch/i.test(error.message))) {
        throw new TokenRefused('unavailable', 'the keys that sign this token cannot be fetched now');
      }
      if (error instanceof errors.JOSEError) throw new TokenRefused('invalid_token', describe(error));
      throw error;
    }
  }

  /** Fetched once from the provider's discovery document; fetched again after a failure (the provider was down). */
  private staffKeySet(): Promise<JWTVerifyGetKey> {
    this.staffKeys ??= discoverJwks(this.settings.staffIssuer).catch((error) => {
      this.staffKeys = undefined;
      throw new TokenRefused('unavailable', `the staff identity provider cannot be reached (${(error as Error).message})`);
    });
    return this.staffKeys;
  }
}

async function discoverJwks(issuer: string): Promise<JWTVerifyGetKey> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
  // OpenID Connect Discovery 4.3: the document must name the issuer it was fetched for.
  if (document.issuer !== issuer || typeof document.jwks_uri !== 'string') throw new Error('discovery document does not match the issuer');
  return createRemoteJWKSet(new URL(document.jwks_uri));
}

function partnerActor(payload: JWTPayload): PartnerActor {
  const partnerId = payload.hub_partner_id;
  const clientId = payload.client_id;
  if (typeof partnerId !== 'string' || !findPartner(partnerId) || typeof clientId !== 'string') {
    throw new TokenRefused('invalid_token', 'the token names no known partner');
  }
  return { kind: 'partner', partnerId, clientId };
}

function staffActor(payload: JWTPayload): StaffActor {
  const roles = Array.isArray(payload.hub_roles) ? payload.hub_roles.filter(isStaffRole) : [];
  const limit = payload.approval_limit_yen;
  const username = typeof payload.preferred_username === 'string' ? payload.preferred_username : String(payload.sub);
  return {
    kind: 'staff',
    subject: String(payload.sub),
    username,
    name: typeof payload.name === 'string' ? payload.name : username,
    roles,
    ...(Number.isSafeInteger(limit) && (limit as number) >= 0 ? { approvalLimitYen: limit as number } : {}),
  };
}

function deepFreeze<T extends object>(actor: T): T {
  for (const value of Object.values(actor)) if (value && typeof value === 'object') Object.freeze(value);
  return Object.freeze(actor);
}

function describe(error: InstanceType<typeof errors.JOSEError>): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm the hub does not accept';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed with a key the issuer does not publish';
  return 'the token is not valid';
}
