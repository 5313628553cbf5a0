"""Calendar helpers: add months clamped to month end (date-fns addMonths), day counts (算头不算尾)."""
import calendar
from datetime import date, timedelta


def parse(s: str) -> date:
    y, m, d = (int(p) for p in s.split("-"))
    return date(y, m, d)


def add_months(d: date, k: int) -> date:
    """d + k months; a day past the target month's end is clamped to its last day."""
    total = d.year * 12 + (d.month - 1) + k
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return date(y, m + 1, min(d.day, last))


def days(a: date, b: date) -> int:
    """Days from a to b: first day counted, last not (b − a)."""
    return (b - a).days


def next_day(d: date) -> date:
    return d + timedelta(days=1)
