/**
 * LAW.md §3 (Civil Code Arts. 560, 561): every payment dated on or before the as-of date is set
 * against debts or becomes credit; nothing is lost and nothing created. Checked on the engine's
 * own statement runs (lib/finance/run-statement.ts), for the contract schedule and for the
 * supported one, in exact Decimal arithmetic (accruals are kept to 20 decimal places, so sums of
 * them are exact within the engine's 40 significant digits).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { COMPONENTS } from '@/lib/finance/debt';
import type { StatementRun } from '@/lib/finance/statement-types';
import type { Decimal } from '@/lib/decimal';
import { RUNS, TIMEOUT, engineRuns, sumOf, validCase, type EngineRuns } from './arbitraries';

const appliedPlusCredit = (run: StatementRun): Decimal =>
  sumOf(run.debts.flatMap((d) => COMPONENTS.map((c) => d.paid[c]))).plus(run.credit);
const paidByAsOf = (e: EngineRuns): Decimal => sumOf(e.c.payments.filter((p) => p.date <= e.c.asOf).map((p) => p.amount));
const runsOf = (e: EngineRuns): StatementRun[] => [e.claimed, ...(e.supported ? [e.supported] : [])];

describe('money is conserved when payments are applied', () => {
  it('Σ payments dated ≤ asOf = Σ paid over every debt and component + credit, exactly, on the contract and the supported runs; no component is paid beyond what is owed; nothing paid, owed or credited is negative', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const e = engineRuns(input);
        const paid = paidByAsOf(e);
        for (const run of runsOf(e)) {
          expect(appliedPlusCredit(run).minus(paid).toString(), 'Σ paid + credit − Σ payments').toBe('0');
          expect(run.credit.isNegative(), 'credit').toBe(false);
          for (const d of run.debts) {
            for (const c of COMPONENTS) {
              expect(d.paid[c].isNegative(), `paid ${c}`).toBe(false);
              expect(d.owed[c].isNegative(), `owed ${c}`).toBe(false);
              expect(d.paid[c].lessThanOrEqualTo(d.owed[c]), `paid ${c} ≤ owed`).toBe(true);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
