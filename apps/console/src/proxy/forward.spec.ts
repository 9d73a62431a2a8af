import { isSafeApiPath } from './forward';

describe('isSafeApiPath', () => {
  it.each(['cases', 'cases/4f1c2d3e-0000-4000-8000-000000000000/timeline', 'policies/CL-ECE15903', 'dead-letters/recover'])('accepts %s', (path) => {
    expect(isSafeApiPath(path)).toBe(true);
  });

  it.each(['', '/cases', '//evil.example/x', 'cases/../../etc', '..', 'cases/./x', 'cases//x', 'a b', 'cases%2F..', 'cases?x=1', 'http://evil.example'])('refuses %p', (path) => {
    expect(isSafeApiPath(path)).toBe(false);
  });
});
