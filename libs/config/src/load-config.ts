import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/**
 * Builds one typed config object per app from the environment and fails at boot, naming every bad
 * variable, instead of failing later on first use. Each app declares its variables as a class with
 * class-validator decorators and defaults as property initialisers; numeric variables also need
 * class-transformer's `@Type(() => Number)`, because transpile-only builds emit no design-time types.
 */
export function loadConfig<T extends object>(
  configClass: new () => T,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const defaults = new configClass() as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) {
    plain[key] = env[key] !== undefined && env[key] !== '' ? env[key] : defaults[key];
  }
  const config = plainToInstance(configClass, plain, { enableImplicitConversion: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new InvalidConfigError(configClass.name, errors);
  }
  return config;
}

export class InvalidConfigError extends Error {
  constructor(configName: string, errors: ValidationError[]) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    super(`Invalid configuration (${configName}):\n${lines.join('\n')}`);
    this.name = 'InvalidConfigError';
  }
}
