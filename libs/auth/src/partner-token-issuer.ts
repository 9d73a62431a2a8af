import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { PARTNER_API_AUDIENCE } from './auth-config';
import { authenticateClient, type PartnerClient } from './partner-clients';
import type { SigningKey } from './signing-key';

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/**
 * The hub's OAuth 2.0 authorization server for partner systems: client credentials in, a short-lived RFC 9068 JWT
 * access token out, carrying the partner the client belongs to. Nothing a partner sends later can change that.
 */
export class PartnerTokenIssuer {
  constructor(
    private readonly issuer: string,
    private readonly key: SigningKey,
    private readonly clients: PartnerClient[],
    private readonly ttlSeconds: number,
  ) {}

  /** undefined when the client is unknown or the secret wrong: the caller answers invalid_client without saying which. */
  async issue(clientId: string, clientSecret: string): Promise<IssuedToken | undefined> {
    const client = authenticateClient(this.clients, clientId, clientSecret);
    if (!client) return undefined;
    const accessToken = await new SignJWT({ client_id: client.clientId, hub_partner_id: client.partnerId, scope: 'partner' })
      .setProtectedHeader({ alg: this.key.algorithm, typ: 'at+jwt', kid: this.key.kid })
      .setIssuer(this.issuer)
      .setSubject(client.clientId)
      .setAudience(PARTNER_API_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(this.key.privateKey);
    return { access_token: accessToken, token_type: 'Bearer', expires_in: this.ttlSeconds };
  }

  get jwks() {
    return { keys: [this.key.publicJwk] };
  }

  get metadata() {
    return {
      issuer: this.issuer,
      token_endpoint: `${this.issuer}/oauth/token`,
      jwks_uri: `${this.issuer}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    };
  }
}
