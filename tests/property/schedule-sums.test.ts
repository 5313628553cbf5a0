/**
 * LAW.md §3–§4: interest and principal are rounded per instalment and the last instalment settles
 * the remaining balance, so a schedule's principal column sums to the principal exactly. Checked
 * in exact decimal arithmetic on the report's strings, never in floats.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { D, RUNS, TIMEOUT, reportOf, sumOf, validCase } from './arbitraries';
import type { ScheduleRow } from '@/lib/report/types';

const rowsAddUp = (rows: ReadonlyArray<ScheduleRow>) =>
  rows.every((r) => D(r.payment).equals(D(r.principal).plus(r.interest).plus(r.fee)));

describe('schedules', () => {
  it('every contract schedule, for all five methods, sums exactly to the loan principal, has one row per instalment (one for a bullet loan), and each row pays principal + interest + fee exactly', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const loan = input.loan as { principal: string; termMonths: number; method: string };
        const r = reportOf(input);
        expect(r.schedule.length).toBe(loan.method === 'bullet' ? 1 : loan.termMonths);
        expect(r.schedule.map((row) => row.n)).toEqual(r.schedule.map((_, i) => i + 1));
        expect(sumOf(r.schedule.map((row) => row.principal)).equals(D(loan.principal)), 'Σ principal = loan.principal').toBe(true);
        expect(rowsAddUp(r.schedule), 'payment = principal + interest + fee').toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the supported schedule (when it differs from the contract) sums exactly to the legal principal, on the contract\'s due dates, without fees, and each row pays principal + interest exactly', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const r = reportOf(input);
        const supported = r.caps.supported?.schedule;
        if (!supported) return;
        expect(sumOf(supported.map((row) => row.principal)).equals(D(r.loan.legalPrincipal)), 'Σ principal = legalPrincipal').toBe(true);
        expect(rowsAddUp(supported), 'payment = principal + interest + fee').toBe(true);
        // LAW.md §7: same dates, no fees (the cap is all-in).
        expect(supported.map((row) => row.dueDate)).toEqual(r.schedule.map((row) => row.dueDate));
        expect(supported.every((row) => D(row.fee).isZero())).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
