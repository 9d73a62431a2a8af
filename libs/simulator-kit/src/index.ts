export * from './simulated-partner';
export * from './partner-sender';
export * from './hub-signature';
export * from './script-player';
