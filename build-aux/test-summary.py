#!/usr/bin/env python3
# test-summary.py — counts test cases in meson's testlog.json: each TAP "ok"/"not ok" line of a
# TAP test, or the whole test for the others; a test that failed with all its cases passing
# (a crash after the last case, a leak check) counts as one more failure.
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        ok = test["result"] in ("OK", "EXPECTEDFAIL", "SKIP")
        cases = re.findall(r"^(ok|not ok)\b(.*)$", test.get("stdout") or "", re.M)
        if test.get("protocol") == "tap" or cases:
            case_failed = sum(1 for verdict, _ in cases if verdict == "not ok" and "# TODO" not in _)
            case_skipped = sum(1 for verdict, rest in cases if verdict == "ok" and "# SKIP" in rest)
            passed += len(cases) - case_failed - case_skipped
            failed += case_failed
            skipped += case_skipped
            if not ok and case_failed == 0:
                failed += 1
        elif test["result"] == "SKIP":
            skipped += 1
        elif ok:
            passed += 1
        else:
            failed += 1

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
