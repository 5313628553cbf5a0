/**
 * Shared arbitraries and helpers for the property suite.
 *
 * `validCase` generates `repayment-case/1` files that pass the schema (shared/case-format.md):
 * every lender kind, method, rate unit and day basis; upfront and per-instalment fees; penalty
 * by multiplier or rate on either base; compound on or off; late fees fixed, percent or once
 * (with and without a date); acceleration; payments including overpayments and payments after
 * the as-of date; a demand; start dates clustered around 2020-08-20 (the private-lending rule
 * change) and as-of dates up to ten years after the start.
 *
 * Loans are kept moderate (terms mostly 1..60 months, a few payments) so 10,000 runs per
 * property stay within the time budget.
 */
import fc from 'fast-check';
import { addMonthsToDay, parseDay } from '@/lib/calendar';
import { Decimal } from '@/lib/decimal';
import { analyze } from '@/lib/analyze';
import { parseCase } from '@/lib/case/parse-case';
import { toCase } from '@/lib/case/to-case';
import type { LoanCase } from '@/lib/case/types';
import { buildSchedule } from '@/lib/finance/build-schedule';
import type { Schedule } from '@/lib/finance/instalment';
import { runStatement } from '@/lib/finance/run-statement';
import type { StatementRun } from '@/lib/finance/statement-types';
import { trueCost, type TrueCost } from '@/lib/finance/true-cost';
import { capsFor, type Caps } from '@/lib/law/cap-lines';
import { DEFAULT_LPR } from '@/lib/law/lpr';
import { regimeFor } from '@/lib/law/regime';
import { assess, statementTerms } from '@/lib/law/assess';
import { termTest, type TermTest } from '@/lib/law/term-test';
import type { Report } from '@/lib/report/types';

/** Runs per property: FC_RUNS, 10,000 by default. */
export const RUNS = Number(process.env.FC_RUNS ?? 10000);
/** Per-test timeout: generous, since a failing property also spends time shrinking. */
export const TIMEOUT = 900_000;

export type Json = Record<string, unknown>;

// ───────────────────────────── formatting ─────────────────────────────

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string): number => parseDay(iso)!;
export const iso = (d: number): string => new Date(d * MS_PER_DAY).toISOString().slice(0, 10);

/** Money from whole fen: "123.45", or the shorter "123" / "123.4" forms the schema also accepts. */
export function moneyOf(fen: number, compact = false): string {
  const s = (BigInt(fen) / 100n).toString() + '.' + (BigInt(fen) % 100n).toString().padStart(2, '0');
  if (!compact) return s;
  return s.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

/** A percent string from millionths of a percent: 1_500_000 → "1.5". */
export function percentOf(micro: number): string {
  const int = Math.floor(micro / 1e6);
  const frac = String(micro % 1e6).padStart(6, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : String(int);
}

// ───────────────────────────── pieces ─────────────────────────────

const RULE_CHANGE = dayOf('2020-08-20');
const startDay = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: RULE_CHANGE - 400, max: RULE_CHANGE + 400 }) },
  { weight: 1, arbitrary: fc.integer({ min: RULE_CHANGE - 30, max: RULE_CHANGE + 30 }) },
  { weight: 3, arbitrary: fc.integer({ min: dayOf('2008-01-01'), max: dayOf('2032-12-31') }) },
);

const principalFen = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 10_000, max: 100_000_000 }) }, // 100 .. 1,000,000 yuan
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 10_000 }) }, // 0.01 .. 100 yuan
  { weight: 1, arbitrary: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) }, // up to the 12-digit limit (≈ 9e13 fen)
).map((f) => Math.min(f, 99_999_999_999_999)); // 999,999,999,999.99: the schema's 12 integer digits

/** Mostly 1..60 months; about 3% up to 360 (long equal-principal loans are the engine's slowest). */
const termMonths = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 61, max: 360 }) },
);

