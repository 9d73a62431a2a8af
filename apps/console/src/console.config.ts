import { Type } from 'class-transformer';
import { IsInt, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';
import { AuthenticatedAppConfig } from '@hub/auth';

const URL_RULE = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/** The console's variables: where core, the reconciler, the partners' adapters and the staff sign-in are, and where it is itself. */
export class ConsoleConfig extends AuthenticatedAppConfig {
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3009;

  /** Loopback by default: the console is for staff on this machine unless deployed behind a proxy that says otherwise. */
  @IsString()
  HOST = '127.0.0.1';

  /** The console as the browser reaches it: the sign-in's redirect URI and the Origin every change must come from. */
  @ValidateIf((config: ConsoleConfig) => config.CONSOLE_PUBLIC_URL !== '')
  @IsUrl(URL_RULE, { message: 'must be an http(s) URL' })
  CONSOLE_PUBLIC_URL = '';

  @IsUrl(URL_RULE, { message: 'must be an http(s) URL' })
  CORE_URL = 'http://127.0.0.1:3000';

  /** The reconciler (findings and runs of the reconciliation jobs), reached as the signed-in person like core. */
  @IsUrl(URL_RULE, { message: 'must be an http(s) URL' })
  RECONCILER_URL = 'http://127.0.0.1:3011';

  /** `lac=http://…,aos=http://…`: each partner's adapter, for its deliveries and endpoint state. */
  @Matches(/^([a-z0-9-]+=https?:\/\/[^,\s]+)(,[a-z0-9-]+=https?:\/\/[^,\s]+)*$/, { message: 'must be <partner>=<http(s) URL> pairs separated by commas' })
  PARTNER_ADAPTER_URLS =
    'lac=http://127.0.0.1:3001,aos=http://127.0.0.1:3003,prap=http://127.0.0.1:3004,eltes=http://127.0.0.1:3005,bell24=http://127.0.0.1:3006,isr=http://127.0.0.1:3007';

  /** The OpenID client the console signs staff in as (a public client: PKCE, no secret). */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'must be a client id' })
  CONSOLE_OIDC_CLIENT_ID = 'hub-console';

  /** The built browser app (vite build); relative paths are from the working directory. */
  @IsString()
  CONSOLE_WEB_ROOT = 'apps/console/web/dist';

  /** How long a signed-in session lasts without a new sign-in, in seconds (a working day by default). */
  @Type(() => Number)
  @IsInt()
  @Min(300)
  @Max(86_400)
  CONSOLE_SESSION_SECONDS = 28_800;
}

export const publicUrlOf = (config: ConsoleConfig) => (config.CONSOLE_PUBLIC_URL || `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`).replace(/\/$/, '');

/** `lac=http://a,aos=http://b` → { lac: 'http://a', aos: 'http://b' }. */
export function adapterUrlsOf(config: ConsoleConfig): Record<string, string> {
  return Object.fromEntries(config.PARTNER_ADAPTER_URLS.split(',').map((pair) => pair.split('=', 2) as [string, string]).map(([id, url]) => [id, url.replace(/\/$/, '')]));
}
