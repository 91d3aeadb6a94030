#!/usr/bin/env python3
# test-summary.py — counts test cases in meson's testlog.json files: each TAP "ok"/"not ok" line of a
# TAP test, or the whole test for the others; a test that failed with all its cases passing
# (a crash after the last case, a leak check) counts as one more failure.
import json
import re
import sys


def count(test):
    """(passed, failed, skipped) for one test of the log."""
    ok = test["result"] in ("OK", "EXPECTEDFAIL", "SKIP")
    cases = re.findall(r"^(ok|not ok)\b(.*)$", test.get("stdout") or "", re.M)
    if test.get("protocol") == "tap" or cases:
        failed = sum(1 for verdict, rest in cases if verdict == "not ok" and "# TODO" not in rest)
        skipped = sum(1 for verdict, rest in cases if verdict == "ok" and "# SKIP" in rest)
        passed = len(cases) - failed - skipped
        if not ok and failed == 0:
            failed += 1
        return passed, failed, skipped
    if test["result"] == "SKIP":
        return 0, 0, 1
    return (1, 0, 0) if ok else (0, 1, 0)


passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as log:
        for line in log:
            p, f, s = count(json.loads(line))
            passed, failed, skipped = passed + p, failed + f, skipped + s

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
