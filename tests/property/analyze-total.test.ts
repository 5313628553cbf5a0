/**
 * `analyze` is total (case-format.md, Errors): a case that passes the schema gets a report, and
 * anything else gets field errors, one per problem, each naming the field (or the root) and saying
 * in both languages what would be valid. It never throws and never half-computes.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze, type AnalyzeResult } from '@/lib/analyze';
import { RUNS, TIMEOUT, invalidCase, scrambledCase, validCase, validCaseWithExtras, type Path } from './arbitraries';

function run(input: unknown): AnalyzeResult {
  try {
    return analyze(input);
  } catch (e) {
    throw new Error(`analyze threw ${String(e)}`);
  }
}

/** Every error names a field (or the root, path "" with "(root)" or a whole-file message) and has both languages. */
function expectFieldErrors(r: AnalyzeResult): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.message.zh === 'string' && e.message.zh.trim().length > 0, 'zh message').toBe(true);
    expect(typeof e.message.en === 'string' && e.message.en.trim().length > 0, 'en message').toBe(true);
    if (e.path === '') expect(/\(root\)|case file|JSON/i.test(e.message.en), `root error says so: ${e.message.en}`).toBe(true);
  }
}

/** An error on the mutated field, on a field containing it (a union), or inside it. */
const related = (errorPath: string, mutated: Path) => {
  const m = mutated.map(String).join('.');
  return errorPath === m || errorPath === '' || m.startsWith(`${errorPath}.`) || errorPath.startsWith(`${m}.`);
};

describe('analyze never throws', () => {
  it('every case that passes the schema (all lender kinds, methods, rate units, fees, penalties, late fees, payments, plans) gets a report', () => {
    fc.assert(
      fc.property(fc.oneof(validCase, validCaseWithExtras), (input) => {
        const r = run(input);
        if (!r.ok) throw new Error(`refused a valid case: ${JSON.stringify(r.errors)}`);
        expect(r.report.format).toBe('repayment-report/1');
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('a case broken in one field (missing, number for text, bad date, negative amount, huge string, bad integer, wrong container) gets field errors naming that field, in zh and en', () => {
    fc.assert(
      fc.property(invalidCase, ({ path, input }) => {
        const r = run(input);
        expectFieldErrors(r);
        if (r.ok) return;
        expect(r.errors.some((e) => related(e.path, path)), `an error on ${path.join('.')}: ${JSON.stringify(r.errors.map((e) => e.path))}`).toBe(true);
        for (const e of r.errors) expect(`${e.message.zh}${e.message.en}`).not.toMatch(/undefined|\[object |NaN/);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('any value of any type in any field of a valid case gives a report or field errors, never an exception', () => {
    fc.assert(
      fc.property(scrambledCase, ({ input }) => {
        const r = run(input);
        if (!r.ok) expectFieldErrors(r);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('any value at all in place of the case file gets field errors, never an exception', () => {
    const anyValue = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true }),
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('format', 'asOf', 'loan', 'lender', 'payments', 'overdue'), fc.jsonValue()).map((o) => ({ ...o, format: 'repayment-case/1' })),
    );
    fc.assert(
      fc.property(anyValue, (input) => expectFieldErrors(run(input))),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
