// Staff sign-in for the console: OpenID Connect authorization code + PKCE (openid-client), run by the console's server
// so tokens never reach the browser (a "backend for frontend"): the browser holds only an HttpOnly session cookie.
import * as oidc from 'openid-client';

export interface StaffTokens {
  accessToken: string;
  /** Seconds the access token lives, as the provider said. */
  expiresIn: number;
  refreshToken?: string;
}

export interface PendingSignIn {
  authorizationUrl: string;
  state: string;
  codeVerifier: string;
  nonce: string;
}

export class StaffOidc {
  private config?: Promise<oidc.Configuration>;

  constructor(
    private readonly issuer: string,
    private readonly clientId: string,
    private readonly redirectUri: string,
  ) {}

  /** Discovery is fetched once, on first use (a provider down at boot does not stop the console starting). */
  private configuration(): Promise<oidc.Configuration> {
    this.config ??= oidc
      .discovery(new URL(this.issuer), this.clientId, undefined, oidc.None(), {
        // Loopback http in dev and tests; a production issuer is https and this allows nothing more there.
        execute: new URL(this.issuer).protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.config = undefined; // not cached: the next sign-in tries again
        throw error;
      });
    return this.config;
  }

  async begin(): Promise<PendingSignIn> {
    const config = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      // offline_access: a refresh token, so a working day's session outlives the 15-minute access token.
      scope: 'openid profile hub offline_access',
      prompt: 'consent',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, state, codeVerifier, nonce };
  }

  /** Redeems the code the provider sent back to `callbackUrl`; checks state, nonce, issuer and the ID token. */
  async finish(callbackUrl: URL, pending: { state: string; codeVerifier: string; nonce: string }): Promise<StaffTokens> {
    const tokens = await oidc.authorizationCodeGrant(await this.configuration(), callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    return { accessToken: tokens.access_token, expiresIn: tokens.expires_in ?? 900, refreshToken: tokens.refresh_token };
  }

  async refresh(refreshToken: string): Promise<StaffTokens> {
    const tokens = await oidc.refreshTokenGrant(await this.configuration(), refreshToken);
    return { accessToken: tokens.access_token, expiresIn: tokens.expires_in ?? 900, refreshToken: tokens.refresh_token ?? refreshToken };
  }
}
