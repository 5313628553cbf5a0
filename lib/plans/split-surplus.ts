import { Decimal, ZERO, sum } from '../decimal';

/**
 * Shares one monthly surplus among several debts pro rata to each debt's contractual payment,
 * with a floor per debt, as UK debt charities do so that creditors are treated equally: a debt
 * whose pro-rata share falls below the floor gets the floor, and the rest is shared again among
 * the others. When the surplus cannot pay every floor it is shared equally. Shares are rounded
 * to the fen and the largest share absorbs the rounding, so they sum to the surplus exactly.
 */
export function splitSurplus(surplus: Decimal, weights: ReadonlyArray<Decimal>, floor: Decimal): Decimal[] {
  const n = weights.length;
  if (n === 0) return [];
  if (!surplus.greaterThan(ZERO)) return weights.map(() => ZERO);
  if (surplus.lessThan(floor.times(n))) return settle(weights.map(() => surplus.dividedBy(n)), surplus);

  const shares: (Decimal | undefined)[] = weights.map(() => undefined);
  for (;;) {
    const open = shares.flatMap((s, i) => (s === undefined ? [i] : []));
    const left = surplus.minus(sum(shares.filter((s): s is Decimal => s !== undefined)));
    const totalWeight = sum(open.map((i) => weights[i]!));
    const proRata = (i: number) => (totalWeight.isZero() ? left.dividedBy(open.length) : left.times(weights[i]!).dividedBy(totalWeight));
    const below = open.filter((i) => proRata(i).lessThan(floor));
    if (below.length === 0 || below.length === open.length) {
      for (const i of open) shares[i] = below.length === open.length ? left.dividedBy(open.length) : proRata(i);
      return settle(shares.map((s) => s!), surplus);
    }
    for (const i of below) shares[i] = floor;
  }
}

/**
 * Whole fen that sum to the total exactly, by the largest-remainder method: every share is
 * rounded down, then the fen left over go one each to the largest remainders (ties to the
 * first debt). No share can turn negative, however small the total.
 */
const FEN = new Decimal('0.01');

function settle(raw: ReadonlyArray<Decimal>, total: Decimal): Decimal[] {
  const down = raw.map((x) => x.toDecimalPlaces(2, Decimal.ROUND_DOWN));
  const order = raw.map((x, i) => ({ i, rest: x.minus(down[i]!) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  let left = total.minus(sum(down));
  for (let k = 0; left.greaterThanOrEqualTo(FEN); k++) {
    const i = order[k % order.length]!.i;
    down[i] = down[i]!.plus(FEN);
    left = left.minus(FEN);
  }
  return down;
}
