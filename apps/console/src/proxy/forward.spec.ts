import { apiPathAfter, isSafeApiPath } from './forward';

describe('isSafeApiPath', () => {
  it.each(['cases', 'cases/4f1c2d3e-0000-4000-8000-000000000000/timeline', 'policies/CL-ECE15903', 'dead-letters/recover'])('accepts %s', (path) => {
    expect(isSafeApiPath(path)).toBe(true);
  });

  it.each(['', '/cases', '//evil.example/x', 'cases/../../etc', '..', 'cases/./x', 'cases//x', 'a b', 'cases%2F..', 'cases?x=1', 'http://evil.example'])('refuses %p', (path) => {
    expect(isSafeApiPath(path)).toBe(false);
  });
});

describe('apiPathAfter', () => {
  it('takes the path after the prefix, with the slashes an OpenAPI client encodes in {path} (%2F) decoded', () => {
    expect(apiPathAfter('/api/core/', '/api/core/dead-letters%2Frecover')).toBe('dead-letters/recover');
    expect(apiPathAfter('/api/partners/lac/', '/api/partners/lac/endpoint%2fenable')).toBe('endpoint/enable');
    expect(apiPathAfter('/api/core/', '/api/core/cases/4f1c2d3e-0000-4000-8000-000000000000/timeline')).toBe('cases/4f1c2d3e-0000-4000-8000-000000000000/timeline');
  });

  it.each(['/api/core/..%2F..%2Fhealth', '/api/core/%2F%2Fevil.example%2Fx', '/api/core/cases%2F%2E%2E', '/api/core/cases%252F..'])('decodes once, leaving %p refused', (requestPath) => {
    expect(isSafeApiPath(apiPathAfter('/api/core/', requestPath))).toBe(false);
  });
});
