export * from './contracts-dir';
export * from './contract-issues';
export * from './contract-validator';
export * from './json-refs';
export * from './openapi';
export * from './asyncapi';
export * from './generated';
export * from './operations-surface';
