"""Rate conventions (LAW.md §3): annual = monthly × 12 = daily × dayCount; input is percent."""
from money import D


def annual_rate(rate: dict, day_count: int) -> D:
    v = D(rate["value"]) / 100
    per = rate["per"]
    if per == "day":
        return v * day_count
    if per == "month":
        return v * 12
    return v
