import type { IsrRatingCertificateV1 } from '@hub/contracts';

export type RatingGrade = IsrRatingCertificateV1['certificate']['ratingGrade'];

/**
 * I.S.Rating's 17-step scale, best first, as its contract lists it. The rank (1 for AAAis, 17 for Cis) goes into the
 * hub's facts so a reader can compare grades without knowing the symbols.
 */
export const RATING_SCALE: readonly RatingGrade[] = [
  'AAAis', 'AA+is', 'AAis', 'AA-is', 'A+is', 'Ais', 'A-is', 'BBB+is', 'BBBis', 'BBB-is', 'BB+is', 'BBis', 'BB-is', 'B+is', 'Bis', 'B-is', 'Cis',
];

export const RATING_SCALE_NAME = 'ISR-17';

/** 1 (best) to 17; the contract has already refused any symbol not on the scale. */
export function gradeRank(grade: RatingGrade): number {
  return RATING_SCALE.indexOf(grade) + 1;
}
