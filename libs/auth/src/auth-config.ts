import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';
import { InfrastructureConfig } from '@hub/config';
import type { EdgeSettings } from '@hub/http';

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

  /** Host names, comma-separated, the app answers to besides loopback (a Host header naming another is refused). */
  @IsString()
  @Matches(/^[A-Za-z0-9.,:-]*$/, { message: 'must be host names separated by commas' })
  HUB_ALLOWED_HOSTS = '';

  /**
   * The proxies in front of the app whose X-Forwarded-For is believed (Express's `trust proxy`: addresses or CIDRs,
   * comma-separated; none by default). Behind an ingress, without it every request seems to come from the ingress and
   * all callers share one address's rate limits; with a wrong value a caller could choose its own address.
   */
  @IsString()
  @Matches(/^[0-9A-Fa-f.:/,]*$/, { message: 'must be IP addresses or CIDR ranges separated by commas' })
  HUB_TRUSTED_PROXIES = '';

  /** Requests per minute from one address, to any route. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_IP_PER_MINUTE = 1200;

  /** Requests per minute from one authenticated caller (a person or a partner's client). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_CLIENT_PER_MINUTE = 600;

  /** Token requests per minute from one address: a guessed client secret is tried at most this often. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_TOKEN_PER_MINUTE = 30;
}

/** What every app's HTTP edge takes from its config; the routes' own limits and media types come from the app. */
export function edgeSettingsOf(config: AuthenticatedAppConfig, routes: Pick<EdgeSettings, 'bodyLimits' | 'otherMediaTypes'>): EdgeSettings {
  return {
    allowedHosts: config.HUB_ALLOWED_HOSTS.split(',').map((h) => h.trim()).filter(Boolean),
    trustedProxies: config.HUB_TRUSTED_PROXIES.split(',').map((p) => p.trim()).filter(Boolean),
    perIpPerMinute: config.RATE_LIMIT_IP_PER_MINUTE,
    tokenPerIpPerMinute: config.RATE_LIMIT_TOKEN_PER_MINUTE,
    defaultBodyBytes: DEFAULT_BODY_BYTES,
    ...routes,
  };
}

/** A route that does not say otherwise takes bodies up to 64 kB: the largest command the hub's contracts describe. */
export const DEFAULT_BODY_BYTES = 64 * 1024;

/** Routes that take documents of many lines or items (invoices, credit notes, partners' callbacks): 1 MB. */
export const LARGE_BODY_BYTES = 1024 * 1024;

/** The `aud` of partner access tokens: one audience for every partner-facing API of the hub. */
export const PARTNER_API_AUDIENCE = 'urn:hub:partner-api';
