export * from './http-errors';
export * from './refusal';
export * from './contract-body.pipe';
export * from './hub-exception.filter';
export * from './start-http-app';
export * from './app-root';
export * from './idempotency-key';
export * from './body-limits';
export * from './request-edge';
export * from './error-body';
// Cursor-paged lists (keyset pagination), shared by core's lists and any other app's.
export * from './listing/keyset';
export * from './listing/list-query';
export * from './listing/page-cursor';
export * from './listing/sql-conditions';
export * from './hub-logger';
