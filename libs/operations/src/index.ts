export * from './health.controller';
export * from './database-ping';
export * from './optional-provider';
