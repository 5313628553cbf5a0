/**
 * Small helpers for the worked examples: build a minimal case, run `analyze`, read figures.
 * Every expected figure in tests/worked was derived by hand from LAW.md and re-checked with the
 * independent Python reference in scripts/reference/ (never from lib/).
 */
import { expect } from 'vitest';
import { analyze } from '@/lib/analyze';

// The report is checked field by field against case-format.md, so it is read loosely here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Report = any;
export type Json = Record<string, unknown>;

export interface CaseParts {
  readonly asOf: string;
  readonly loan: Json;
  readonly lender?: Json;
  readonly overdue?: Json;
  readonly payments?: ReadonlyArray<{ date: string; amount: string }>;
  readonly dayCount?: 360 | 365;
  readonly capDayCount?: 360 | 365;
  readonly filingDate?: string;
  readonly claim?: Json;
  readonly budget?: Json;
}

/** A valid "repayment-case/1" object; the lender is licensed unless said otherwise. */
export function makeCase(parts: CaseParts): Json {
  const { lender, payments, ...rest } = parts;
  return {
    format: 'repayment-case/1',
    lender: lender ?? { name: '某持牌机构', kind: 'licensed' },
    payments: payments ?? [],
    ...rest,
  };
}

/** Runs the engine and returns the report, failing the test with the errors if it refused. */
export function reportOf(input: Json): Report {
  const r = analyze(input) as { ok: boolean; report?: Report; errors?: unknown };
  if (!r.ok) throw new Error(`analyze refused the case: ${JSON.stringify(r.errors)}`);
  return r.report;
}

/** Rates are compared rounded to 6 decimals (never used for money). */
export function rate6(x: unknown): string {
  return Number(x).toFixed(6);
}

/** Sum of money strings, in integer fen so no float error creeps in. */
export function sumFen(xs: ReadonlyArray<string>): string {
  const fen = xs.reduce((a, x) => a + Math.round(Number(x) * 100), 0);
  return (fen / 100).toFixed(2);
}

/** Asserts every field present in `expected` (a partial report) equals the report's. */
export function expectPartial(actual: Report, expected: unknown, path = 'report'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expected.forEach((e, i) => expectPartial(actual[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    for (const [k, v] of Object.entries(expected)) expectPartial(actual?.[k], v, `${path}.${k}`);
  } else if (typeof expected === 'string' && /(apr|[rR]ate|[cC]ap)$/.test(path)) {
    expect(rate6(actual), path).toBe(rate6(expected));
  } else {
    expect(actual, path).toBe(expected);
  }
}
