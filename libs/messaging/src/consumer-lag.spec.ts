import { summedLag } from './consumer-lag';

describe('summedLag', () => {
  const ends = [
    { partition: 0, low: '0', high: '10' },
    { partition: 1, low: '4', high: '7' },
  ];

  it('sums the newest offset less the committed one over the partitions', () => {
    expect(summedLag([{ partition: 0, offset: '6' }, { partition: 1, offset: '5' }], ends)).toBe(4 + 2);
  });

  it('counts a partition never committed from the oldest message the broker holds', () => {
    expect(summedLag([{ partition: 0, offset: '-1' }, { partition: 1, offset: '-1' }], ends)).toBe(10 + 3);
  });

  it('counts nothing below zero, nor for a partition the topic no longer has', () => {
    expect(summedLag([{ partition: 0, offset: '12' }, { partition: 5, offset: '0' }], ends)).toBe(0);
  });
});
