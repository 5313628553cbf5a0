"""Decimal set up once (prec 40, half-up) and the one rounding function (LAW.md §3)."""
from decimal import Decimal, getcontext, ROUND_HALF_UP

getcontext().prec = 40
getcontext().rounding = ROUND_HALF_UP

D = Decimal
ZERO = D(0)
FEN = D("0.01")


def fen(x: Decimal) -> Decimal:
    """Round to the fen, half-up (LAW.md §3 'Rounding')."""
    return x.quantize(FEN, rounding=ROUND_HALF_UP)


def money(x: Decimal) -> str:
    return str(fen(x))


def rate_str(x: Decimal, places: int = 6) -> str:
    return str(x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP))
