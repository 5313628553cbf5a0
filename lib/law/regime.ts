import { day, type Day } from '../calendar';
import type { LenderKind } from '../case/types';

export type Regime = 'private-2020' | 'private-transitional' | 'licensed' | 'void';

/** The 2020 Private Lending Provisions apply to contracts formed on or after this day (法释〔2020〕17号 Art. 31). */
export const NEW_RULES_FROM: Day = day('2020-08-20');

/** Which cap applies depends on who the lender in the contract is, and for private loans when it was formed (LAW.md §1). */
export function regimeFor(kind: LenderKind, contractDate: Day): Regime {
  if (kind === 'licensed') return 'licensed';
  if (kind === 'unlicensed-professional') return 'void';
  return contractDate >= NEW_RULES_FROM ? 'private-2020' : 'private-transitional';
}
