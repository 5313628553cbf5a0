import type { Decimal } from '../decimal';

/** Money at the edge: a decimal string with exactly two decimals. */
export const money = (x: Decimal): string => x.toFixed(2);
/** A rate at the edge: a fraction with 6 decimals ("0.108964" = 10.8964%). */
export const rate = (x: Decimal): string => x.toFixed(6);
