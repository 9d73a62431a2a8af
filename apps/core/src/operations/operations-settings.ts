/** What the operations feature needs from the app that hosts it. */
export interface OperationsSettings {
  /** The app whose outbox relay publishes replayed messages (core's own). */
  outboxSourceApp: string;
}

export const OPERATIONS_SETTINGS = Symbol('OPERATIONS_SETTINGS');
