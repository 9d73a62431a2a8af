import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter turns every error into `{ status: 'error', message }`. The inbox needs the
 * original error to tell a refusal (dead-letter now) from a transient fault (retry), so pass it through.
 * Applied per handler by @ConsumesTopic: a global filter on a hybrid app's microservice is not reliable.
 */
@Catch()
export class PassThroughRpcExceptionFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