type Per = 'day' | 'month' | 'year';
/** A rate in micro-percent within the schema's ceilings (10%/day, 100%/month, 1000%/year). */
export const rateArb = fc.oneof(
  // Below and above the caps in about equal measure (24%; 4 × LPR ≈ 12–17%), then the extremes.
  { weight: 4, arbitrary: fc.record({ per: fc.constant<Per>('year'), micro: fc.integer({ min: 0, max: 36_000_000 }) }) },
  { weight: 2, arbitrary: fc.record({ per: fc.constant<Per>('month'), micro: fc.integer({ min: 0, max: 3_000_000 }) }) },
  { weight: 2, arbitrary: fc.record({ per: fc.constant<Per>('day'), micro: fc.integer({ min: 0, max: 100_000 }) }) },
  { weight: 1, arbitrary: fc.record({ per: fc.constant<Per>('year'), micro: fc.integer({ min: 0, max: 1_000_000_000 }) }) },
  { weight: 1, arbitrary: fc.record({ per: fc.constant<Per>('month'), micro: fc.integer({ min: 0, max: 100_000_000 }) }) },
  { weight: 1, arbitrary: fc.record({ per: fc.constant<Per>('day'), micro: fc.integer({ min: 0, max: 10_000_000 }) }) },
).map(({ per, micro }) => ({ value: percentOf(micro), per }));

const shortName = fc.string({ maxLength: 12 });
const methodArb = fc.constantFrom('equal-payment', 'equal-principal', 'interest-first', 'bullet', 'flat');
const kindArb = fc.constantFrom('licensed', 'private', 'unlicensed-professional');

const feeSpec = fc.record({ name: shortName, when: fc.constantFrom('upfront', 'each-instalment'), permille: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 600 })), compact: fc.boolean() });

const penaltySpec = fc.oneof(
  fc.record({ multiplier: fc.oneof(fc.constantFrom('1', '1.5', '2', '0'), fc.integer({ min: 0, max: 99_999_999 }).map((m) => percentOf(m))) }),
  fc.record({ rate: rateArb }),
);

const lateFeeSpec = fc.oneof(
  fc.record({ kind: fc.constant('fixed' as const), name: shortName, fen: fc.integer({ min: 0, max: 200_000 }) }),
  fc.record({ kind: fc.constant('percent' as const), name: shortName, micro: fc.integer({ min: 0, max: 100_000_000 }) }),
  fc.record({ kind: fc.constant('once' as const), name: shortName, fen: fc.integer({ min: 0, max: 500_000 }), dateOffset: fc.option(fc.integer({ min: 1, max: 2_000 }), { nil: undefined }) }),
);

const paymentSpec = fc.record({
  /** Where the payment falls, in thousandths of the span start → asOf (above 1000: after asOf). */
  at: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }) }, { weight: 1, arbitrary: fc.integer({ min: 1001, max: 1500 }) }),
  amount: fc.oneof(
    fc.record({ mode: fc.constant('instalment' as const), permille: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ mode: fc.constant('fixed' as const), fen: fc.integer({ min: 1, max: 10_000_000 }) }),
    fc.record({ mode: fc.constant('over' as const), permille: fc.integer({ min: 1000, max: 3000 }) }),
  ),
});

const asOfSpec = fc.oneof(
  { weight: 3, arbitrary: fc.record({ mode: fc.constant('days' as const), days: fc.integer({ min: 0, max: 800 }) }) },
  { weight: 2, arbitrary: fc.record({ mode: fc.constant('days' as const), days: fc.integer({ min: 0, max: 3652 }) }) },
  // On a due date, the day before or the day after: the boundaries LAW.md §3 and §6 care about.
  { weight: 2, arbitrary: fc.record({ mode: fc.constant('due' as const), k: fc.integer({ min: 1, max: 70 }), delta: fc.integer({ min: -1, max: 1 }) }) },
);

/** The parts a valid case is built from: offsets rather than absolute dates, so every draw is valid. */
export const caseSpec = fc.record({
  kind: kindArb,
  lenderName: shortName,
  contractNo: fc.option(shortName, { nil: undefined }),
  start: startDay,
  contractOffset: fc.option(fc.integer({ min: -90, max: 90 }), { nil: undefined }),
  asOf: asOfSpec,
  filingOffset: fc.option(fc.integer({ min: -1500, max: 800 }), { nil: undefined }),
  // An entered LPR is more than 0 and at most 20% (cross-checks.ts): here up to 10%.
  lprOverride: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 10_000_000 }) }),
  dayCount: fc.option(fc.constantFrom(360 as const, 365 as const), { nil: undefined }),
  capDayCount: fc.option(fc.constantFrom(360 as const, 365 as const), { nil: undefined }),
  principal: principalFen,
  compactMoney: fc.boolean(),
  termMonths,
  firstDueOffset: fc.option(fc.integer({ min: 1, max: 62 }), { nil: undefined }),
  rate: rateArb,
  method: methodArb,
  fees: fc.option(fc.array(feeSpec, { maxLength: 3 }), { nil: undefined }),
  overdue: fc.option(
    fc.record({
      penalty: fc.option(penaltySpec, { nil: undefined }),
      penaltyBase: fc.option(fc.constantFrom('overdue-principal', 'outstanding-principal'), { nil: undefined }),
      compound: fc.option(fc.boolean(), { nil: undefined }),
      lateFees: fc.option(fc.array(lateFeeSpec, { maxLength: 3 }), { nil: undefined }),
      accelerated: fc.option(fc.record({ k: fc.integer({ min: 0, max: 62 }), delta: fc.integer({ min: -5, max: 20 }) }), { nil: undefined }),
    }),
    { nil: undefined, freq: 5 },
  ),
  payments: fc.option(fc.array(paymentSpec, { maxLength: 4 }), { nil: undefined, freq: 6 }),
  claim: fc.option(fc.record({ fen: fc.integer({ min: 0, max: 200_000_000 }), dateOffset: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }), source: fc.option(shortName, { nil: undefined }) }), { nil: undefined }),
});
export type CaseSpec = typeof caseSpec extends fc.Arbitrary<infer T> ? T : never;

