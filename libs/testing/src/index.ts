export * from './test-env';
export * from './topic-reader';
export * from './signed-request';
export * from './adapter-fixtures';

