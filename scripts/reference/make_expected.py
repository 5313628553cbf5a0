"""Writes tests/fixtures/cases/<name>.expected.json from the reference (the fields it is sure of).

Usage: python3 scripts/reference/make_expected.py
Every figure written here was also worked by hand; see the comments in tests/worked/*.test.ts.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from analyze import run  # noqa: E402

CASES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "cases"

for path in sorted(CASES.glob("*.json")):
    if path.name.endswith(".expected.json"):
        continue
    out = run(json.loads(path.read_text()))
    assert out["ok"], out
    rep = out["report"]
    keep = {"format": rep["format"], "asOf": rep["asOf"], "loan": rep["loan"], "schedule": rep["schedule"],
            "statement": rep["statement"], "stage": rep["stage"], "caps": dict(rep["caps"])}
    keep["caps"].pop("lines", None)
    if rep["caps"]["regime"] == "void":
        keep["caps"]["excess"] = {"payoff": rep["caps"]["excess"]["payoff"]}   # totalDue: reading unsure
    (CASES / (path.stem + ".expected.json")).write_text(json.dumps(keep, ensure_ascii=False, indent=2) + "\n")
    print("wrote", path.stem + ".expected.json")
