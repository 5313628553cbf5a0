import type { Decimal } from '../decimal';
import { formatDay, type Day } from '../calendar';
import type { Schedule } from '../finance/instalment';
import type { Statement } from '../finance/statement-types';
import type { Assessment } from '../law/assess';
import type { Stage } from '../finance/stage';
import type { TrueCost } from '../finance/true-cost';
import type { Warning } from '../law/warnings';
import { isComputed } from '../plans/compute-plan';
import type { SizedPlans } from '../plans/size-plans';
import { money, rate } from './format';
import { budgetJson, planJson, recommendationJson } from './plan-json';
import type { Report, ScheduleRow, StatementJson } from './types';

export interface ReportParts {
  readonly asOf: number;
  readonly legalPrincipal: Decimal;
  readonly annualRate: Decimal;
  readonly cost: TrueCost | undefined;
  readonly contract: Schedule;
  readonly statement: Statement;
  readonly claimAmount?: Decimal;
  readonly assessment: Assessment;
  readonly stage: Stage;
  readonly sized: SizedPlans;
  readonly warnings: ReadonlyArray<Warning>;
}

/** Plan warnings that the report lists too (case-format.md names plan-over-60-months), with the plan's index. */
function planWarnings(sized: SizedPlans) {
  return sized.plans.flatMap((p, plan) => (isComputed(p) ? p.warnings.filter((w) => w.id === 'plan-over-60-months').map((w) => ({ ...w, plan })) : []));
}

const ITEMS = ['principalOverdue', 'interestOverdue', 'feesOverdue', 'penaltyInterest', 'compoundInterest', 'lateFees', 'credit', 'totalDue', 'principalNotDue', 'accruedInterest', 'payoff'] as const;

/** money(x), written again only when x is another Decimal than last time. */
function moneyOfLast(): (x: Decimal) => string {
  let last: Decimal | undefined;
  let text = '';
  return (x) => {
    if (x !== last) {
      last = x;
      text = money(x);
    }
    return text;
  };
}

/**
 * A schedule's rows at the edge. A report writes hundreds of rows, twice when there is a
 * supported schedule, so what repeats is written once: the fee (every row charges the same
 * one), the level payment (one Decimal for all its rows, lib/finance/build-schedule.ts) and the
 * due dates (`dates`, shared with the other schedule, which has the same dates).
 */
export function scheduleJson(s: Schedule, dates = new Map<Day, string>()): ScheduleRow[] {
  const fee = moneyOfLast();
  const payment = moneyOfLast();
  return s.map((r) => {
    let dueDate = dates.get(r.dueDate);
    if (dueDate === undefined) {
      dueDate = formatDay(r.dueDate);
      dates.set(r.dueDate, dueDate);
    }
    return { n: r.n, dueDate, principal: money(r.principal), interest: money(r.interest), fee: fee(r.fee), payment: payment(r.payment) };
  });
}

function statementJson(s: Statement, claimAmount?: Decimal): StatementJson {
  const items = Object.fromEntries(ITEMS.map((k) => [k, money(s[k])])) as Record<(typeof ITEMS)[number], string>;
  return { daysOverdue: s.daysOverdue, ...items, ...(claimAmount && { claimGap: money(claimAmount.minus(s.payoff)) }) };
}

/** Serialises the engine's results into `repayment-report/1`: the only place Decimals become strings. */
export function buildReport(p: ReportParts): Report {
  const a = p.assessment;
  const supported = a.supported;
  const dates = new Map<Day, string>();
  return {
    format: 'repayment-report/1',
    asOf: formatDay(p.asOf),
    loan: {
      legalPrincipal: money(p.legalPrincipal),
      annualRate: rate(p.annualRate),
      apr: p.cost ? rate(p.cost.apr) : null,
      effectiveRate: p.cost ? rate(p.cost.effectiveRate) : null,
    },
    schedule: scheduleJson(p.contract, dates),
    statement: statementJson(p.statement, p.claimAmount),
    caps: {
      regime: a.caps.regime,
      termCap: rate(a.caps.termCap),
      overdueCap: rate(a.caps.overdueCap),
      ...(a.caps.lpr && { lpr: { rate: rate(a.caps.lpr.rate), date: formatDay(a.caps.lpr.on), unconfirmed: a.caps.lpr.unconfirmed, entered: a.caps.lpr.entered } }),
      lines: a.caps.lines.map((l) => ({ id: l.id, rate: rate(l.rate), decisive: l.decisive, label: l.label, citation: l.citation })),
      termTest: { apr: a.term.apr ? rate(a.term.apr) : null, cap: rate(a.term.cap), exceeds: a.term.exceeds },
      overdueTest: { charged: money(a.overdue.charged), limit: money(a.overdue.limit), exceeds: a.overdue.exceeds },
      supported: supported
        ? { totalDue: money(supported.totalDue), payoff: money(supported.payoff), statement: statementJson(supported), ...(a.supportedSchedule && a.supportedSchedule !== p.contract && { schedule: scheduleJson(a.supportedSchedule, dates) }) }
        : null,
      excess: supported
        ? {
          totalDue: money(p.statement.totalDue.minus(supported.totalDue)),
          payoff: money(p.statement.payoff.minus(supported.payoff)),
          items: Object.fromEntries(ITEMS.map((k) => [k, money(p.statement[k].minus(supported[k]))])),
        }
        : null,
      findings: a.findings,
    },
    stage: p.stage,
    plans: p.sized.plans.map(planJson),
    ...(p.sized.budget && { budget: budgetJson(p.sized.budget) }),
    ...(p.sized.recommendation && { recommendation: recommendationJson(p.sized.recommendation) }),
    warnings: [...p.warnings, ...planWarnings(p.sized)],
  };
}
