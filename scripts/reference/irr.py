"""True annual cost (LAW.md §5): monthly IRR by bisection in Decimal; bullet by the day formula."""
from money import D


def npv(rate: D, received: D, payments: list[D]) -> D:
    v = received
    f = D(1)
    for p in payments:
        f = f / (1 + rate)
        v -= p * f
    return v


def monthly_irr(received: D, payments: list[D]) -> D | None:
    """Root of received − Σ payment_k / (1+i)^k, bracketed on [−0.99, 10], to 1e-14."""
    lo, hi = D("-0.99"), D(10)
    f_lo, f_hi = npv(lo, received, payments), npv(hi, received, payments)
    if f_lo * f_hi > 0:
        return None
    for _ in range(200):
        mid = (lo + hi) / 2
        f_mid = npv(mid, received, payments)
        if (f_mid > 0) == (f_hi > 0):
            hi, f_hi = mid, f_mid
        else:
            lo, f_lo = mid, f_mid
        if hi - lo < D("1e-16"):
            break
    return (lo + hi) / 2


def apr_monthly(received: D, payments: list[D]) -> tuple[D, D, D]:
    i = monthly_irr(received, payments)
    return i, i * 12, (1 + i) ** 12 - 1


def apr_bullet(received: D, repaid: D, day_count: int, n_days: int) -> tuple[D, D]:
    ratio = repaid / received
    apr = (ratio - 1) * day_count / n_days
    eff = (ratio.ln() * day_count / n_days).exp() - 1   # (repaid / received)^(dayCount / D) − 1
    return apr, eff
