export * from './data-source-options';
export * from './yen-column';
export * from './run-migrations';
export { ALL_MIGRATIONS } from './migrations';
export * from './pg-notification-listener';
export * from './idempotency.repository';
