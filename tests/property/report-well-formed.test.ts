/**
 * case-format.md (Report): money is a decimal string with exactly two decimals, a rate a fraction
 * with at least six; nothing is negative, NaN or unrounded except the figures that may be
 * negative by design (payoff, excess, claimGap; credit is never negative); a statement adds up
 * visibly (LAW.md §3, §6); the stage follows daysOverdue (LAW.md §8).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { overdueStage } from '@/lib/finance/stage';
import type { Report, StatementJson } from '@/lib/report/types';
import { D, RUNS, STATEMENT_ITEMS, TIMEOUT, reportOf, sumOf, validCase, validCaseWithExtras } from './arbitraries';

const MONEY = /^-?\d+\.\d{2}$/;
const RATE = /^-?\d+\.\d{6,}$/;
const STATEMENT_MONEY = [...STATEMENT_ITEMS, 'credit', 'totalDue', 'principalNotDue', 'accruedInterest', 'payoff'] as const;
/** Negative by design (LAW.md §6, §7): an overpaid borrower's payoff, a refund, the gap to a demand. */
const MAY_BE_NEGATIVE = new Set(['payoff', 'claimGap']);
/** Plan and budget figures that are differences and may be negative. */
const PLAN_MAY_BE_NEGATIVE = new Set(['savings', 'surplus', 'surplusNow', 'base', 'amount', 'claimed', 'supported']);
const PLAN_MONEY = new Set(['base', 'amount', 'downPayment', 'payment', 'total', 'interest', 'graceInterest', 'savings', 'claimed', 'supported', 'principal', 'balance', 'surplus', 'surplusNow', 'fixed', 'flexible']);

/** LAW.md §8: current 0 days; early 1–30; mid 31–180; late over 180. */
const stageOf = (days: number) => (days === 0 ? 'current' : days <= 30 ? 'early' : days <= 180 ? 'mid' : 'late');

interface Figure { readonly path: string; readonly value: unknown; readonly mayBeNegative: boolean }

/** Every money figure of the report with its path. */
function moneyFigures(r: Report): Figure[] {
  const out: Figure[] = [];
  const add = (path: string, value: unknown, mayBeNegative = false) => out.push({ path, value, mayBeNegative });
  const statement = (prefix: string, s: StatementJson) => {
    for (const k of STATEMENT_MONEY) add(`${prefix}.${k}`, s[k], MAY_BE_NEGATIVE.has(k));
    if (s.claimGap !== undefined) add(`${prefix}.claimGap`, s.claimGap, true);
  };
  const schedule = (prefix: string, rows: Report['schedule']) =>
    rows.forEach((row, i) => { for (const k of ['principal', 'interest', 'fee', 'payment'] as const) add(`${prefix}[${i}].${k}`, row[k]); });

  add('loan.legalPrincipal', r.loan.legalPrincipal);
  schedule('schedule', r.schedule);
  statement('statement', r.statement);
  add('caps.overdueTest.charged', r.caps.overdueTest.charged);
  add('caps.overdueTest.limit', r.caps.overdueTest.limit);
  const sup = r.caps.supported;
  if (sup) {
    add('caps.supported.totalDue', sup.totalDue);
    add('caps.supported.payoff', sup.payoff, true);
    statement('caps.supported.statement', sup.statement);
    if (sup.schedule) schedule('caps.supported.schedule', sup.schedule);
  }
  const ex = r.caps.excess;
  if (ex) {
    add('caps.excess.totalDue', ex.totalDue, true);
    add('caps.excess.payoff', ex.payoff, true);
    for (const [k, v] of Object.entries(ex.items)) add(`caps.excess.items.${k}`, v, true);
  }
  // Plans and budget: format only for the differences, non-negative for the rest.
  const walk = (prefix: string, node: unknown, key = ''): void => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(`${prefix}[${i}]`, v, key));
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) if (k !== 'warnings' && k !== 'spec' && k !== 'reason') walk(`${prefix}.${k}`, v, k);
    } else if (PLAN_MONEY.has(key) && typeof node === 'string') add(prefix, node, PLAN_MAY_BE_NEGATIVE.has(key));
  };
  walk('plans', r.plans);
  walk('budget', (r as { budget?: unknown }).budget);
  walk('recommendation', (r as { recommendation?: unknown }).recommendation);
  return out;
}

