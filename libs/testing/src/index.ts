export * from './test-env';
export * from './topic-reader';
export * from './running-hub';
export * from './signed-request';
