#!/usr/bin/env python3
"""Check that the tracebacks of tests/tracebacks/ are what CPython prints.

Usage: python3 tests/check_tracebacks.py [NAME.py ...]

Each program tests/tracebacks/NAME.py that has a NAME.txt beside it ends with an
uncaught exception, and NAME.txt is the whole of its stderr: the traceback with
its source lines and the marks under them, the chained exceptions before it,
the "Did you mean" of the last line.  (A .py without a .txt, like shapes.py, is
a module the others import.)  tests/host/tracebacks.test.mjs checks that Edge
Python prints exactly that; this script checks that python3 does, running each
program from that folder and writing its absolute file names as the relative
ones Edge Python shows.

A program whose behaviour is CPython 3.12's, not 3.11's, says so on a line of
its own, naming the document of the difference:

    # CPython 3.12, not 3.11: tests/diff/did_you_mean_3_12.md

It is not run here (the document must exist).  Prints one line per failing
program, then "N passed, M failed", and exits 1 if anything failed.
"""

import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "tests", "tracebacks")
NEWER = re.compile(r"^# CPython 3\.12, not 3\.11: (tests/diff/[\w.-]+\.md)$", re.M)
TIMEOUT = 10


def check(name):
    """None when CPython agrees, else what differs."""
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        source = f.read()
    with open(os.path.join(DIR, name[:-3] + ".txt"), encoding="utf-8") as f:
        expected = f.read()
    newer = NEWER.search(source)
    if newer:
        if not os.path.exists(os.path.join(ROOT, newer.group(1))):
            return f"{newer.group(1)} does not exist"
        return None
    r = subprocess.run([sys.executable, name], cwd=DIR, capture_output=True, text=True, timeout=TIMEOUT)
    stderr = r.stderr.replace(f'"{DIR}{os.sep}', '"')
    if r.returncode != 1:
        return f"python3 exited with status {r.returncode}, expected 1"
    if stderr == expected:
        return None
    diff = difflib.unified_diff(expected.splitlines(), stderr.splitlines(), "expected", "python3", lineterm="")
    return "\n".join(diff)


def main(argv):
    names = [os.path.basename(a) for a in argv] or sorted(
        n for n in os.listdir(DIR) if n.endswith(".py") and os.path.exists(os.path.join(DIR, n[:-3] + ".txt")))
    failed = 0
    for name in names:
        problem = check(name)
        if problem:
            failed += 1
            print(f"tests/tracebacks/{name}: {problem}")
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
