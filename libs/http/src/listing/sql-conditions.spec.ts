import { containsPattern, PositionalParams, whereAll } from './sql-conditions';

describe('containsPattern', () => {
  it('finds the text anywhere', () => {
    expect(containsPattern('みなと')).toBe('%みなと%');
  });

  it("makes a searcher's wildcards and escape characters plain", () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});

describe('whereAll', () => {
  it('joins the conditions that apply and leaves out the rest', () => {
    expect(whereAll(['a = 1', undefined, false, null, '', 'b = 2'])).toBe('WHERE a = 1 AND b = 2');
  });

  it('is empty when none applies', () => {
    expect(whereAll([undefined, false])).toBe('');
  });
});

describe('PositionalParams', () => {
  it('numbers placeholders in the order values are bound', () => {
    const params = new PositionalParams();
    expect([params.bind('x'), params.bind(2)]).toEqual(['$1', '$2']);
    expect(params.values).toEqual(['x', 2]);
  });
});
