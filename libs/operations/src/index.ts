export * from './health.controller';
export * from './database-ping';
export * from './optional-provider';
export * from './observability.module';
export * from './metrics/hub-metrics';
