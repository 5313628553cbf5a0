/**
 * `npm run bench`: median wall time of `analyze` on 12-, 60- and 360-instalment cases, and what
 * three plans and a budget add to the 60-instalment case.
 * Budgets: 60 instalments ≤ 2 ms, 360 instalments ≤ 16 ms (issue 2); 3 plans ≤ 1 ms more
 * (issue 3). A benchmark, not a test: it prints figures and flags a budget it misses, but timing
 * never fails CI.
 */
import { performance } from 'node:perf_hooks';
import { analyze } from '../lib/analyze';
import { benchCase } from './bench-case';

const BUDGET_MS: Readonly<Record<number, number | undefined>> = { 60: 2, 360: 16 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median time of `runs` calls of analyze on one case. */
function roundMedian(raw: unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = analyze(raw);
    samples.push(performance.now() - t0);
    if (!r.ok) throw new Error(`bench case is invalid: ${JSON.stringify(r.errors)}`);
  }
  return median(samples);
}

const ROUNDS = 5;

/**
 * The lowest of ROUNDS round medians, after a warm-up round, for each case; the cases' rounds
 * are interleaved, so that a burst of other work on a shared machine (this one is a VM whose host
 * steals time) or a GC pause falls on all of them alike rather than making one look like a
 * regression.
 */
function time(cases: ReadonlyArray<unknown>, runs: number): number[] {
  for (const c of cases) roundMedian(c, runs); // warm up the JIT
  const best = cases.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    cases.forEach((c, i) => (best[i] = Math.min(best[i]!, roundMedian(c, runs))));
  }
  return best;
}

/** The engine alone (issue 2's budgets): the bench case without plans or budget. */
const engineOnly = (months: number): unknown => {
  const c = { ...(benchCase(months) as Record<string, unknown>) };
  delete c.budget;
  delete c.plans;
  return c;
};

const lines: string[] = [];
for (const months of [12, 60, 360]) {
  const [ms] = time([engineOnly(months)], months === 360 ? 60 : 200) as [number];
  const budget = BUDGET_MS[months];
  const verdict = budget === undefined ? '' : ` (budget ${budget} ms) ${ms <= budget ? 'ok' : 'OVER BUDGET'}`;
  lines.push(`analyze, ${String(months).padStart(3)} instalments: median ${ms.toFixed(3)} ms${verdict}`);
}
const [withPlans, alone] = time([benchCase(60), engineOnly(60)], 300) as [number, number];
const extra = withPlans - alone;
lines.push(`3 plans, a budget and the recommendation on 60 instalments add: ${extra.toFixed(3)} ms (budget 1 ms) ${extra <= 1 ? 'ok' : 'OVER BUDGET'}`);
console.log(lines.join('\n'));
