"""Repayment proposals, budget, recommendation and shared-surplus split (shared/case-format.md
"Plans", issue 3), re-implemented from the texts for the worked tests in tests/worked/plans*.test.ts.

Written from case-format.md, LAW.md §4 and the issue (lib/ read only for what report fields mean,
never for how they are computed); where the texts leave a choice a reading is taken,
and each one is listed here:
- instalments: an equal-payment schedule (LAW.md §4) of `amount` at the plan's annual rate / 12,
  due on first_date + (k − 1) months (clamped), the last settling the balance.
- deferral: grace interest = round(amount × grace rate / 12 × grace months); "capitalise" adds it
  to the amount before the schedule is built; "with-first" puts it on top of the first row
  (counted in that row's interest) while `payment` stays the regular instalment.
- settlement: one row; discount = payoff − amount against the claimed and the supported payoff.
- affordable: payment ≤ surplus; a settlement amount ≤ savings.
- recommend: settlement when savings ≥ 50% of what is owed (all of it if savings cover it, else
  savings rounded down to the yuan); else the fewest interest-frozen months (≤ 60) whose every
  payment, the last included, fits the surplus now; else, when income resumes later, a deferral of
  the fewest whole months reaching that date, then the fewest months fitting the usual surplus;
  else 60 months. First payment one month after the as-of date.
- split: pro rata to weights; a debt whose share is below the floor gets the floor and the rest is
  re-split among the others (repeated); when the surplus cannot pay every floor, equal shares;
  shares rounded to the fen, the largest (first of equals) absorbing the rounding difference.

Usage: python3 scripts/reference/plans.py   (prints the figures used by the worked tests)
"""
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dates import add_months, parse  # noqa: E402
from money import D, ZERO, fen  # noqa: E402


@dataclass
class PlanRow:
    n: int
    date: date
    payment: D
    principal: D
    interest: D
    balance: D


@dataclass
class Plan:
    kind: str
    amount: D
    months: int
    payment: D
    total: D
    interest: D
    savings: D
    rows: list = field(default_factory=list)
    grace_interest: D = ZERO
    affordable: bool | None = None
    discount: dict | None = None

    def show(self, rows: bool = True) -> str:
        head = (f"{self.kind}: amount {self.amount} months {self.months} payment {self.payment} total {self.total} "
                f"interest {self.interest} grace {self.grace_interest} savings {self.savings} affordable {self.affordable}"
                + (f" discount {self.discount}" if self.discount else ""))
        if not rows:
            return head
        return head + "\n" + "\n".join(f"  {r.n:3d} {r.date} {r.payment:>10} {r.principal:>10} {r.interest:>8} {r.balance:>10}" for r in self.rows)


def level_rows(amount: D, months: int, first: date, annual_pct: D) -> list[PlanRow]:
    """Equal payments: A = P·r(1+r)^n / ((1+r)^n − 1) rounded (r = 0: P / n rounded); last settles."""
    r = D(annual_pct) / 100 / 12
    if r == 0:
        A = fen(amount / months)
    else:
        g = (1 + r) ** months
        A = fen(amount * r * g / (g - 1))
    rows, bal = [], amount
    for k in range(1, months + 1):
        i = fen(bal * r)
        p = bal if k == months else A - i
        bal -= p
        rows.append(PlanRow(k, add_months(first, k - 1), p + i, p, i, bal))
    return rows


def _finish(kind, amount, down, rows, payment, claimed, surplus, savings, grace=ZERO):
    total = down + sum((r.payment for r in rows), ZERO)
    interest = sum((r.interest for r in rows), ZERO)
    plan = Plan(kind, amount, len(rows), payment, total, interest, claimed - total, rows, grace)
    if surplus is not None:
        plan.affordable = payment <= surplus and (down == 0 or (savings is not None and down <= savings))
    return plan


def instalments(base, months, first, rate_pct="0", down="0", claimed=ZERO, surplus=None, savings=None) -> Plan:
    base, down = D(base), D(down)
    amount = max(ZERO, base - down)
    rows = level_rows(amount, months, parse(first), D(rate_pct))
    return _finish("instalments", amount, down, rows, rows[0].payment, claimed, surplus, savings)


