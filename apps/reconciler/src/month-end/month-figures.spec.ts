import { Refusal } from '@hub/refusals';
import { wholeNumber } from './month-figures';

describe('wholeNumber', () => {
  it('takes PostgreSQL bigint text as exact yen', () => {
    expect(wholeNumber('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(wholeNumber('0')).toBe(0);
  });

  it('refuses a total JavaScript cannot hold exactly (422 figures_out_of_range), never rounding it', () => {
    const refused = (() => {
      try {
        wholeNumber('50360942610207124');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(Refusal);
    expect(refused).toMatchObject({ kind: 'unprocessable', code: 'figures_out_of_range' });
  });
});
