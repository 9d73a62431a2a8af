export * from './partner-directory';
export * from './partner-reports';
