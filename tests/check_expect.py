#!/usr/bin/env python3
"""Check that the expectation comments in tests/lang/**/*.py match CPython.

Usage: python3 tests/check_expect.py [PATH ...]

Each test program states its expected behaviour in comments:

  # expect: TEXT
      One expected line of stdout.  The expected stdout is every payload in
      file order, each followed by "\\n".  The payload is the text after
      "# expect:" with exactly one leading space removed (if present) and
      trailing whitespace stripped.

  # expect runtime error: Type: message
      At most one per file.  The program must end with that uncaught
      exception: exit status 1 and the last line of stderr equal to the
      payload.  Without it the program must exit 0 with empty stderr.

A marker is recognised when "# expect" starts the line or follows whitespace
(regex below).  Test programs never put that text inside string literals.

With no arguments every tests/lang/**/*.py is checked; otherwise only the
given files and directories.  Prints one line per failing file, then
"N passed, M failed", and exits 1 if anything failed.
"""

import concurrent.futures
import difflib
import os
import re
import subprocess
import sys

MARKER = re.compile(r"(?:^|\s)# expect( runtime error)?:(.*)$")
TIMEOUT = 10

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(ROOT, "tests", "lang")


def payload(raw):
    if raw.startswith(" "):
        raw = raw[1:]
    return raw.rstrip()


def parse_expectations(source):
    """Return (expected_stdout, expected_error_or_None, problems)."""
    lines = []
    error = None
    problems = []
    for lineno, line in enumerate(source.split("\n"), 1):
        m = MARKER.search(line)
        if not m:
            continue
        text = payload(m.group(2))
        if m.group(1):
            if error is not None:
                problems.append(f"line {lineno}: second '# expect runtime error:'")
            error = text
        else:
            lines.append(text + "\n")
    return "".join(lines), error, problems


def collect(args):
    files = []
    targets = args or [LANG_DIR]
    for target in targets:
        target = os.path.abspath(target)
        if os.path.isdir(target):
            for dirpath, dirnames, filenames in os.walk(target):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".py"):
                        files.append(os.path.join(dirpath, name))
        elif os.path.isfile(target):
            files.append(target)
        else:
            print(f"{target}: no such file or directory", file=sys.stderr)
            sys.exit(2)
    return sorted(set(files))


def short_diff(expected, actual, limit=6):
    diff = difflib.unified_diff(
        expected.split("\n"), actual.split("\n"),
        "expected", "actual", lineterm="", n=0)
    out = [d for d in diff if not d.startswith(("---", "+++", "@@"))]
    if len(out) > limit:
        out = out[:limit] + ["..."]
    return " | ".join(out) if out else "(difference in trailing newline)"


def check(path):
    """Return None if the file passes, else a short description."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    expected_out, expected_err, problems = parse_expectations(source)
    if problems:
        return "; ".join(problems)
    if not expected_out and expected_err is None:
        return "no '# expect' comments"
    try:
        proc = subprocess.run(
            [sys.executable, os.path.basename(path)],
            cwd=os.path.dirname(path),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8",
                 "PYTHONDONTWRITEBYTECODE": "1"},
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT} s"
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    # Payloads lose their trailing whitespace, so output with trailing
    # whitespace can never be expressed: report it explicitly.
    if stdout and not stdout.endswith("\n"):
        return "stdout does not end with a newline"
    actual_out = stdout
    stripped = "".join(l.rstrip() + "\n" for l in stdout.split("\n")[:-1])
    if stdout != stripped:
        return "stdout has trailing whitespace on some line (not expressible)"
    errors = []
    if actual_out != expected_out:
        errors.append("stdout (-expected +actual): " + short_diff(expected_out, actual_out))
    if expected_err is None:
        if proc.returncode != 0 or stderr:
            last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
            errors.append(f"exit {proc.returncode}, stderr: {last!r}")
    else:
        err_lines = stderr.rstrip("\n").split("\n") if stderr else []
        last = err_lines[-1].rstrip() if err_lines else ""
        if proc.returncode != 1:
            errors.append(f"exit status {proc.returncode}, expected 1")
        if last != expected_err:
            errors.append(f"error: expected {expected_err!r}, got {last!r}")
    return "; ".join(errors) if errors else None


def main(argv):
    files = collect(argv[1:])
    passed = failed = 0
    workers = min(8, os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(check, files))
    for path, problem in zip(files, results):
        if problem is None:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {os.path.relpath(path, ROOT)}: {problem}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
