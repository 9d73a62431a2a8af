import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDataException } from '@hub/refusals';
import { isDatabaseUnavailable } from '@hub/persistence';
import { clampErrorBody } from './error-body';
import { httpRefusalOf } from './refusal';

/**
 * Gives every error the hub's error shape. Framework errors (malformed JSON, payload too large) become
 * clear 4xx; anything unexpected is logged with its stack and answered as 500 without internals.
 */
@Catch()
export class HubExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HubExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // What was refused, for whoever records the request after it is answered (the audit trail).
    // Every answer below goes through here: cut to the error schema's lengths.
    const answer = response.json.bind(response);
    response.json = (body: unknown) => {
      const code = (body as { error?: unknown } | null)?.error;
      if (typeof code === 'string') response.locals.errorCode = code;
      return answer(clampErrorBody(body));
    };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' &&
          /^[a-z_]+$/.test((body as { error: string }).error)) {
        response.status(status).json(body);
        return;
      }
      if (status === 400 && isUnparseableJson(exception)) {
        // Nest turns the JSON parser's SyntaxError into a 400 that repeats the bytes it could not read: named, not echoed.
        response.status(400).json({ statusCode: 400, error: 'malformed_body', message: 'The body is not valid JSON', issues: [{ field: '(body)', reason: 'is not valid JSON' }] });
        return;
      }
      response.status(status).json({ statusCode: status, error: codeFor(status), message: messageOf(exception, body) });
      return;
    }
    if (isBodyParserError(exception)) {
      const status = exception.status;
      response.status(status).json({
        statusCode: status,
        error: status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_encoding' : 'malformed_body',
        message: `Request body could not be read: ${exception.message}`,
        issues: [{ field: status === 415 ? 'content-encoding' : '(body)', reason: exception.message }],
      });
      return;
    }
    if (isDataException(exception)) this.logger.warn(`input refused by PostgreSQL (${exception.driverError.code}): ${exception.message}`);
    const refused = httpRefusalOf(exception);
    if (refused) {
      response.status(refused.status).json({ statusCode: refused.status, error: refused.code, message: refused.message, ...(refused.issues ? { issues: refused.issues } : {}) });
      return;
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.error(`database unavailable: ${(exception as Error).message}`);
      response.setHeader('Retry-After', '5');
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        statusCode: 503,
        error: 'service_unavailable',
        message: 'The hub cannot reach its database just now; retry in a few seconds (with the same Idempotency-Key, a retry is safe).',
      });
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      error: 'internal_error',
      message: 'The hub could not complete this request; it has been logged.',
    });
  }
}

function isUnparseableJson(exception: HttpException): boolean {
  const cause = exception.cause as { type?: unknown } | undefined;
  return cause instanceof SyntaxError || cause?.type === 'entity.parse.failed' || /\bJSON\b/.test(exception.message);
}

function codeFor(status: number): string {
  if (status === 404) return 'not_found';
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 413) return 'payload_too_large';
  return 'http_error';
}

function messageOf(exception: HttpException, body: unknown): string {
  if (typeof body === 'object' && body !== null && 'message' in body) {
    const message = (body as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return exception.message;
}

/**
 * An error the body parser raised reading the request (http-errors: a 4xx `status`, `expose` true) — malformed JSON, a
 * corrupt gzip or deflate stream (zlib's error, which carries no `type`), a body too large: the caller's to see.
 */
function isBodyParserError(error: unknown): error is Error & { status: number } {
  if (!(error instanceof Error)) return false;
  const { status, expose, type } = error as { status?: unknown; expose?: unknown; type?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && (typeof type === 'string' || expose === true);
}
