import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'hub_console_session';

/** The session id the browser sent, if any (one cookie, read without a parser: its value is base64url). */
export function sessionIdOf(request: Request): string | undefined {
  const header = request.headers.cookie ?? '';
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]{20,100})(?:;|$)`).exec(header);
  return match?.[1];
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (sent on the provider's redirect back, never on another site's POST),
 * Secure whenever the console is served over https.
 */
export function setSessionCookie(response: Response, sessionId: string, maxAgeSeconds: number, secure: boolean): void {
  response.cookie(SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds * 1000 });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
