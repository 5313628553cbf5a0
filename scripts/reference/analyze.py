"""Reference analysis of a case file, printed as the report fields it is sure of.

Usage: python3 scripts/reference/analyze.py tests/fixtures/cases/<name>.json
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from caps import caps, exceeds, overdue_limit, regime, cap_on_day, NEW_RULES  # noqa: E402
from dates import add_months, days, parse  # noqa: E402
from irr import apr_bullet, apr_monthly  # noqa: E402
from money import D, ZERO, fen, money, rate_str  # noqa: E402
from rates import annual_rate  # noqa: E402
from schedule import build, Row  # noqa: E402
from statement import Terms, simulate  # noqa: E402


def contract(case: dict):
    loan = case["loan"]
    dc = int(case.get("dayCount", 360))
    start = parse(loan["startDate"])
    first = parse(loan["firstDueDate"]) if loan.get("firstDueDate") else None
    annual = annual_rate(loan["rate"], dc)
    fees = loan.get("fees", [])
    upfront = sum((D(f["amount"]) for f in fees if f["when"] == "upfront"), ZERO)
    each = sum((D(f["amount"]) for f in fees if f["when"] == "each-instalment"), ZERO)
    P = D(loan["principal"])
    rows = build(P, annual, loan["method"], int(loan["termMonths"]), start, first, dc, each)
    return P, P - upfront, annual, rows, start, dc, upfront


def true_cost(method, received, rows, start, dc):
    if method == "bullet":
        n = days(start, rows[0].due)
        apr, eff = apr_bullet(received, rows[0].payment, dc, n)
        return apr, eff
    _, apr, eff = apr_monthly(received, [r.payment for r in rows])
    return apr, eff


def terms_of(case: dict, annual: D, dc: int) -> Terms:
    od = case.get("overdue", {})
    pen = od.get("penalty", {})
    if "rate" in pen:
        pa = annual_rate(pen["rate"], dc)
    else:
        pa = annual * D(pen.get("multiplier", "1.5"))
    acc = od.get("acceleratedOn")
    return Terms(dc, pa, od.get("penaltyBase", "overdue-principal"), bool(od.get("compound", False)),
                 od.get("lateFees", []), parse(acc) if acc else None)


def analyze(case: dict) -> dict:
    loan = case["loan"]
    P, legal, annual, rows, start, dc, upfront = contract(case)
    T = parse(case["asOf"])
    cap_dc = int(case.get("capDayCount", 365))
    pays = [(parse(p["date"]), D(p["amount"])) for p in case.get("payments", [])]
    terms = terms_of(case, annual, dc)
    res = simulate(rows, start, terms, pays, T)
    st = res.statement()
    if "claim" in case:
        st["claimGap"] = D(case["claim"]["amount"]) - st["payoff"]
    apr, eff = true_cost(loan["method"], legal, rows, start, dc)
    cdate = parse(loan.get("contractDate", loan["startDate"]))
    filing = parse(case.get("filingDate", case["asOf"]))
    reg = regime(case["lender"]["kind"], cdate)
    term_cap, over_cap = caps(reg, cdate, filing)
    out = {
        "loan": {"legalPrincipal": money(legal), "annualRate": rate_str(annual), "apr": rate_str(apr),
                 "effectiveRate": rate_str(eff)},
        "schedule": [{"n": r.n, "dueDate": r.due.isoformat(), "principal": money(r.principal),
                      "interest": money(r.interest), "fee": money(r.fee), "payment": money(r.payment)}
                     for r in rows],
        "statement": {k: (v if k == "daysOverdue" else money(v)) for k, v in st.items()},
        "caps": {"regime": reg},
    }
    out["statement"]["daysOverdue"] = res.days_overdue
    dov = res.days_overdue
    out["stage"] = "current" if dov == 0 else "early" if dov <= 30 else "mid" if dov <= 180 else "late"
    if reg == "void":
        sup = legal - sum((a for d, a in pays if d <= T), ZERO)
        out["caps"]["supported"] = {"totalDue": money(sup), "payoff": money(sup)}
        out["caps"]["excess"] = {"totalDue": money(st["totalDue"] - sup), "payoff": money(st["payoff"] - sup)}
        return out
    out["caps"].update(termCap=rate_str(term_cap), overdueCap=rate_str(over_cap))
    out["caps"]["termTest"] = {"apr": rate_str(apr), "cap": rate_str(term_cap), "exceeds": exceeds(apr, term_cap)}
    charged = fen(res.pen_acc) + fen(res.comp_acc) + fen(res.late_acc)
    limit = overdue_limit(res.base_by_day, reg, cdate, filing, cap_dc)
    out["caps"]["overdueTest"] = {"charged": money(charged), "limit": money(limit), "exceeds": charged > limit}
    # supported schedule (LAW.md §7 test 1)
    method = loan["method"]
    if reg == "private-transitional" and method not in ("bullet", "interest-first"):
        return out
    if reg == "private-transitional":
        srows = transitional_rows(rows, legal, apr, start, dc, cdate, filing)
    elif not exceeds(apr, term_cap) and upfront == 0:
        srows = rows
    else:
        rate = term_cap if exceeds(apr, term_cap) else apr
        smethod = "equal-payment" if method == "flat" else method
        first = parse(loan["firstDueDate"]) if loan.get("firstDueDate") else None
        srows = build(legal, rate, smethod, int(loan["termMonths"]), start, first, dc)
    out["supportedSchedule"] = [money(r.payment) for r in srows]
    sres = simulate(srows, start, terms, pays, T)
    sst = sres.statement()
    s_charged = fen(sres.pen_acc) + fen(sres.comp_acc) + fen(sres.late_acc)
    s_limit = overdue_limit(sres.base_by_day, reg, cdate, filing, cap_dc)
    allowed = min(s_charged, s_limit)
    base_due = sst["principalOverdue"] + sst["interestOverdue"] + sst["feesOverdue"]
    over = allowed - fen(sres.paid_overdue)
    credit = sst["credit"]
    if over >= 0:
        total = base_due + over
    else:
        applied = min(-over, base_due)
        total = base_due - applied
        credit += -over - applied
    payoff = total + sst["principalNotDue"] + sst["accruedInterest"] - credit
    out["caps"]["supported"] = {"totalDue": money(total), "payoff": money(payoff)}
    out["caps"]["excess"] = {"totalDue": money(st["totalDue"] - total), "payoff": money(st["payoff"] - payoff)}
    return out


def transitional_rows(rows, legal, apr, start, dc, cdate, filing):
    """Bullet / interest-first re-priced day by day: min(APR, 24%) before 2020-08-20, min(APR, 4×LPR) after."""
    out = []
    for r in rows:
        n1 = max(0, min(days(r.start, NEW_RULES), days(r.start, r.due)))
        n2 = days(r.start, r.due) - n1
        c1, c2 = min(apr, D("0.24")), min(apr, cap_on_day("private-transitional", r.due, cdate, filing))
        if len(rows) == 1:   # bullet: P × annual × days / dayCount, per segment
            i = fen(legal * (c1 * n1 + c2 * n2) / dc)
        else:                # interest-first: a month's interest, split by days
            i = fen(legal * (c1 * n1 + c2 * n2) / (12 * (n1 + n2)))
        out.append(Row(r.n, r.due, r.start, r.principal if r.principal else ZERO, i, ZERO))
    out[-1].principal = legal
    return out


def warnings(case: dict, rows) -> list:
    """time-barred (LAW.md §8) and lpr-unconfirmed (LAW.md §2)."""
    out = []
    T = parse(case["asOf"])
    od = case.get("overdue", {})
    ref = rows[-1].due
    if od.get("acceleratedOn") and parse(od["acceleratedOn"]) < ref:
        ref = parse(od["acceleratedOn"])
    paid = [parse(p["date"]) for p in case.get("payments", []) if parse(p["date"]) <= T]
    if paid and max(paid) > ref:
        ref = max(paid)
    if T > add_months(ref, 36):
        out.append({"id": "time-barred"})
    loan = case["loan"]
    if case["lender"]["kind"] == "private":
        cdate = parse(loan.get("contractDate", loan["startDate"]))
        filing = parse(case.get("filingDate", case["asOf"]))
        need = cdate if cdate >= NEW_RULES else filing
        if need > parse("2026-03-20"):
            out.append({"id": "lpr-unconfirmed"})
    return out


def lines(reg: str, term_cap) -> list:
    if reg == "licensed":
        return [{"id": "licensed-24", "rate": "0.240000", "decisive": True},
                {"id": "licensed-36", "rate": "0.360000", "decisive": False}]
    if reg == "private-2020":
        return [{"id": "lpr-4x", "rate": rate_str(term_cap), "decisive": True},
                {"id": "old-24", "rate": "0.240000", "decisive": False},
                {"id": "old-36", "rate": "0.360000", "decisive": False}]
    if reg == "private-transitional":
        return [{"id": "transitional-24", "rate": "0.240000", "decisive": False},
                {"id": "lpr-4x", "rate": rate_str(term_cap), "decisive": True}]
    return []


def validate(case: dict) -> list:
    """The few input checks the worked tests exercise (not a full validator)."""
    errs = []
    loan = case.get("loan", {})
    if not isinstance(loan.get("principal"), str):
        errs.append({"path": "loan.principal", "message": {"zh": "本金须为字符串金额", "en": "principal must be a decimal string"}})
    for i, lf in enumerate(case.get("overdue", {}).get("lateFees", [])):
        if lf.get("per") == "once" and "percent" in lf:
            errs.append({"path": f"overdue.lateFees.{i}.percent",
                         "message": {"zh": "一次性费用须为固定金额", "en": "a one-off fee needs a fixed amount"}})
    return errs


def run(case: dict) -> dict:
    errs = validate(case)
    if errs:
        return {"ok": False, "errors": errs}
    rep = analyze(case)
    _, _, _, rows, _, _, _ = contract(case)
    rep["format"] = "repayment-report/1"
    rep["asOf"] = case["asOf"]
    rep["warnings"] = warnings(case, rows)
    if rep["caps"]["regime"] != "void":
        rep["caps"]["lines"] = lines(rep["caps"]["regime"], D(rep["caps"]["termCap"]))
    return {"ok": True, "report": rep}


if __name__ == "__main__":
    src = sys.stdin.read() if sys.argv[1:] in ([], ["-"]) else Path(sys.argv[1]).read_text()
    out = run(json.loads(src))
    print(json.dumps(out if not out["ok"] else out["report"], ensure_ascii=False, indent=2)
          if sys.argv[1:] not in ([], ["-"]) else json.dumps(out, ensure_ascii=False))