/** Turns a spec into a case file. Every constraint of the schema and its cross-checks is met by construction. */
export function caseFromSpec(s: CaseSpec): Json {
  const money = (fen: number) => moneyOf(fen, s.compactMoney);
  const start = s.start;
  const firstDue = s.firstDueOffset !== undefined ? start + s.firstDueOffset : undefined;
  const dueOf = (k: number) => (firstDue !== undefined ? addMonthsToDay(firstDue, k - 1) : addMonthsToDay(start, k));
  const asOf = s.asOf.mode === 'days' ? start + s.asOf.days : Math.max(start, dueOf(s.asOf.k) + s.asOf.delta);
  const span = asOf - start;

  // Upfront fees must stay below the principal (cross-check `upfront-exceeds-principal`).
  let upfrontLeft = s.principal - 1;
  const fees = s.fees?.map((f) => {
    let fen = Math.floor((s.principal * f.permille) / 1000 / (f.when === 'upfront' ? 1 : 20));
    if (f.when === 'upfront') { fen = Math.max(0, Math.min(fen, upfrontLeft)); upfrontLeft -= fen; }
    return { name: f.name, amount: moneyOf(fen, f.compact), when: f.when };
  });

  const o = s.overdue;
  const overdue = o && {
    ...(o.penalty !== undefined && { penalty: 'rate' in o.penalty ? { rate: o.penalty.rate } : { multiplier: o.penalty.multiplier } }),
    ...(o.penaltyBase !== undefined && { penaltyBase: o.penaltyBase }),
    ...(o.compound !== undefined && { compound: o.compound }),
    ...(o.lateFees !== undefined && {
      lateFees: o.lateFees.map((f) =>
        f.kind === 'fixed' ? { name: f.name, amount: money(f.fen), per: 'overdue-instalment' }
          : f.kind === 'percent' ? { name: f.name, percent: percentOf(f.micro), per: 'overdue-instalment' }
            : { name: f.name, amount: money(f.fen), per: 'once', ...(f.dateOffset !== undefined && { date: iso(start + f.dateOffset) }) }),
    }),
    ...(o.accelerated !== undefined && { acceleratedOn: iso(Math.max(start + 1, (o.accelerated.k === 0 ? start : dueOf(o.accelerated.k)) + o.accelerated.delta)) }),
  };

  const payments = s.payments?.map((p) => {
    const fen = p.amount.mode === 'fixed' ? p.amount.fen : Math.max(1, Math.floor((s.principal * p.amount.permille) / 1000));
    return { date: iso(start + Math.round((span * p.at) / 1000) + (p.at > 1000 ? 1 : 0)), amount: money(Math.min(fen, 99_999_999_999_999)) };
  });

  // A contract is formed by the as-of date, and a suit filed on or after it (cross-checks.ts).
  const contractDay = Math.min(start + (s.contractOffset ?? 0), asOf);
  return {
    format: 'repayment-case/1',
    asOf: iso(asOf),
    // A suit is filed on or after the contract date (cross-checks.ts, filing-before-contract).
    ...(s.filingOffset !== undefined && { filingDate: iso(Math.max(asOf + s.filingOffset, contractDay)) }),
    ...(s.dayCount !== undefined && { dayCount: s.dayCount }),
    ...(s.capDayCount !== undefined && { capDayCount: s.capDayCount }),
    ...(s.lprOverride !== undefined && { lprOverride: percentOf(s.lprOverride) }),
    lender: { name: s.lenderName, kind: s.kind, ...(s.contractNo !== undefined && { contractNo: s.contractNo }) },
    loan: {
      principal: money(s.principal),
      startDate: iso(start),
      ...(s.contractOffset !== undefined && { contractDate: iso(contractDay) }),
      termMonths: s.termMonths,
      ...(firstDue !== undefined && { firstDueDate: iso(firstDue) }),
      rate: s.rate,
      method: s.method,
      ...(fees !== undefined && { fees }),
    },
    ...(overdue !== undefined && { overdue }),
    ...(payments !== undefined && { payments }),
    ...(s.claim !== undefined && {
      claim: {
        amount: money(s.claim.fen),
        // A demand is dated on or after the start (cross-checks.ts).
        ...(s.claim.dateOffset !== undefined && { date: iso(Math.max(asOf + s.claim.dateOffset, start)) }),
        ...(s.claim.source !== undefined && { source: s.claim.source }),
      },
    }),
  };
}

