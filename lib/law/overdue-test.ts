import { Decimal, min, toFen } from '../decimal';
import type { StatementRun } from '../finance/statement-types';
import { capAmount, type Caps } from './cap-lines';

export interface OverdueTest {
  /** Penalty interest, compound interest and late fees accrued up to asOf, paid or not, each rounded, then added. */
  readonly charged: Decimal;
  /** Σ over every day of cap × the principal the penalty accrued on that day / capDayCount. */
  readonly limit: Decimal;
  readonly exceeds: boolean;
  /** min(charged, limit): what the law supports of the overdue charges. */
  readonly allowed: Decimal;
}

/**
 * LAW.md §7 overdue test (法释〔2020〕17号 Art. 29; 法发〔2017〕22号 Art. 2). Periodic fees are
 * term costs, counted in the APR, not here.
 */
export function overdueTest(run: StatementRun, caps: Caps, capDayCount: number): OverdueTest {
  const charged = run.charged.penalty.plus(run.charged.compound).plus(run.charged.lateFees);
  const limit = toFen(capAmount(run.segments, caps.capByDay, capDayCount));
  return { charged, limit, exceeds: charged.greaterThan(limit), allowed: min(charged, limit) };
}
