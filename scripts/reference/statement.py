"""What is owed as of a date (LAW.md §6), with payments applied (LAW.md §3), simulated day by day.

Day s stands for the interval [s, s+1). At the start of day s: late fees of instalments that
passed their due date (s−1) unpaid are charged, debts dated s fall due (instalments, the
accelerated balance, one-off fees, in that order), credit is applied, payments dated s are
applied. Then, unless s is the as-of date T, day s accrues penalty and compound interest, so an
instalment due on d and unpaid at T has accrued for T − d days, and nothing when T = d.
"""
from dataclasses import dataclass, field
from datetime import date

from dates import days, next_day
from money import D, ZERO, fen
from schedule import Row

PARTS = ("fee", "late", "pen", "comp", "int", "prin")   # application order within a debt


@dataclass
class Debt:
    kind: str            # "inst" | "accel" | "once"
    date: date
    rank: int            # same-date order: instalment 0, accelerated 1, one-off 2
    idx: int
    sched_payment: D = ZERO
    owed: dict = field(default_factory=lambda: {p: ZERO for p in PARTS})

    def unpaid(self) -> D:
        return sum(self.owed.values(), ZERO)

    def key(self):
        return (self.date, self.rank, self.idx)


@dataclass
class Terms:
    day_count: int
    penalty_annual: D                 # the penalty rate, annual
    base: str = "overdue-principal"   # or "outstanding-principal"
    compound: bool = False
    late_fees: list = field(default_factory=list)   # dicts as in the case file
    accelerated_on: date | None = None


@dataclass
class Result:
    T: date
    due: list
    credit: D
    principal_not_due: D
    accrued_interest: D
    pen_acc: D
    comp_acc: D
    late_acc: D
    paid_overdue: D                   # payments applied to penalty, compound, late fees
    base_by_day: dict                 # day -> principal the penalty accrued on that day
    days_overdue: int

    def item(self, part: str) -> D:
        return fen(sum((d.owed[part] for d in self.due if d.kind != "once" or part == "late"), ZERO))

    def statement(self) -> dict:
        items = {
            "principalOverdue": self.item("prin"),
            "interestOverdue": self.item("int"),
            "feesOverdue": self.item("fee"),
            "penaltyInterest": self.item("pen"),
            "compoundInterest": self.item("comp"),
            "lateFees": self.item("late"),
        }
        total = sum(items.values(), ZERO)
        credit = fen(self.credit)
        out = dict(items)
        out.update(credit=credit, totalDue=total, principalNotDue=fen(self.principal_not_due),
                   accruedInterest=fen(self.accrued_interest),
                   payoff=total + fen(self.principal_not_due) + fen(self.accrued_interest) - credit)
        return out


