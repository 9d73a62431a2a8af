import { ValueTransformer } from 'typeorm';

/**
 * Money is integer yen stored as BIGINT. pg returns BIGINT as a string; we convert to a JS number only
 * when it is a safe integer, so no yen is ever silently rounded.
 */
export const yenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return null;
    const yen = Number(value);
    if (!Number.isSafeInteger(yen)) {
      throw new RangeError(`Yen amount ${value} is outside the safe integer range`);
    }
    return yen;
  },
};
