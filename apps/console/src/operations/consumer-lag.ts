// The reconciler's messaging-health job reads the same lag: one implementation, in @hub/messaging.
export { consumerLag, type TopicLag } from '@hub/messaging';