def simulate(rows: list[Row], start: date, terms: Terms, payments: list[tuple[date, D]], T: date) -> Result:
    dr = terms.penalty_annual / terms.day_count
    by_due = {}
    for r in rows:
        by_due.setdefault(r.due, []).append(r)
    pending = {r.n: r for r in rows}            # instalments not yet fallen due (nor accelerated)
    due: list[Debt] = []
    credit = ZERO
    pen_days: set = set()
    base_by_day: dict = {}
    acc = {"pen": ZERO, "comp": ZERO, "late": ZERO}
    paid_overdue = ZERO
    once_triggered = False
    once_idx = 0

    def penalty_days_in(a: date, b: date) -> int:
        return sum(1 for s in pen_days if a <= s < b)

    def pay(amount: D) -> D:
        nonlocal paid_overdue
        for d in sorted(due, key=Debt.key):
            for part in PARTS:
                if amount <= 0:
                    return ZERO
                take = min(amount, d.owed[part])
                if take > 0:
                    d.owed[part] -= take
                    amount -= take
                    if part in ("pen", "comp", "late"):
                        paid_overdue += take
        return amount

    pays = {}
    for pd, amt in payments:
        if pd <= T:
            pays[pd] = pays.get(pd, ZERO) + amt

    s = start
    while True:
        # 1. late fees for instalments whose due date (s−1) passed with something unpaid
        for d in due:
            if d.kind == "inst" and next_day(d.date) == s and d.unpaid() > 0:
                for lf in terms.late_fees:
                    if lf["per"] == "overdue-instalment":
                        amt = D(lf["amount"]) if "amount" in lf else fen(d.sched_payment * D(lf["percent"]) / 100)
                        d.owed["late"] += amt
                        acc["late"] += amt
                if not once_triggered:
                    once_triggered = True
                    for lf in terms.late_fees:
                        if lf["per"] == "once" and "date" not in lf:
                            once_idx += 1
                            od = Debt("once", s, 2, once_idx)
                            od.owed["late"] = D(lf["amount"])
                            acc["late"] += od.owed["late"]
                            due.append(od)
        # 2. instalments falling due on s
        for r in by_due.get(s, []):
            if r.n not in pending:
                continue
            del pending[r.n]
            d = Debt("inst", s, 0, r.n, sched_payment=r.payment)
            period = days(r.start, r.due)
            interest = r.interest
            if terms.base == "outstanding-principal":
                interest = fen(r.interest * (period - penalty_days_in(r.start, r.due)) / period)
            d.owed.update(fee=r.fee, int=interest, prin=r.principal)
            due.append(d)
        # 3. acceleration on s
        if terms.accelerated_on == s and pending:
            ad = Debt("accel", s, 1, 0)
            run = min(pending.values(), key=lambda r: r.n)
            elapsed = days(run.start, s)
            if terms.base == "outstanding-principal":
                elapsed -= penalty_days_in(run.start, s)
            ad.owed["int"] = fen(run.interest * elapsed / days(run.start, run.due)) if elapsed > 0 else ZERO
            ad.owed["prin"] = sum((r.principal for r in pending.values()), ZERO)
            pending.clear()
            due.append(ad)
        # 4. one-off fees dated s
        for lf in terms.late_fees:
            if lf["per"] == "once" and "date" in lf and lf["date"] == s.isoformat():
                once_idx += 1
                od = Debt("once", s, 2, once_idx)
                od.owed["late"] = D(lf["amount"])
                acc["late"] += od.owed["late"]
                due.append(od)
        # 5. credit, then payments dated s
        credit = pay(credit + pays.get(s, ZERO))
        if s >= T:
            break
        # 6. accrue day s
        dues = [d for d in due if d.kind != "once"]
        if terms.base == "overdue-principal":
            base = ZERO
            for d in dues:
                add = d.owed["prin"] * dr
                d.owed["pen"] += add
                acc["pen"] += add
                base += d.owed["prin"]
            if base > 0:
                base_by_day[s] = base
        else:
            overdue = sorted((d for d in dues if d.unpaid() > 0), key=Debt.key)
            if overdue:
                pen_days.add(s)
                not_due = sum((r.principal for r in pending.values()), ZERO)
                base = not_due + sum((d.owed["prin"] for d in dues), ZERO)
                for d in dues:
                    d.owed["pen"] += d.owed["prin"] * dr
                overdue[0].owed["pen"] += not_due * dr
                acc["pen"] += base * dr
                base_by_day[s] = base
        if terms.compound:
            for d in dues:
                add = d.owed["int"] * dr
                d.owed["comp"] += add
                acc["comp"] += add
        s = next_day(s)

    # the running period's accrued interest
    accrued = ZERO
    if pending:
        run = min(pending.values(), key=lambda r: r.n)
        if run.start <= T:
            elapsed = days(run.start, T)
            if terms.base == "outstanding-principal":
                elapsed -= penalty_days_in(run.start, T)
            accrued = run.interest * elapsed / days(run.start, run.due)
    oldest = sorted((d for d in due if d.kind != "once" and d.unpaid() > 0), key=Debt.key)
    return Result(T, due, credit, sum((r.principal for r in pending.values()), ZERO), fen(accrued),
                  acc["pen"], acc["comp"], acc["late"], paid_overdue, base_by_day,
                  days(oldest[0].date, T) if oldest else 0)
