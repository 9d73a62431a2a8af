import { MAX_BODY_DEPTH, nestsDeeperThan } from './body-limits';

describe('nestsDeeperThan', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };

  it('lets a body through up to the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1))).toBe(true);
  });

  it('walks a body nested far beyond the stack without recursion', () => {
    expect(nestsDeeperThan(nested(200_000))).toBe(true);
  });

  it('counts depth, not size: a wide body is fine', () => {
    expect(nestsDeeperThan({ lines: Array.from({ length: 10_000 }, (_, i) => ({ n: i, tags: ['a', 'b'] })) })).toBe(false);
    expect([null, 'text', 42].map((v) => nestsDeeperThan(v))).toEqual([false, false, false]);
  });
});