def deferral(base, grace_months, grace_pct, how, months, first, rate_pct="0", down="0", claimed=ZERO,
             surplus=None, savings=None) -> Plan:
    base, down = D(base), D(down)
    owed = max(ZERO, base - down)
    grace = fen(owed * D(grace_pct) / 100 / 12 * grace_months)
    amount = owed + grace if how == "capitalise" else owed
    rows = level_rows(amount, months, parse(first), D(rate_pct))
    payment = rows[0].payment
    if how == "with-first":
        r = rows[0]
        rows[0] = PlanRow(r.n, r.date, r.payment + grace, r.principal, r.interest + grace, r.balance)
    return _finish("deferral", amount, down, rows, payment, claimed, surplus, savings, grace)


def settlement(amount, on, claimed, supported=None, savings=None) -> Plan:
    amount = D(amount)
    row = PlanRow(1, parse(on), amount, amount, ZERO, ZERO)
    plan = Plan("settlement", amount, 1, amount, amount, ZERO, claimed - amount, [row])
    plan.discount = {"claimed": claimed - amount, **({"supported": supported - amount} if supported is not None else {})}
    if savings is not None:
        plan.affordable = amount <= savings
    return plan


def surplus(income, essentials, other_debts="0") -> D:
    return D(income) - D(essentials) - D(other_debts)


def shortest_months(amount: D, spare: D, first: date, cap: int = 60) -> int | None:
    """Fewest months whose every payment (the last included) is within `spare`; linear, no shortcut."""
    for n in range(1, cap + 1):
        if max(r.payment for r in level_rows(amount, n, first, ZERO)) <= spare:
            return n
    return None


def recommend(owed: D, as_of: str, spare_now: D, spare: D, savings: D, resumes: str | None = None):
    T = parse(as_of)
    first = add_months(T, 1)
    if savings >= owed / 2:
        amount = owed if savings >= owed else D(int(savings))
        return ("settlement", amount, first.isoformat())
    n = shortest_months(owed, spare_now, first) if spare_now > 0 else None
    if n is not None:
        return ("instalments", n, first.isoformat())
    if resumes is not None and parse(resumes) > T:
        g = 1
        while add_months(T, g) < parse(resumes):
            g += 1
        start = add_months(T, g)
        m = shortest_months(owed, spare, start) if spare > 0 else None
        if m is not None:
            return ("deferral", g, m, start.isoformat())
    return ("instalments", 60, first.isoformat())


def split(total: D, weights: list, floor: D) -> list:
    n = len(weights)
    weights = [D(w) for w in weights]
    if total <= 0:
        return [ZERO] * n
    if total < floor * n:
        raw = [total / n] * n
    else:
        fixed: dict[int, D] = {}
        while True:
            open_ = [i for i in range(n) if i not in fixed]
            left = total - sum(fixed.values(), ZERO)
            W = sum((weights[i] for i in open_), ZERO)
            share = {i: (left * weights[i] / W if W else left / len(open_)) for i in open_}
            low = [i for i in open_ if share[i] < floor]
            if not low or len(low) == len(open_):
                for i in open_:
                    fixed[i] = share[i] if not low else left / len(open_)
                break
            for i in low:
                fixed[i] = floor
        raw = [fixed[i] for i in range(n)]
    rounded = [fen(x) for x in raw]
    big = max(range(n), key=lambda i: (rounded[i], -i))
    rounded[big] += total - sum(rounded, ZERO)
    return rounded


def contractual_payment(rows) -> D:
    """A debt's weight: its scheduled payments over its term (issue 3)."""
    return sum((r.payment for r in rows), ZERO) / len(rows)