/** A valid case file. */
export const validCase: fc.Arbitrary<Json> = caseSpec.map(caseFromSpec);

/** Optional parts the engine reads only for plans and letters: borrower, budget, plans, letter. */
const extrasArb = fc.record({
  borrower: fc.option(fc.record({ name: shortName, phone: fc.string({ maxLength: 15 }), address: shortName, idLast4: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }), { nil: undefined }),
  budget: fc.option(fc.record({
    income: fc.integer({ min: 0, max: 10_000_000 }).map((f) => moneyOf(f)),
    essentials: fc.integer({ min: 0, max: 10_000_000 }).map((f) => moneyOf(f)),
    otherDebts: fc.option(fc.integer({ min: 0, max: 1_000_000 }).map((f) => moneyOf(f)), { nil: undefined }),
    savings: fc.option(fc.integer({ min: 0, max: 10_000_000 }).map((f) => moneyOf(f)), { nil: undefined }),
    dependants: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    items: fc.option(fc.array(fc.record({ name: shortName, amount: fc.integer({ min: 0, max: 1_000_000 }).map((f) => moneyOf(f)), kind: fc.constantFrom('fixed', 'flexible') }), { maxLength: 3 }), { nil: undefined }),
  }), { nil: undefined }),
  plans: fc.option(fc.array(fc.oneof(
    fc.record({ kind: fc.constant('instalments'), base: fc.constantFrom('supported', 'claimed', '5000.00'), months: fc.integer({ min: 1, max: 360 }), firstDate: fc.constant('2027-01-10'), downPayment: fc.constant('0'), annualRate: fc.constantFrom('0', '6') }),
    fc.record({ kind: fc.constant('deferral'), base: fc.constantFrom('supported', 'claimed'), graceMonths: fc.integer({ min: 1, max: 60 }), graceInterest: fc.constantFrom('capitalise', 'with-first'), months: fc.integer({ min: 1, max: 360 }), firstDate: fc.constant('2027-03-10') }),
    fc.record({ kind: fc.constant('settlement'), base: fc.constantFrom('supported', 'claimed'), amount: fc.constant('9000.00'), date: fc.constant('2026-12-31') }),
  ), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  letter: fc.option(fc.record({ language: fc.constantFrom('zh', 'en'), hardship: shortName, requests: fc.subarray(['stop-third-party-contact', 'waive-penalties', 'written-confirmation', 'send-statement']) }, { requiredKeys: [] }), { nil: undefined }),
});

/** A valid case with the optional borrower, budget, plans and letter sections too. */
export const validCaseWithExtras: fc.Arbitrary<Json> = fc.tuple(validCase, extrasArb).map(([c, e]) => {
  const out: Json = { ...c };
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  const plans = e.plans;
  if (plans && e.letter) out.letter = { ...e.letter, planIndex: plans.length - 1 };
  return out;
});

// ───────────────────────────── running the engine ─────────────────────────────

/** analyze() on a case known to be valid; fails loudly with the field errors otherwise. */
export function reportOf(input: unknown): Report {
  const r = analyze(input);
  if (!r.ok) throw new Error(`generator produced an invalid case: ${JSON.stringify(r.errors)}\n${JSON.stringify(input)}`);
  return r.report;
}

/** The engine's types for a valid case file. */
export function loanCaseOf(input: unknown): LoanCase {
  const parsed = parseCase(input);
  if (!parsed.ok) throw new Error(`generator produced an invalid case: ${JSON.stringify(parsed.errors)}`);
  return toCase(parsed.file);
}

export interface EngineRuns {
  readonly c: LoanCase;
  readonly legalPrincipal: Decimal;
  readonly contract: Schedule;
  readonly cost: TrueCost | undefined;
  readonly claimed: StatementRun;
  readonly caps: Caps;
  readonly term: TermTest;
  /** The supported schedule and its statement run (before capping); undefined for void or unavailable estimates. */
  readonly supportedSchedule?: Schedule;
  readonly supported?: StatementRun;
}

/** Recomputes the engine's intermediate runs with the same lib functions analyze() composes. */
export function engineRuns(input: unknown): EngineRuns {
  const c = loanCaseOf(input);
  const legalPrincipal = c.loan.principal.minus(c.loan.upfrontFees);
  const contract = buildSchedule({ ...c.loan, dayCount: c.dayCount });
  const cost = trueCost(legalPrincipal, contract, c.loan.startDate, c.loan.method === 'bullet', c.dayCount);
  const claimed = runStatement({ ...statementTerms(c), schedule: contract });
  const regime = regimeFor(c.lender.kind, c.loan.contractDate);
  const caps = capsFor(regime, c.loan.contractDate, c.filingDate, DEFAULT_LPR, c.lprOverride);
  const term = termTest(cost?.apr, caps, c.loan.startDate, contract[contract.length - 1]!.dueDate);
  const base = { c, legalPrincipal, contract, cost, claimed, caps, term };
  if (regime === 'void') return base;
  // The schedule the assessment settled on: the re-amortised one, or the contract's own when the
  // re-amortised payoff would exceed the contract's (lib/law/assess.ts).
  const schedule = assess({ c, contract, claimed, cost, legalPrincipal, lpr: DEFAULT_LPR }).supportedSchedule;
  if (!schedule) return base;
  return { ...base, supportedSchedule: schedule, supported: runStatement({ ...statementTerms(c), schedule }) };
}

// ───────────────────────────── Decimal helpers ─────────────────────────────

export const D = (s: string | number | Decimal): Decimal => new Decimal(s);
export const sumOf = (xs: ReadonlyArray<string | Decimal>): Decimal => xs.reduce<Decimal>((a, x) => a.plus(x), D(0));

export const STATEMENT_ITEMS = ['principalOverdue', 'interestOverdue', 'feesOverdue', 'penaltyInterest', 'compoundInterest', 'lateFees'] as const;
export const CHARGE_ITEMS = ['penaltyInterest', 'compoundInterest', 'lateFees'] as const;

// ───────────────────────────── invalid input ─────────────────────────────

export type Path = ReadonlyArray<string | number>;

/** Every node of a JSON value with its path (the root excluded). */
export function nodesOf(value: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  const out: Array<{ path: Path; value: unknown }> = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push({ path: [...path, i], value: v }, ...nodesOf(v, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push({ path: [...path, k], value: v }, ...nodesOf(v, [...path, k]));
  }
  return out;
}

/** A deep copy with the node at `path` replaced (or deleted when `remove`). */
export function withNode(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

const lastKey = (p: Path) => p[p.length - 1];
const DATE_KEYS = new Set(['asOf', 'filingDate', 'startDate', 'contractDate', 'firstDueDate', 'date', 'acceleratedOn', 'firstDate', 'incomeResumes']);
const AMOUNT_KEYS = new Set(['principal', 'amount', 'value', 'percent', 'lprOverride', 'multiplier', 'income', 'incomeNow', 'essentials', 'otherDebts', 'savings', 'downPayment', 'annualRate', 'graceAnnualRate']);
const INTEGER_KEYS = new Set(['termMonths', 'dayCount', 'capDayCount', 'dependants', 'months', 'graceMonths', 'planIndex']);
/** Fields that must be present wherever their parent is. */
const REQUIRED = [
  'format', 'asOf', 'lender', 'lender.name', 'lender.kind', 'loan', 'loan.principal', 'loan.startDate', 'loan.termMonths',
  'loan.rate', 'loan.rate.value', 'loan.rate.per', 'loan.method',
  'loan.fees.#.name', 'loan.fees.#.amount', 'loan.fees.#.when', 'overdue.lateFees.#.name', 'overdue.lateFees.#.per',
  'overdue.penalty.rate.value', 'overdue.penalty.rate.per', 'payments.#.date', 'payments.#.amount', 'claim.amount',
  'budget.income', 'budget.essentials', 'plans.#.kind', 'plans.#.base', 'plans.#.months', 'plans.#.firstDate', 'plans.#.amount', 'plans.#.date', 'plans.#.graceMonths',
];
const pattern = (p: Path) => p.map((k) => (typeof k === 'number' ? '#' : k)).join('.');

export const BAD_DATES = ['2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-1-5', '20250105', '2025/01/05', '1979-12-31', '2101-01-01', '0000-00-00', '', ' 2025-01-05', '2025-01-05T00:00:00Z'];

export interface Mutation {
  readonly kind: string;
  readonly path: Path;
  readonly input: unknown;
}

/**
 * A valid case broken in one field so that it is certainly invalid: a required field removed, a
 * number where text is expected, an impossible date, a negative amount, a huge string, an integer
 * out of range or a container of the wrong type.
 */
export const invalidCase: fc.Arbitrary<Mutation> = validCaseWithExtras.chain((c) => {
  const nodes = nodesOf(c);
  const strings = nodes.filter((n) => typeof n.value === 'string');
  const options: Array<fc.Arbitrary<Mutation>> = [];
  const pick = <T>(xs: ReadonlyArray<T>) => fc.constantFrom(...xs);
  const required = nodes.filter((n) => REQUIRED.includes(pattern(n.path)));
  if (required.length) options.push(pick(required).map((n) => ({ kind: 'missing', path: n.path, input: withNode(c, n.path, undefined, true) })));
  if (strings.length) {
    options.push(fc.tuple(pick(strings), fc.constantFrom(0, 12000, 12000.5, -1, 1e21)).map(([n, x]) => ({ kind: 'number-for-text', path: n.path, input: withNode(c, n.path, x) })));
    options.push(fc.tuple(pick(strings), fc.integer({ min: 2001, max: 100_000 }), fc.constantFrom('x', '9', '中')).map(([n, len, ch]) => ({ kind: 'huge-string', path: n.path, input: withNode(c, n.path, ch.repeat(len)) })));
  }
  const dates = strings.filter((n) => DATE_KEYS.has(String(lastKey(n.path))));
  if (dates.length) options.push(fc.tuple(pick(dates), pick(BAD_DATES)).map(([n, d]) => ({ kind: 'bad-date', path: n.path, input: withNode(c, n.path, d) })));
  const amounts = strings.filter((n) => AMOUNT_KEYS.has(String(lastKey(n.path))) && /^\d/.test(n.value as string));
  if (amounts.length) options.push(fc.tuple(pick(amounts), fc.constantFrom('-', '−', '+')).map(([n, sign]) => ({ kind: 'negative-amount', path: n.path, input: withNode(c, n.path, sign + (n.value as string)) })));
  const integers = nodes.filter((n) => INTEGER_KEYS.has(String(lastKey(n.path))) && typeof n.value === 'number');
  if (integers.length) options.push(fc.tuple(pick(integers), fc.constantFrom(-1, 0.5, 1e9, Number.NaN, Number.POSITIVE_INFINITY, '12', null)).map(([n, x]) => ({ kind: 'bad-integer', path: n.path, input: withNode(c, n.path, x) })));
  const containers = nodes.filter((n) => n.value !== null && typeof n.value === 'object');
  if (containers.length) options.push(fc.tuple(pick(containers), fc.constantFrom(null, 42, 'x', true)).map(([n, x]) => ({ kind: 'wrong-container', path: n.path, input: withNode(c, n.path, x) })));
  return fc.oneof(...options);
});

/** A valid case with any value (of any type) in one of its fields: valid or not, never a crash. */
export const scrambledCase: fc.Arbitrary<Mutation> = validCaseWithExtras.chain((c) => {
  const nodes = nodesOf(c);
  return fc.tuple(fc.constantFrom(...nodes), fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withObjectString: true, withUnicodeString: true }))
    .map(([n, x]) => ({ kind: 'anything', path: n.path, input: withNode(c, n.path, x) }));
});

/** Like scrambledCase but with a JSON value, so the input survives structuredClone unchanged. */
export const jsonScrambledCase: fc.Arbitrary<unknown> = validCaseWithExtras.chain((c) =>
  fc.tuple(fc.constantFrom(...nodesOf(c)), fc.jsonValue()).map(([n, x]) => withNode(c, n.path, x)));
