import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min, ValidateIf } from 'class-validator';
import { InfrastructureConfig } from '@hub/config';

const URL_RULE = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * The variables every app that answers callers needs to tell who they are. Defaults fit the demo and the tests on one
 * machine; outside dev and test the keys and clients must be configured (partner-clients.ts, signing-key.ts refuse
 * the demo ones).
 */
export class AuthenticatedAppConfig extends InfrastructureConfig {
  /** `iss` of the partner access tokens the hub issues (core's POST /oauth/token) and accepts. */
  @IsUrl(URL_RULE, { message: 'must be an http(s) URL' })
  HUB_TOKEN_ISSUER = 'http://127.0.0.1:3000';

  /** Where apps that do not hold the signing key fetch its public half; unset in dev and test (the demo key). */
  @ValidateIf((config: AuthenticatedAppConfig) => config.HUB_TOKEN_JWKS_URL !== '')
  @IsUrl(URL_RULE, { message: 'must be an http(s) URL' })
  HUB_TOKEN_JWKS_URL = '';

  /** The token signing key as PKCS#8 PEM (Ed25519 or P-256), or a file holding it; only the app issuing tokens needs it. */
  @IsOptional()
  @IsString()
  HUB_TOKEN_SIGNING_KEY = '';

  @IsOptional()
  @IsString()
  HUB_TOKEN_SIGNING_KEY_FILE = '';

  /** Partner client registrations as JSON (partner-clients.ts), inline or in a file; only the token issuer needs them. */
  @IsOptional()
  @IsString()
  PARTNER_CLIENTS = '';

  @IsOptional()
  @IsString()
  PARTNER_CLIENTS_FILE = '';

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(3600)
  PARTNER_TOKEN_TTL_SECONDS = 300;

  /** The staff OpenID Connect provider; its discovery document names the keys that sign staff access tokens. */
  @IsUrl(URL_RULE, { message: 'must be an http(s) URL' })
  STAFF_OIDC_ISSUER = 'http://127.0.0.1:3010';

  /** The `aud` staff access tokens must carry for the hub's APIs. */
  @IsString()
  STAFF_API_AUDIENCE = 'urn:hub:api';
}

/** The `aud` of partner access tokens: one audience for every partner-facing API of the hub. */
export const PARTNER_API_AUDIENCE = 'urn:hub:partner-api';
