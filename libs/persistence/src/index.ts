export * from './data-source-options';
export * from './yen-column';
export * from './run-migrations';
export { ALL_MIGRATIONS } from './migrations';
export { PolicyWording1764000000700 } from './migrations/1764000000700-policy-wording';
export * from './pg-notification-listener';
export * from './idempotency.repository';
export * from './savepoint';
export * from './after-commit';
