import { Decimal, ZERO, sum, toFen } from '../decimal';

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

function settle(raw: ReadonlyArray<Decimal>, total: Decimal): Decimal[] {
  const rounded = raw.map(toFen);
  let largest = 0;
  rounded.forEach((x, i) => { if (x.greaterThan(rounded[largest]!)) largest = i; });
  rounded[largest] = rounded[largest]!.plus(total.minus(sum(rounded)));
  return rounded;
}
