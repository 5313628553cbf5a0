/**
 * LAW.md §7: what the law supports should never be more than what the contract itself gives.
 * The supported statement is the statement recomputed on the supported schedule with the overdue
 * charges capped; "claimed" is the engine's own statement of the contract.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CHARGE_ITEMS, D, RUNS, TIMEOUT, reportOf, sumOf, validCase } from './arbitraries';
import type { Report } from '@/lib/report/types';

const ITEMS = ['principalOverdue', 'interestOverdue', 'feesOverdue', 'penaltyInterest', 'compoundInterest', 'lateFees', 'principalNotDue', 'accruedInterest'] as const;
type Item = (typeof ITEMS)[number];

const charges = (s: Report['statement']) => sumOf(CHARGE_ITEMS.map((k) => s[k]));
const notAbove = (supported: string, claimed: string) => D(supported).lessThanOrEqualTo(claimed);

/**
 * Items that hold one by one, and when:
 * - feesOverdue: always (the supported schedule has no fees, LAW.md §7).
 * - every item, when the supported schedule is the contract's own (APR within the cap and nothing
 *   deducted): the same run, only with charges capped and any excess paid turned into credit.
 * - void contracts: every item but principalOverdue (LAW.md §7: the whole legal principal is owed
 *   now, so it is "overdue" even when the contract has nothing due yet).
 * Not item by item under re-amortisation: a re-amortised schedule splits principal and interest
 * differently (a flat or very-high-rate contract re-amortised as equal-payment at the cap puts more
 * principal into early instalments and charges cap/12 on the full balance from month one; upfront
 * and periodic fees become interest), so principalOverdue, interestOverdue, penaltyInterest,
 * compoundInterest, lateFees (a percentage of a larger supported instalment), principalNotDue and
 * accruedInterest can each exceed the contract's figure.
 */
const HOLDING: Readonly<Record<'re-amortised' | 'same-schedule' | 'void', ReadonlyArray<Item>>> = {
  're-amortised': ['feesOverdue'],
  'same-schedule': ITEMS,
  void: ITEMS.filter((i) => i !== 'principalOverdue'),
};

describe('supported ≤ claimed', () => {
  // A void contract's totalDue is excluded: LAW.md §7 makes the whole legal principal due now,
  // while the contract may have nothing due yet.
  it('supported totalDue ≤ claimed totalDue (void excepted), supported payoff ≤ claimed payoff, supported overdue charges ≤ claimed ones', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const r = reportOf(input);
        const sup = r.caps.supported;
        if (!sup) return;
        if (r.caps.regime !== 'void') expect(notAbove(sup.totalDue, r.statement.totalDue), `totalDue ${sup.totalDue} ≤ ${r.statement.totalDue}`).toBe(true);
        expect(notAbove(sup.payoff, r.statement.payoff), `payoff ${sup.payoff} ≤ ${r.statement.payoff}`).toBe(true);
        expect(charges(sup.statement).lessThanOrEqualTo(charges(r.statement)), 'overdue charges').toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('item by item where it holds: feesOverdue always; every item (and totalDue, payoff, charges) when the supported schedule is the contract\'s own; every item but principalOverdue (and the payoff) for a void contract', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const r = reportOf(input);
        const sup = r.caps.supported;
        if (!sup) return;
        const mode = r.caps.regime === 'void' ? 'void' : sup.schedule ? 're-amortised' : 'same-schedule';
        for (const item of HOLDING[mode]) expect(notAbove(sup.statement[item], r.statement[item]), item).toBe(true);
        if (mode === 're-amortised') return;
        expect(notAbove(sup.payoff, r.statement.payoff), 'payoff').toBe(true);
        if (mode === 'void') return;
        expect(notAbove(sup.totalDue, r.statement.totalDue), 'totalDue').toBe(true);
        expect(charges(sup.statement).lessThanOrEqualTo(charges(r.statement)), 'charges').toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
