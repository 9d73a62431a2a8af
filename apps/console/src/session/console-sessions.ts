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
    try {
      return await this.store.refreshOnce(sessionId, REFRESH_MARGIN_MS, async (refreshToken) => {
        const tokens = await this.oidc.refresh(refreshToken);
        return { ...tokens, actor: await this.actorOf(tokens) };
      });
    } catch (error) {
      return this.ended(sessionId, `its tokens could not be refreshed: ${(error as Error).message}`);
    }
  }

  private async ended(sessionId: string, why: string): Promise<undefined> {
    this.logger.log(`a console session ended: ${why}`);
    await this.store.close(sessionId);
    return undefined;
  }
}
