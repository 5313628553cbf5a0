"""Which cap applies and what the law supports (LAW.md §§1, 2, 5, 7)."""
from datetime import date

from dates import parse, days, next_day
from money import D, ZERO, fen

LPR = [  # (from, one-year LPR) LAW.md §2
    ("2019-08-20", "4.25"), ("2019-09-20", "4.20"), ("2019-11-20", "4.15"), ("2020-02-20", "4.05"),
    ("2020-04-20", "3.85"), ("2021-12-20", "3.80"), ("2022-01-20", "3.70"), ("2022-08-22", "3.65"),
    ("2023-06-20", "3.55"), ("2023-08-21", "3.45"), ("2024-07-22", "3.35"), ("2024-10-21", "3.10"),
    ("2025-05-20", "3.00"),
]
NEW_RULES = date(2020, 8, 20)


def lpr_on(d: date) -> D:
    rate = None
    for f, v in LPR:
        if parse(f) <= d:
            rate = D(v) / 100
    if rate is None:
        raise ValueError("no LPR before 2019-08-20")
    return rate


def regime(kind: str, contract_date: date) -> str:
    if kind == "licensed":
        return "licensed"
    if kind == "unlicensed-professional":
        return "void"
    return "private-2020" if contract_date >= NEW_RULES else "private-transitional"


def caps(reg: str, contract_date: date, filing: date) -> tuple[D | None, D | None]:
    """(termCap, overdueCap) as LAW.md §1 gives them; transitional: the later cap."""
    if reg == "licensed":
        return D("0.24"), D("0.24")
    if reg == "private-2020":
        c = 4 * lpr_on(contract_date)
        return c, c
    if reg == "private-transitional":
        c = 4 * lpr_on(filing)
        return c, c
    return None, None


def cap_on_day(reg: str, s: date, contract_date: date, filing: date) -> D:
    if reg == "private-transitional" and s < NEW_RULES:
        return D("0.24")
    return caps(reg, contract_date, filing)[1]


def exceeds(apr: D, cap: D) -> bool:
    """Exceeded only when the APR rounded to 4 decimals is above the cap (LAW.md §5)."""
    return apr.quantize(D("0.0001")) > cap


def overdue_limit(base_by_day: dict, reg: str, contract_date: date, filing: date, cap_day_count: int) -> D:
    return fen(sum((cap_on_day(reg, s, contract_date, filing) * b / cap_day_count
                    for s, b in base_by_day.items()), ZERO))
