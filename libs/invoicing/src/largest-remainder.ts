/**
 * Shares `total` yen out over items in proportion to their weights by the largest-remainder (Hamilton)
 * method: item i's exact share is total × weight_i / weightSum; every item gets the floor of its share, and
 * the yen left over (fewer than the number of items with a fractional share) go one each to the largest
 * fractional parts, ties to the lower lineNo. So the shares add up to `total` exactly, an item of weight 0
 * gets 0, and the result depends only on the items' content, not their order.
 *
 * Why: the qualified-invoice rule fixes the tax per rate for the whole invoice (消費税法施行令第70条の10), but
 * the settlement needs a tax per line (each line carries its own cost category); this splits the one rounded
 * figure without creating or losing a yen.
 *
 * total × weight_i can exceed 2^53, so the shares are computed in BigInt; each fits a safe integer again
 * because it is at most `total`. `weightSum` must be the sum of the weights.
 */
export interface WeightedLine {
  lineNo: number;
  weight: number;
}

export function largestRemainder(total: number, weightSum: number, items: readonly WeightedLine[]): Map<number, number> {
  const shares = new Map<number, number>();
  // Every weight is 0 (and so is the total): nothing to share.
  if (weightSum === 0) {
    for (const item of items) shares.set(item.lineNo, 0);
    return shares;
  }
  const divisor = BigInt(weightSum);
  const parts = items.map((item) => {
    const exact = BigInt(total) * BigInt(item.weight);
    return { lineNo: item.lineNo, floor: exact / divisor, remainder: exact % divisor };
  });
  let leftOver = total - parts.reduce((sum, part) => sum + Number(part.floor), 0);
  const byClaim = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.lineNo - b.lineNo : a.remainder > b.remainder ? -1 : 1));
  for (const part of byClaim) {
    const extra = leftOver > 0 ? 1 : 0;
    leftOver -= extra;
    shares.set(part.lineNo, Number(part.floor) + extra);
  }
  return shares;
}
