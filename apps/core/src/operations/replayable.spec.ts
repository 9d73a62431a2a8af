import { TOPICS } from '@hub/messaging';
import { replayRefusal } from './replayable';

describe('replayRefusal', () => {
  it('lets a JSON message of a catalog topic be replayed, even one that broke its contract', () => {
    expect(replayRefusal({ sourceTopic: TOPICS.orderIssued.name, originalValue: '{"eventId":"x"}' })).toBeNull();
  });

  it('refuses a value that is not JSON, which the outbox could only publish altered', () => {
    expect(replayRefusal({ sourceTopic: TOPICS.orderIssued.name, originalValue: 'not json' })).toContain('not JSON');
  });

  it('refuses a topic outside the catalog, naming it', () => {
    expect(replayRefusal({ sourceTopic: 'hub.order.retired.v1', originalValue: '{}' })).toContain('hub.order.retired.v1');
  });
});
