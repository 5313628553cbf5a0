import { ZERO, min, type Decimal } from '../decimal';
import type { Statement } from '../finance/statement-types';

/**
 * The supported statement, held to what the contract itself makes due now. Re-amortising at the
 * cap (or spreading an upfront fee as interest) can make more fall due early than the contract
 * does, even while the payoff is lower. The law never makes due sooner what the contract makes
 * due later, so the part of totalDue above the contract's is moved to what is not yet due:
 * interest first (into accruedInterest), then principal (into principalNotDue). The payoff is
 * unchanged.
 */
export function holdToContractDue(supported: Statement, contractTotalDue: Decimal): Statement {
  let over = supported.totalDue.minus(contractTotalDue);
  if (!over.greaterThan(ZERO)) return supported;
  const fromInterest = min(over, supported.interestOverdue);
  over = over.minus(fromInterest);
  const fromPrincipal = min(over, supported.principalOverdue);
  const moved = fromInterest.plus(fromPrincipal);
  return {
    ...supported,
    interestOverdue: supported.interestOverdue.minus(fromInterest),
    principalOverdue: supported.principalOverdue.minus(fromPrincipal),
    totalDue: supported.totalDue.minus(moved),
    accruedInterest: supported.accruedInterest.plus(fromInterest),
    principalNotDue: supported.principalNotDue.plus(fromPrincipal),
  };
}
