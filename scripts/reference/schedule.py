"""Contract schedules per repayment method (LAW.md §4).

Rows: n, due, start (period start), principal, interest, fee, payment.
Rounded to the fen at the points LAW.md §3 names; the last instalment settles the balance.
"""
from dataclasses import dataclass
from datetime import date

from dates import add_months, days
from money import D, ZERO, fen


@dataclass
class Row:
    n: int
    due: date
    start: date
    principal: D
    interest: D
    fee: D

    @property
    def payment(self) -> D:
        return self.principal + self.interest + self.fee


def due_dates(start: date, n: int, first_due: date | None) -> list[date]:
    """Each due date from its anchor, not chained; clamped to the month's last day."""
    if first_due is None:
        return [add_months(start, k) for k in range(1, n + 1)]
    return [add_months(first_due, k - 1) for k in range(1, n + 1)]


def equal_payment_amount(P: D, r: D, n: int) -> D:
    if r == 0:
        return fen(P / n)
    g = (1 + r) ** n
    return fen(P * r * g / (g - 1))


def build(P: D, annual: D, method: str, n: int, start: date, first_due: date | None,
          day_count: int, fee_each: D = ZERO) -> list[Row]:
    r = annual / 12
    if method == "bullet":
        due = first_due if first_due is not None else add_months(start, n)
        interest = fen(P * annual * days(start, due) / day_count)
        return [Row(1, due, start, P, interest, fee_each)]
    dues = due_dates(start, n, first_due)
    rows: list[Row] = []
    bal = P
    A = equal_payment_amount(P, r, n) if method == "equal-payment" else None
    for k in range(1, n + 1):
        last = k == n
        if method == "equal-payment":
            i = fen(bal * r)
            p = bal if last else A - i
        elif method == "equal-principal":
            i = fen(bal * r)
            p = bal if last else fen(P / n)
        elif method == "interest-first":
            i = fen(P * r)
            p = P if last else ZERO
        elif method == "flat":
            i = fen(P * r)          # r here is the flat monthly rate m
            p = bal if last else fen(P / n)
        else:
            raise ValueError(method)
        rows.append(Row(k, dues[k - 1], start if k == 1 else dues[k - 2], p, i, fee_each))
        bal -= p
    return rows