function rateFigures(r: Report): Figure[] {
  const out: Figure[] = [];
  const add = (path: string, value: unknown) => { if (value !== null) out.push({ path, value, mayBeNegative: false }); };
  add('loan.annualRate', r.loan.annualRate);
  add('loan.apr', r.loan.apr);
  add('loan.effectiveRate', r.loan.effectiveRate);
  add('caps.termCap', r.caps.termCap);
  add('caps.overdueCap', r.caps.overdueCap);
  if (r.caps.lpr) add('caps.lpr.rate', r.caps.lpr.rate);
  r.caps.lines.forEach((l, i) => add(`caps.lines[${i}].rate`, l.rate));
  add('caps.termTest.apr', r.caps.termTest.apr);
  add('caps.termTest.cap', r.caps.termTest.cap);
  return out;
}

/** LAW.md §6: totalDue is the sum of its six rounded items; payoff = totalDue + principalNotDue + accruedInterest − credit. */
function expectAddsUp(s: StatementJson, label: string) {
  expect(D(s.totalDue).equals(sumOf(STATEMENT_ITEMS.map((k) => s[k]))), `${label}: totalDue = Σ items`).toBe(true);
  expect(D(s.payoff).equals(D(s.totalDue).plus(s.principalNotDue).plus(s.accruedInterest).minus(s.credit)), `${label}: payoff`).toBe(true);
}

describe('the report is well formed', () => {
  it('every money figure matches /^-?\\d+\\.\\d{2}$/ and every rate /^-?\\d+\\.\\d{6,}$/; none is negative but payoff, excess, claimGap (and plan differences); daysOverdue is a whole number ≥ 0', () => {
    fc.assert(
      fc.property(fc.oneof(validCase, validCaseWithExtras), (input) => {
        const r = reportOf(input);
        for (const f of moneyFigures(r)) {
          expect(typeof f.value === 'string' && MONEY.test(f.value), `${f.path} = ${String(f.value)}`).toBe(true);
          if (!f.mayBeNegative) expect((f.value as string).startsWith('-'), `${f.path} = ${String(f.value)} is negative`).toBe(false);
        }
        for (const f of rateFigures(r)) {
          expect(typeof f.value === 'string' && RATE.test(f.value), `${f.path} = ${String(f.value)}`).toBe(true);
          expect((f.value as string).startsWith('-'), `${f.path} = ${String(f.value)} is negative`).toBe(false);
        }
        for (const s of [r.statement, ...(r.caps.supported ? [r.caps.supported.statement] : [])]) {
          expect(Number.isInteger(s.daysOverdue) && s.daysOverdue >= 0, `daysOverdue ${s.daysOverdue}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('statements add up exactly (totalDue = Σ six items; payoff = totalDue + principalNotDue + accruedInterest − credit); excess, claimGap, the overdue verdict and the stage (LAW.md §8) follow from them', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const r = reportOf(input);
        expectAddsUp(r.statement, 'statement');
        expect(r.stage, 'stage from daysOverdue').toBe(stageOf(r.statement.daysOverdue));
        const claim = (input.claim as { amount: string } | undefined)?.amount;
        if (claim === undefined) expect(r.statement.claimGap).toBeUndefined();
        else expect(D(r.statement.claimGap!).equals(D(claim).minus(r.statement.payoff)), 'claimGap = claim − payoff').toBe(true);
        const t = r.caps.overdueTest;
        expect(t.exceeds).toBe(D(t.charged).greaterThan(t.limit));
        const sup = r.caps.supported;
        if (!sup) {
          expect(r.caps.excess).toBeNull();
          return;
        }
        expectAddsUp(sup.statement, 'supported');
        expect(sup.totalDue).toBe(sup.statement.totalDue);
        expect(sup.payoff).toBe(sup.statement.payoff);
        const ex = r.caps.excess!;
        expect(D(ex.totalDue).equals(D(r.statement.totalDue).minus(sup.totalDue)), 'excess.totalDue').toBe(true);
        expect(D(ex.payoff).equals(D(r.statement.payoff).minus(sup.payoff)), 'excess.payoff').toBe(true);
        for (const [k, v] of Object.entries(ex.items)) {
          const key = k as keyof StatementJson;
          expect(D(v).equals(D(r.statement[key] as string).minus(sup.statement[key] as string)), `excess.items.${k}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('overdue stage (LAW.md §8)', () => {
  it('the stage is current at 0 days, early at 1–30, mid at 31–180 and late above 180, on every boundary', () => {
    const boundaries = fc.oneof(fc.constantFrom(0, 1, 29, 30, 31, 32, 179, 180, 181, 182), fc.nat({ max: 5000 }));
    fc.assert(fc.property(boundaries, (days) => {
      expect(overdueStage(days)).toBe(stageOf(days));
    }), { numRuns: RUNS });
  });
});
