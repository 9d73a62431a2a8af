import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { logContext } from '@hub/config';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Log levels up to and including `level`, as Nest wants them. */
export function logLevelsUpTo(level: string): LogLevel[] {
  const index = LEVELS.indexOf(level as LogLevel);
  return LEVELS.slice(0, index < 0 ? 3 : index + 1);
}

/**
 * What must never reach a log, whoever wrote the line (an error message quoting a header, kafkajs quoting a broker
 * URL): bearer tokens and JWTs, webhook secrets, passwords in connection strings, and fields named like secrets.
 */
const SECRETS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[jwt redacted]'],
  [/\bwhsec_[A-Za-z0-9+/=]+/g, 'whsec_[redacted]'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi, '$1[redacted]@'],
];

/** A field named like a secret, in JSON ("client_secret":"…") or a query or form (password=…): its value, kept quoted. */
const SECRET_FIELD = /("?(?:password|secret|client_secret|token|access_token|refresh_token|api_key|apikey)"?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|[^\s,}&"]+)/gi;

export function redactSecrets(text: string): string {
  const patterns = SECRETS.reduce((redacted, [pattern, replacement]) => redacted.replace(pattern, replacement), text);
  return patterns.replace(SECRET_FIELD, (_match, field: string, value: string) => `${field}${value.startsWith('"') ? '"[redacted]"' : '[redacted]'}`);
}

/**
 * The one log format of every app: a JSON object per line, no colour codes — the time in milliseconds since the epoch,
 * the level, the app, the logger's context, the message, and the correlation and trace ids of the work the line is
 * about (from the request or the Kafka message being handled), so a line can be found from a case and followed across
 * the apps. kafkajs's own lines come through it too (createKafka). Nest's own JSON console logger, with those fields.
 */
export class HubLogger extends ConsoleLogger {
  constructor(
    private readonly appName: string,
    level: string,
  ) {
    super({ json: true, colors: false, logLevels: logLevelsUpTo(level) });
  }

  protected override getJsonLogObject(message: unknown, options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown }) {
    const work = logContext.getStore();
    const line = {
      timestamp: Date.now(),
      level: options.logLevel,
      app: this.appName,
      context: options.context || undefined,
      message: typeof message === 'string' ? redactSecrets(message) : redactObject(message),
      correlationId: work?.correlationId,
      traceId: work?.traceId,
      spanId: work?.spanId,
      pid: process.pid,
      ...(options.errorStack ? { stack: redactSecrets(String(options.errorStack)) } : {}),
    };
    return line;
  }
}

/** A structured message (kafkajs's log entries), its strings redacted, as JSON would carry it. */
function redactObject(message: unknown): unknown {
  if (message === null || typeof message !== 'object') return message;
  try {
    return JSON.parse(redactSecrets(JSON.stringify(message)));
  } catch {
    return '[unserialisable message]';
  }
}
