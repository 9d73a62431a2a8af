import { safeReturnPath } from './sign-in.controller';

describe('safeReturnPath', () => {
  it.each(['/', '/cases', '/cases/4f1c?tab=money', '/approvals#x'])('keeps a path of the console: %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', 'cases', '/a b', undefined, 42, ['/cases']])('replaces anything else with / : %p', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
