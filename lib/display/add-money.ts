/**
 * The sum of two money strings with exactly two decimals (the report's form), exact: added as
 * whole fen in a BigInt. For showing a figure the report implies (demand = payoff + claimGap).
 */
const TWO_DECIMALS = /^-?\d+\.\d{2}$/;

export function addMoney(a: string, b: string): string {
  if (!TWO_DECIMALS.test(a) || !TWO_DECIMALS.test(b)) throw new RangeError(`not a two-decimal amount: ${a}, ${b}`);
  const fen = (x: string) => BigInt(x.replace('.', ''));
  const total = fen(a) + fen(b);
  const digits = (total < 0n ? -total : total).toString().padStart(3, '0');
  return `${total < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** a − b, for two-decimal amounts, exactly. */
export function subtractMoney(a: string, b: string): string {
  return addMoney(a, b.startsWith('-') ? b.slice(1) : `-${b}`);
}

/** The lesser of two two-decimal amounts, compared exactly (as whole fen). */
export function lesserMoney(a: string, b: string): string {
  return subtractMoney(a, b).startsWith('-') ? a : b;
}

/** A two-decimal amount of zero or more, rounded down to whole yuan: 2345.67 → 2345.00. */
export function wholeYuanBelow(a: string): string {
  if (!TWO_DECIMALS.test(a) || a.startsWith('-')) throw new RangeError(`not a two-decimal amount of zero or more: ${a}`);
  return `${a.slice(0, -3)}.00`;
}
