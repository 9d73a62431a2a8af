import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { StaffActor } from '@hub/auth';

export interface ConsoleSession {
  actor: StaffActor;
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string | null;
  csrfToken: string;
  expiresAt: Date;
}

interface SessionRow {
  username: string;
  display_name: string;
  roles: string[];
  approval_limit_yen: string | null;
  access_token: string;
  access_expires_at: Date;
  refresh_token: string | null;
  csrf_token: string;
  expires_at: Date;
}

/** Only the hash of a session id is stored: a copy of the table does not sign anybody in. */
const hashOf = (sessionId: string) => createHash('sha256').update(sessionId).digest('base64url');
const randomToken = () => randomBytes(32).toString('base64url');

function sessionOf(row: SessionRow): ConsoleSession {
  return {
    actor: {
      kind: 'staff',
      subject: row.username,
      username: row.username,
      name: row.display_name,
      roles: row.roles as StaffActor['roles'],
      ...(row.approval_limit_yen === null ? {} : { approvalLimitYen: Number(row.approval_limit_yen) }),
    },
    accessToken: row.access_token,
    accessExpiresAt: row.access_expires_at,
    refreshToken: row.refresh_token,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

/** Pending sign-ins live 10 minutes: the provider's own interaction lasts as long. */
const SIGN_IN_TTL_MINUTES = 10;

/**
 * Sessions and pending sign-ins in PostgreSQL, so that any replica of the console serves any browser and a restart
 * signs nobody out.
 */
export class SessionStore {
  constructor(private readonly pool: Pool) {}

  async rememberSignIn(pending: { state: string; codeVerifier: string; nonce: string; returnTo: string }): Promise<void> {
    await this.pool.query(`DELETE FROM console_sign_ins WHERE created_at < now() - make_interval(mins => $1)`, [SIGN_IN_TTL_MINUTES]);
    await this.pool.query('INSERT INTO console_sign_ins (state, code_verifier, nonce, return_to) VALUES ($1, $2, $3, $4)', [pending.state, pending.codeVerifier, pending.nonce, pending.returnTo]);
  }

  /** The pending sign-in of `state`, taken once (a replayed callback finds nothing). */
  async takeSignIn(state: string): Promise<{ state: string; codeVerifier: string; nonce: string; returnTo: string } | undefined> {
    const { rows } = await this.pool.query<{ code_verifier: string; nonce: string; return_to: string }>(
      `DELETE FROM console_sign_ins WHERE state = $1 AND created_at >= now() - make_interval(mins => $2) RETURNING code_verifier, nonce, return_to`,
      [state, SIGN_IN_TTL_MINUTES],
    );
    const row = rows[0];
    return row && { state, codeVerifier: row.code_verifier, nonce: row.nonce, returnTo: row.return_to };
  }

  /** Opens a session; returns its id, which only the browser's cookie holds. */
  async open(actor: StaffActor, tokens: { accessToken: string; expiresIn: number; refreshToken?: string }, lifetimeSeconds: number): Promise<string> {
    const sessionId = randomToken();
    await this.pool.query(`DELETE FROM console_sessions WHERE expires_at < now()`);
    await this.pool.query(
      `INSERT INTO console_sessions (id_hash, username, display_name, roles, approval_limit_yen, access_token, access_expires_at, refresh_token, csrf_token, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), $8, $9, now() + make_interval(secs => $10))`,
      [hashOf(sessionId), actor.username, actor.name, actor.roles, actor.approvalLimitYen ?? null, tokens.accessToken, tokens.expiresIn, tokens.refreshToken ?? null, randomToken(), lifetimeSeconds],
    );
    return sessionId;
  }

  async find(sessionId: string): Promise<ConsoleSession | undefined> {
    const { rows } = await this.pool.query<SessionRow>('SELECT * FROM console_sessions WHERE id_hash = $1 AND expires_at > now()', [hashOf(sessionId)]);
    return rows[0] && sessionOf(rows[0]);
  }

  /**
   * Refreshes the session's tokens once, however many requests (on however many replicas) find them about to expire
   * together: the session's row is locked while `refresh` runs, and a request that waited finds them fresh and uses
   * them. A refresh token used twice would be refused — and oidc-provider revokes the grant on reuse.
   */
  async refreshOnce(
    sessionId: string,
    freshForMs: number,
    refresh: (refreshToken: string) => Promise<{ accessToken: string; expiresIn: number; refreshToken?: string; actor: StaffActor }>,
  ): Promise<ConsoleSession | undefined> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<SessionRow>('SELECT * FROM console_sessions WHERE id_hash = $1 AND expires_at > now() FOR UPDATE', [hashOf(sessionId)]);
      const row = rows[0];
      if (!row) {
        await client.query('ROLLBACK');
        return undefined;
      }
      if (row.access_expires_at.getTime() - Date.now() <= freshForMs) {
        if (!row.refresh_token) throw new Error('its access token expired and it has no refresh token');
        const tokens = await refresh(row.refresh_token);
        // Roles and approval limit follow the new token: a role taken away at the provider is gone here at the next refresh.
        await client.query(
          `UPDATE console_sessions SET access_token = $2, access_expires_at = now() + make_interval(secs => $3), refresh_token = COALESCE($4, refresh_token),
                  roles = $5, approval_limit_yen = $6, display_name = $7
            WHERE id_hash = $1`,
          [hashOf(sessionId), tokens.accessToken, tokens.expiresIn, tokens.refreshToken ?? null, tokens.actor.roles, tokens.actor.approvalLimitYen ?? null, tokens.actor.name],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return this.find(sessionId);
  }

  async close(sessionId: string): Promise<void> {
    await this.pool.query('DELETE FROM console_sessions WHERE id_hash = $1', [hashOf(sessionId)]);
  }
}
