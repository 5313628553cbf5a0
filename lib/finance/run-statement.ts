import { Decimal, ZERO, isPositive, sum, toFen, toPlaces } from '../decimal';
import type { Day } from '../calendar';
import type { LateFee } from '../case/types';
import { Debt, type Component } from './debt';
import type { Instalment } from './instalment';
import type { PenaltySegment, StatementRun, StatementTerms } from './statement-types';
import { summariseStatement } from './summarise-statement';

/**
 * What is owed as of a date, as the lender computes it (LAW.md §6), by walking the calendar
 * from one event to the next: due dates, the acceleration date, one-off fees, payments, asOf.
 *
 * On each event day E, in this order: penalty on the outstanding-principal base accrues up to E;
 * debts fall due (instalments, then the accelerated balance, then one-off fees) and take any
 * credit; payments dated E are set against the oldest debts; at the end of E (if E < asOf) late
 * fees are charged on instalments due E and still unpaid. Penalty and compound interest on a
 * debt's own balance accrue lazily: its balance only changes when a payment reaches it.
 */
/**
 * Accruing penalty and compound interest keep 20 decimal places (LAW.md §3: full precision, at
 * least 28 significant digits, until reported). A fixed scale keeps every later sum and
 * difference exact within the 40-digit Decimal, so money is conserved to the last digit:
 * payments = what they paid + credit, exactly.
 */
const ACCRUAL_PLACES = 20;

/**
 * What `days` days of accrual on a base come to: base × daily × days at ACCRUAL_PLACES. Worked out
 * once per base (base × daily) and once per number of days on it: a loan long in default accrues
 * on the same outstanding principal from one event to the next, over the same few gaps (a month,
 * the day after a due date), and the same operations give the same digits.
 */
function accrualOn(daily: Decimal): (base: Decimal, days: number) => Decimal {
  let last: Decimal | undefined;
  let perDay = ZERO;
  const byDays = new Map<number, Decimal>();
  return (base, days) => {
    if (base !== last) {
      last = base;
      perDay = base.times(daily);
      byDays.clear();
    }
    let amount = byDays.get(days);
    if (amount === undefined) {
      amount = toPlaces(perDay.times(days), ACCRUAL_PLACES);
      byDays.set(days, amount);
    }
    return amount;
  };
}

