import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Callers, STAFF_ROLES } from '@hub/auth';
import { invalidInput, notFound } from '@hub/http';
import { CONSOLE_SETTINGS, type ConsoleSettings } from '../console-settings';
import type { ConsoleRequest } from '../session/console-access.guard';
import { apiPathAfter, forwardToApi, isSafeApiPath } from './forward';

const CORE_PREFIX = '/api/core/';
const RECONCILER_PREFIX = '/api/reconciler/';

/**
 * The browser's way to core, to the reconciler and to each partner's adapter, as the signed-in person. Any staff member
 * may ask; the API behind answers by their roles (a coordinator asking to approve an invoice gets core's 403, an auditor
 * resolving a finding the reconciler's), so no rule is written twice.
 */
@Controller('api')
export class ApiProxyController {
  constructor(@Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings) {}

  @Get('core/*path')
  @Callers(...STAFF_ROLES)
  readCore(@Req() request: ConsoleRequest, @Res() response: Response): Promise<void> {
    return this.toCore(request, response);
  }

  @Post('core/*path')
  @Callers(...STAFF_ROLES)
  changeCore(@Req() request: ConsoleRequest, @Res() response: Response): Promise<void> {
    return this.toCore(request, response);
  }

  /** The reconciler's findings and runs (issue 11): the same person's token, the reconciler checks the roles. */
  @Get('reconciler/*path')
  @Callers(...STAFF_ROLES)
  readReconciler(@Req() request: ConsoleRequest, @Res() response: Response): Promise<void> {
    return this.toReconciler(request, response);
  }

  @Post('reconciler/*path')
  @Callers(...STAFF_ROLES)
  changeReconciler(@Req() request: ConsoleRequest, @Res() response: Response): Promise<void> {
    return this.toReconciler(request, response);
  }

  /** An adapter's delivery record and endpoint state (its kit routes); the adapter checks the roles. */
  @Get('partners/:partnerId/*path')
  @Callers(...STAFF_ROLES)
  readAdapter(@Param('partnerId') partnerId: string, @Req() request: ConsoleRequest, @Res() response: Response): Promise<void> {
    return this.toAdapter(partnerId, request, response);
  }

  @Post('partners/:partnerId/*path')
  @Callers(...STAFF_ROLES)
  changeAdapter(@Param('partnerId') partnerId: string, @Req() request: ConsoleRequest, @Res() response: Response): Promise<void> {
    return this.toAdapter(partnerId, request, response);
  }

  private toCore(request: ConsoleRequest, response: Response): Promise<void> {
    const path = apiPathAfter(CORE_PREFIX, request.path);
    return forwardToApi(this.settings.coreUrl, checkedPath(path), request.console!.session.accessToken, request, response);
  }

  private toReconciler(request: ConsoleRequest, response: Response): Promise<void> {
    const path = apiPathAfter(RECONCILER_PREFIX, request.path);
    return forwardToApi(this.settings.reconcilerUrl, checkedPath(path), request.console!.session.accessToken, request, response);
  }

  private toAdapter(partnerId: string, request: ConsoleRequest, response: Response): Promise<void> {
    const url = Object.hasOwn(this.settings.adapterUrls, partnerId) ? this.settings.adapterUrls[partnerId] : undefined;
    if (!url) throw notFound('Partner adapter', partnerId);
    const path = apiPathAfter(`/api/partners/${partnerId}/`, request.path);
    if (!/^(deliveries(\/[0-9a-f-]{36})?|endpoint(\/enable)?)$/.test(path)) throw notFound('Adapter route', path);
    return forwardToApi(url, path, request.console!.session.accessToken, request, response);
  }
}

function checkedPath(path: string): string {
  if (!isSafeApiPath(path)) throw invalidInput(`${path} is not a path of the hub's API`, [{ field: 'path', reason: 'must be segments of letters, digits and ._~:@-' }]);
  return path;
}
