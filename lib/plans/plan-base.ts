import type { Decimal } from '../decimal';
import type { PlanBase, PlanContext } from './types';

/** The amount a plan starts from (case-format.md "Plans"); undefined when that figure does not exist. */
export function resolveBase(base: PlanBase, ctx: PlanContext): Decimal | undefined {
  if (base === 'supported') return ctx.supportedPayoff;
  if (base === 'claimed') return ctx.claimedPayoff;
  if (base === 'demanded') return ctx.demanded;
  return base;
}