if __name__ == "__main__":
    from schedule import build

    JD_CLAIMED, JD_SUPPORTED = D("8848.28"), D("8781.65")
    print("W1 frozen 24 on supported", instalments(JD_SUPPORTED, 24, "2025-10-31", claimed=JD_CLAIMED, surplus=D(1800)).show())
    print("W2 6% 12 on claimed", instalments(JD_CLAIMED, 12, "2025-10-15", "6", claimed=JD_CLAIMED, surplus=D(1800)).show())
    print("W3 down payment", instalments("10000.00", 12, "2026-02-10", "0", "1000.00", claimed=D("10000.00"), surplus=D(1000), savings=D(500)).show(False))
    print("W4 deferral capitalise", deferral("9000.00", 3, "6", "capitalise", 12, "2026-04-10", claimed=D("9000.00")).show())
    print("W5 deferral with-first", deferral("9000.00", 3, "6", "with-first", 12, "2026-04-10", claimed=D("9000.00")).show())
    print("W6 settlement", settlement("7000.00", "2026-02-10", D("10000.00"), D("9200.00"), D("6000")).show())
    print("W7 72 months", instalments(JD_SUPPORTED, 72, "2025-10-15", claimed=JD_CLAIMED).show(False))
    print("W8 demanded 9500 12m 0%", instalments("9500.00", 12, "2025-10-15", claimed=JD_CLAIMED).show(False))
    print("W8 literal 5000 10m 3.6%", instalments("5000.00", 10, "2025-10-15", "3.6", claimed=JD_CLAIMED).show())

    print("budget surplus 8000 − 5200 − 1000 =", surplus("8000", "5200", "1000"))
    print("recommend JD surplus 1800 savings 3000:", recommend(JD_SUPPORTED, "2025-09-01", D(1800), D(1800), D(3000)))
    print("  plan:", instalments(JD_SUPPORTED, 5, "2025-10-01", claimed=JD_CLAIMED, surplus=D(1800)).show())
    print("recommend JD savings 9000:", recommend(JD_SUPPORTED, "2025-09-01", D(1800), D(1800), D(9000)))
    print("recommend JD savings 5000.80:", recommend(JD_SUPPORTED, "2025-09-01", D(1800), D(1800), D("5000.80")))
    print("recommend JD now −6,200, later 1800, resumes 2025-12-15:", recommend(JD_SUPPORTED, "2025-09-01", D(-6200), D(1800), D(0), "2025-12-15"))
    print("  plan:", deferral(JD_SUPPORTED, 4, "0", "capitalise", 5, "2026-01-01", claimed=JD_CLAIMED, surplus=D(1800)).show())  # affordable on the usual surplus: payments start after income resumes
    print("recommend JD surplus 100:", recommend(JD_SUPPORTED, "2025-09-01", D(100), D(100), D(0)))
    print("  plan:", instalments(JD_SUPPORTED, 60, "2025-10-01", claimed=JD_CLAIMED, surplus=D(100)).show(False))

    print("recommend 1,000.04 surplus 166.68:", recommend(D("1000.04"), "2025-03-01", D("166.68"), D("166.68"), ZERO))
    print("recommend 100.00 surplus 2.38:", recommend(D("100.00"), "2025-03-01", D("2.38"), D("2.38"), ZERO),
          [str(max(r.payment for r in level_rows(D("100.00"), n, date(2025, 4, 1), ZERO))) for n in (42, 43, 44, 45)])
    print("recommend 604.48 surplus 10.25:", recommend(D("604.48"), "2025-03-01", D("10.25"), D("10.25"), ZERO),
          instalments("604.48", 59, "2025-04-01").rows[-1].payment, instalments("604.48", 60, "2025-04-01").rows[-1].payment)
    print("recommend 440,262.61 surplus 7,337.71:", recommend(D("440262.61"), "2025-03-01", D("7337.71"), D("7337.71"), ZERO),
          instalments("440262.61", 60, "2025-04-01").rows[-1].payment)
    print("transitional claimed 16,418.78 surplus 1,800:", recommend(D("16418.78"), "2020-06-10", D(1800), D(1800), ZERO),
          instalments("16418.78", 10, "2020-07-10").rows[-1].payment, instalments("16418.78", 12, "2020-07-10").show(False))

    # Three lenders sharing one surplus.
    a = build(D("10000.00"), D("0.12"), "equal-payment", 12, date(2025, 1, 10), None, 360)
    b = build(D("6000.00"), ZERO, "equal-payment", 12, date(2025, 1, 10), None, 360)
    c = build(D("1200.00"), ZERO, "equal-payment", 24, date(2025, 1, 10), None, 360)
    w = [contractual_payment(x) for x in (a, b, c)]
    print("weights", w)
    print("split 1700 floor 100", split(D(1700), w, D(100)))
    print("split 1700 no floor", split(D(1700), w, ZERO))
    print("split savings 300 no floor", split(D(300), w, ZERO))
    print("split 250 floor 100", split(D(250), w, D(100)))
    print("shares of A, B, C:", recommend(D("10000.00"), "2025-01-10", D("1023.83"), D("1023.83"), D("185.29")),
          recommend(D("6000.00"), "2025-01-10", D("576.17"), D("576.17"), D("104.28")),
          recommend(D("1200.00"), "2025-01-10", D(100), D(100), D("10.43")))
