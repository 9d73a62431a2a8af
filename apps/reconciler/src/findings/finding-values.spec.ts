import { clip, storableYen, SUMMARY_MAX } from './finding-values';

describe('what a finding keeps of what a job found', () => {
  it('keeps the yen at stake as its size, and none rather than a rounded figure beyond 2^53 − 1', () => {
    expect(storableYen(150_000)).toBe(150_000);
    expect(storableYen(-7)).toBe(7);
    expect(storableYen(undefined)).toBeNull();
    expect(storableYen(Number('50360942610207124'))).toBeNull();
  });

  it('cuts a summary to the event contract’s 500 characters, saying so', () => {
    const long = 'x'.repeat(SUMMARY_MAX + 20);
    expect(clip(long, SUMMARY_MAX)).toHaveLength(SUMMARY_MAX);
    expect(clip(long, SUMMARY_MAX).endsWith('…')).toBe(true);
    expect(clip('short', SUMMARY_MAX)).toBe('short');
  });
});