export function runStatement(t: StatementTerms): StatementRun {
  const T = t.asOf;
  const schedule = t.schedule;
  const first = schedule[0];
  if (!first) throw new Error('runStatement: empty schedule');
  const daily = t.penaltyAnnualRate.dividedBy(t.dayCount);
  const outstandingBase = t.penaltyBase === 'outstanding-principal';
  const A = t.acceleratedOn !== undefined && t.acceleratedOn <= T ? t.acceleratedOn : undefined;
  const payments = t.payments.filter((p) => p.date <= T);
  const perInstalmentFees = t.lateFees.filter((f) => f.per === 'overdue-instalment');
  const undatedOnce = t.lateFees.filter((f) => f.per === 'once' && f.date === undefined);
  const datedOnce = t.lateFees.filter((f) => f.per === 'once' && f.date !== undefined && f.date <= T);

  const events = new Set<Day>([first.periodStart, T]);
  for (const s of schedule) if (s.dueDate <= T) events.add(s.dueDate);
  if (undatedOnce.length) for (const s of schedule) if (s.dueDate + 1 <= T) events.add(s.dueDate + 1);
  if (A !== undefined) events.add(A);
  for (const p of payments) events.add(p.date);
  for (const f of datedOnce) events.add(f.date!);
  const days = [...events].filter((d) => d >= first.periodStart).sort((a, b) => a - b);

  const due: Debt[] = [];
  let head = 0;
  let next = 0; // index of the first instalment not yet due
  let accelerated = false;
  let credit = ZERO;
  let outstanding = sum(schedule.map((s) => s.principal));
  // Penalty and compound interest accrue on a base that stays the same Decimal from one event to
  // the next until a payment reaches it: what it accrues over a gap is worked out once (accrualOn).
  // One memo for each base: the outstanding principal, a debt's unpaid principal, its unpaid
  // interest.
  const onOutstanding = accrualOn(daily);
  const onPrincipal = accrualOn(daily);
  const onInterest = accrualOn(daily);
  const segments: PenaltySegment[] = [];
  let penaltyDays = 0;
  const penaltyDaysAt = new Map<Day, number>();
  let last = first.periodStart;
  let onceTriggeredOn: Day | undefined;
  let paymentIndex = 0; // payments are in date order and every payment date is an event

  const add = (d: Debt, c: Component, x: Decimal) => d.charge(c, x);
  const settle = (d: Debt, amount: Decimal): Decimal => {
    const before = d.paid.principal;
    const left = d.pay(amount);
    if (d.paid.principal !== before) outstanding = outstanding.minus(d.paid.principal.minus(before));
    return left;
  };
  const accrue = (d: Debt, to: Day) => {
    const n = to - d.accruedTo;
    if (n <= 0) return;
    if (d.settled) {
      d.accruedTo = to; // nothing left for penalty or compound interest to run on
      return;
    }
    const principal = !outstandingBase && d.bearsPenalty ? d.unpaid('principal') : ZERO;
    if (isPositive(principal)) {
      add(d, 'penalty', onPrincipal(principal, n));
      segments.push({ from: d.accruedTo, to, base: principal });
    }
    const interest = t.compound ? d.unpaid('interest') : ZERO;
    if (isPositive(interest)) add(d, 'compound', onInterest(interest, n));
    d.accruedTo = to;
  };
  const oldestOverdue = (): Debt | undefined => {
    for (let j = head; j < due.length; j++) if (due[j]!.bearsPenalty && !due[j]!.settled) return due[j];
    return undefined;
  };
  /** LAW.md §6 outstanding-principal: on days with anything overdue, all unpaid principal bears penalty. */
  const accrueOnOutstanding = (to: Day) => {
    const n = to - last;
    const target = n > 0 ? oldestOverdue() : undefined;
    if (!target) return;
    add(target, 'penalty', onOutstanding(outstanding, n));
    if (isPositive(outstanding)) segments.push({ from: last, to, base: outstanding });
    penaltyDays += n;
  };
  const penaltyDaysBetween = (from: Day, to: Day) =>
    outstandingBase ? (penaltyDaysAt.get(to) ?? penaltyDays) - (penaltyDaysAt.get(from) ?? 0) : 0;
  /**
   * Scheduled interest × days without penalty / days in the period (LAW.md §6), unrounded. A
   * period spent wholly under penalty (every period once a loan is long in default) runs none.
   */
  const interestRunning = (s: Instalment, to: Day) => {
    const length = s.dueDate - s.periodStart;
    const elapsed = to - s.periodStart - penaltyDaysBetween(s.periodStart, to);
    if (elapsed === length) return s.interest;
    if (elapsed === 0 && !s.interest.isNegative()) return ZERO; // what interest × 0 / length gives
    return s.interest.times(elapsed).dividedBy(length);
  };
  const fallDue = (d: Debt) => {
    due.push(d);
    if (isPositive(credit)) credit = settle(d, credit);
  };
  /** A percentage late fee on the last scheduled payment it was worked out on: equal payments make most of them the same. */
  const lastPercentFee = new Map<LateFee, { readonly base: Decimal; readonly amount: Decimal }>();
  const percentFee = (f: LateFee, base: Decimal): Decimal => {
    const last = lastPercentFee.get(f);
    if (last && (last.base === base || last.base.equals(base))) return last.amount;
    const amount = toFen(f.fraction!.times(base));
    lastPercentFee.set(f, { base, amount });
    return amount;
  };
  const chargeOnce = (f: LateFee, E: Day) => {
    const d = new Debt('once-fee', E, undefined, ZERO);
    const amount = f.amount ?? ZERO; // the schema refuses a percentage on a one-off fee
    add(d, 'lateFee', amount);
    fallDue(d);
  };

  for (const E of days) {
    if (outstandingBase) accrueOnOutstanding(E);
    last = E;
    penaltyDaysAt.set(E, penaltyDays);

    while (!accelerated && next < schedule.length && schedule[next]!.dueDate === E) {
      const s = schedule[next]!;
      const d = new Debt('instalment', E, s.n, s.payment);
      add(d, 'principal', s.principal);
      add(d, 'interest', toFen(interestRunning(s, E)));
      add(d, 'fee', s.fee);
      fallDue(d);
      next++;
    }
    if (E === A && !accelerated) {
      accelerated = true;
      const rest = schedule.slice(next);
      const running = rest[0];
      if (running) {
        const principal = sum(rest.map((s) => s.principal));
        const interest = toFen(interestRunning(running, E));
        const d = new Debt('accelerated', E, undefined, principal.plus(interest));
        add(d, 'principal', principal);
        add(d, 'interest', interest);
        fallDue(d);
      }
      next = schedule.length;
    }
    for (const f of datedOnce) if (f.date === E) chargeOnce(f, E);
    if (onceTriggeredOn !== undefined && onceTriggeredOn + 1 === E) for (const f of undatedOnce) chargeOnce(f, E);

    for (; paymentIndex < payments.length && payments[paymentIndex]!.date === E; paymentIndex++) {
      const p = payments[paymentIndex]!;
      let left = p.amount;
      for (let j = head; j < due.length && isPositive(left); j++) {
        accrue(due[j]!, E);
        left = settle(due[j]!, left);
      }
      if (!left.isZero()) credit = credit.plus(left); // most payments are used up: credit + 0 is credit
    }
    while (head < due.length && due[head]!.settled) head++;

    if (E < T) {
      for (let j = due.length - 1; j >= 0 && due[j]!.dueDate === E; j--) {
        const d = due[j]!;
        if (d.kind !== 'instalment' || d.settled) continue;
        for (const f of perInstalmentFees) add(d, 'lateFee', f.amount ?? percentFee(f, d.scheduledPayment));
        if (onceTriggeredOn === undefined) onceTriggeredOn = E;
      }
    }
  }
  for (const d of due) accrue(d, T);

  const rest = schedule.slice(next);
  const running = rest[0];
  return summariseStatement({
    T,
    due,
    credit,
    segments,
    principalNotDue: sum(rest.map((s) => s.principal)),
    accruedInterest: running && running.periodStart <= T ? interestRunning(running, T) : ZERO,
  });
}
