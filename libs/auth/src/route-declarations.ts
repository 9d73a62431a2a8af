import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { CALLERS_KEY, type Caller } from './callers';

export interface DeclaredRoute {
  controller: string;
  handler: string;
  /** `POST /cases/:caseId/orders`, one per path when a handler serves several. */
  routes: string[];
  callers: Caller[] | undefined;
}

/** Every HTTP route of the app with the callers it declares (undefined: none declared). */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      const callers = reflector.getAllAndOverride<Caller[] | undefined>(CALLERS_KEY, [handler as () => void, wrapper.metatype as () => void]);
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const paths = (base: unknown): string[] => (Array.isArray(base) ? base : [base ?? '']).map(String);
      const full = paths(Reflect.getMetadata(PATH_METADATA, wrapper.metatype)).flatMap((prefix) =>
        paths(Reflect.getMetadata(PATH_METADATA, handler)).map((path) => `${method} /${[prefix, path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`),
      );
      routes.push({ controller: wrapper.metatype.name, handler: name, routes: full, callers });
    }
  }
  return routes;
}

/** Fails the boot when a route does not say who may call it (issue 8: every route says it). */
export function assertEveryRouteDeclaresCallers(app: INestApplication): void {
  const undeclared = declaredRoutes(app).filter((route) => !route.callers?.length);
  if (undeclared.length > 0) {
    throw new Error(`Routes without @Callers (who may call them): ${undeclared.map((r) => `${r.controller}.${r.handler}`).join(', ')}`);
  }
}
