export * from './http-errors';
export * from './refusal';
export * from './contract-body.pipe';
export * from './hub-exception.filter';
export * from './start-http-app';
export * from './idempotency-key';
export * from './health.controller';
export * from './body-limits';
