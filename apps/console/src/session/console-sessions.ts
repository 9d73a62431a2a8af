import { Logger } from '@nestjs/common';
import type { AccessTokenVerifier, StaffActor } from '@hub/auth';
import type { ConsoleSession, SessionStore } from './session.store';
import type { StaffOidc, StaffTokens } from './staff-oidc';

/** Refresh an access token this long before it expires, so a call forwarded to core never carries a stale one. */
const REFRESH_MARGIN_MS = 60_000;

/** A signed-in person's session with a fresh access token, or nothing (never signed in, expired, or refresh refused). */
export class ConsoleSessions {
  private readonly logger = new Logger(ConsoleSessions.name);

  constructor(
    private readonly store: SessionStore,
    private readonly oidc: StaffOidc,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  /** The staff member the tokens prove, checked like core checks them (signature, issuer, audience, at+jwt). */
  async actorOf(tokens: StaffTokens): Promise<StaffActor> {
    const actor = await this.verifier.verify(tokens.accessToken);
    if (actor.kind !== 'staff') throw new Error('the staff provider issued a token that is not a person\'s');
    return actor;
  }

  async current(sessionId: string): Promise<ConsoleSession | undefined> {
    const session = await this.store.find(sessionId);
    if (!session) return undefined;
    if (session.accessExpiresAt.getTime() - Date.now() > REFRESH_MARGIN_MS) return session;
    if (!session.refreshToken) return this.ended(sessionId, 'its access token expired and it has no refresh token');
    try {
      const tokens = await this.oidc.refresh(session.refreshToken);
      // Roles may have changed since sign-in: the session takes those of the new token.
      const actor = await this.actorOf(tokens);
      await this.store.replaceTokens(sessionId, tokens);
      return { ...session, actor, accessToken: tokens.accessToken, accessExpiresAt: new Date(Date.now() + tokens.expiresIn * 1000) };
    } catch (error) {
      return this.ended(sessionId, `the refresh was refused: ${(error as Error).message}`);
    }
  }

  private async ended(sessionId: string, why: string): Promise<undefined> {
    this.logger.log(`a console session ended: ${why}`);
    await this.store.close(sessionId);
    return undefined;
  }
}
