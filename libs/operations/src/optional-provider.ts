import { ModuleRef } from '@nestjs/core';

/** A provider the app may not have (the console has no Kafka and no TypeORM; the simulator has neither). */
export function optionalProvider<T>(moduleRef: ModuleRef, token: abstract new (...args: never[]) => T): T | undefined {
  try {
    return moduleRef.get(token, { strict: false });
  } catch {
    return undefined;
  }
}
