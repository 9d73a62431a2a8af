import { Body, Controller, Get, Headers, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Callers } from './callers';
import { PartnerTokenIssuer } from './partner-token-issuer';

type TokenForm = Record<string, unknown>;

/**
 * The partner systems' token endpoint (RFC 6749 §4.4 client credentials) and the keys that verify its tokens. Errors
 * here follow RFC 6749 §5.2 (`error`, `error_description`), which every OAuth client library reads, rather than the
 * hub's own error shape; the OpenAPI says so.
 */
@Controller()
export class OAuthTokenController {
  constructor(private readonly issuer: PartnerTokenIssuer) {}

  @Post('oauth/token')
  @HttpCode(200)
  @Callers('anyone')
  async token(@Body() form: TokenForm, @Headers('authorization') authorization: string | undefined, @Headers('content-type') contentType: string | undefined, @Res({ passthrough: true }) response: Response) {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Pragma', 'no-cache');
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? '')) {
      return oauthError(response, 400, 'invalid_request', 'the token request must be application/x-www-form-urlencoded (RFC 6749 §4.4.2)');
    }
    if (form.grant_type !== 'client_credentials') {
      return oauthError(response, 400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    }
    if (form.scope !== undefined && form.scope !== 'partner') return oauthError(response, 400, 'invalid_scope', 'the only scope is partner');
    const credentials = clientCredentials(authorization, form);
    if (credentials === 'both') return oauthError(response, 400, 'invalid_request', 'authenticate with HTTP Basic or with form fields, not both');
    const issued = credentials ? await this.issuer.issue(credentials.clientId, credentials.secret) : undefined;
    if (!issued) {
      response.setHeader('WWW-Authenticate', 'Basic realm="hub"');
      return oauthError(response, 401, 'invalid_client', 'client authentication failed');
    }
    return issued;
  }

  @Get('.well-known/jwks.json')
  @Callers('anyone')
  jwks() {
    return this.issuer.jwks;
  }

  @Get('.well-known/oauth-authorization-server')
  @Callers('anyone')
  metadata() {
    return this.issuer.metadata;
  }
}

function oauthError(response: Response, status: number, error: string, description: string) {
  response.status(status);
  return { error, error_description: description };
}

/** client_secret_basic (RFC 6749 §2.3.1: form-urlencoded id and secret, then Base64) or client_secret_post. */
function clientCredentials(authorization: string | undefined, form: TokenForm): { clientId: string; secret: string } | 'both' | undefined {
  const basic = authorization?.match(/^Basic +([A-Za-z0-9+/]+=*)$/i);
  const posted = typeof form.client_id === 'string' && typeof form.client_secret === 'string';
  if (basic && posted) return 'both';
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    try {
      return { clientId: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
    } catch {
      return undefined;
    }
  }
  return posted ? { clientId: form.client_id as string, secret: form.client_secret as string } : undefined;
}
