import { Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Callers, STAFF_ROLES } from '@hub/auth';
import { CONSOLE_SETTINGS, type ConsoleSettings } from '../console-settings';
import type { ConsoleRequest } from './console-access.guard';
import { ConsoleSessions } from './console-sessions';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from './session-cookie';
import { SessionStore } from './session.store';
import { StaffOidc } from './staff-oidc';

/** Where to go after signing in: a path of the console only (an absolute or protocol-relative URL would be an open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]{0,500}$/.test(value) ? value : '/';
}

const page = (title: string, message: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p><p><a href="/auth/login">もう一度サインインする</a></p></main></body></html>`;

/** Staff sign in through the OpenID provider; the console keeps their tokens and gives the browser a session cookie. */
@Controller()
export class SignInController {
  private readonly logger = new Logger(SignInController.name);

  constructor(
    private readonly oidc: StaffOidc,
    private readonly store: SessionStore,
    private readonly sessions: ConsoleSessions,
    @Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings,
  ) {}

  @Get('auth/login')
  @Callers('anyone')
  async login(@Query('returnTo') returnTo: unknown, @Res() response: Response): Promise<void> {
    const pending = await this.oidc.begin().catch((error: Error) => {
      this.logger.warn(`the staff sign-in provider cannot be reached: ${error.message}`);
      return undefined;
    });
    if (!pending) {
      response.status(503).type('html').send(page('サインインできません', 'サインインのサーバーに接続できません。しばらくしてからやり直してください。'));
      return;
    }
    await this.store.rememberSignIn({ ...pending, returnTo: safeReturnPath(returnTo) });
    response.redirect(302, pending.authorizationUrl);
  }

  @Get('auth/callback')
  @Callers('anyone')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const url = new URL(request.originalUrl, this.settings.publicUrl);
    const pending = await this.store.takeSignIn(url.searchParams.get('state') ?? '');
    if (!pending) {
      response.status(400).type('html').send(page('サインインの有効期限が切れました', 'サインインを最初からやり直してください。'));
      return;
    }
    try {
      const tokens = await this.oidc.finish(url, pending);
      const actor = await this.sessions.actorOf(tokens);
      const sessionId = await this.store.open(actor, tokens, this.settings.sessionSeconds);
      setSessionCookie(response, sessionId, this.settings.sessionSeconds, this.settings.secureCookies);
      this.logger.log(`staff:${actor.username} signed in to the console`);
      response.redirect(302, pending.returnTo);
    } catch (error) {
      this.logger.warn(`a console sign-in was refused: ${(error as Error).message}`);
      response.status(400).type('html').send(page('サインインできませんでした', 'サインインの応答を確認できませんでした。最初からやり直してください。'));
    }
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Callers(...STAFF_ROLES)
  async logout(@Req() request: ConsoleRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    const sessionId = request.console?.sessionId ?? sessionIdOf(request);
    if (sessionId) await this.store.close(sessionId);
    clearSessionCookie(response, this.settings.secureCookies);
  }

  /** Who is signed in, and the CSRF token every change must carry. */
  @Get('api/session')
  @Callers(...STAFF_ROLES)
  session(@Req() request: ConsoleRequest) {
    const session = request.console!.session;
    const { username, name, roles, approvalLimitYen } = session.actor;
    return { username, name, roles, approvalLimitYen: approvalLimitYen ?? null, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  }
}
