/**
 * What a partner system does to call the hub: client credentials for a short-lived access token, kept until shortly
 * before it expires. Used by the partner simulator, the demo and the tests — the same requests a partner would send.
 */
export class PartnerTokenClient {
  private cached?: { token: string; renewAt: number };

  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  async token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.renewAt) return this.cached.token;
    const basic = Buffer.from(`${encodeURIComponent(this.clientId)}:${encodeURIComponent(this.clientSecret)}`).toString('base64');
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (!response.ok || !body.access_token) {
      throw new Error(`token request for ${this.clientId} refused (${response.status} ${body.error ?? ''}: ${body.error_description ?? ''})`);
    }
    // Renewed a minute early (or halfway, for short tokens), so a request never leaves with a token about to expire.
    const lifetimeMs = (body.expires_in ?? 300) * 1000;
    this.cached = { token: body.access_token, renewAt: Date.now() + Math.max(lifetimeMs / 2, lifetimeMs - 60_000) };
    return body.access_token;
  }

  async authorization(): Promise<{ authorization: string }> {
    return { authorization: `Bearer ${await this.token()}` };
  }
}
