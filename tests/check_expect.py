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

  # expect syntax error: LINE:COL message
      The program does not compile: CPython's SyntaxError has that lineno,
      offset and msg (a subclass names itself first: "3:5 IndentationError:
      unexpected indent").  Nothing runs, so such a file has no other
      expectation.  Where Edge Python deliberately reports another position,
      the file says so on a line of its own, naming the document of the
      difference, and only the message is compared with CPython's:

        # position differs from CPython: tests/diff/syntax_error_positions.md

A marker is recognised when "# expect" starts the line or follows whitespace
(regex below).  Test programs never put that text inside string literals.

A marker may stand on a line of its own (after the statement whose output it
states, or at the end of the file) or follow code on the line that prints it:

    print(len([1, 2]))   # expect: 2
    [].pop()             # expect runtime error: IndexError: pop from empty list

A marker that follows code is a claim this checker verifies: the program runs
under a tracer that records which statement of the module was running when
each line of stdout was written (a call counts for the statement that made
it), and the statement on the marker's line must have written that line of
stdout, or raised the uncaught exception.  Markers on lines of their own only
count for the order of stdout.  tests/place_expectations.py moves the markers
of a file onto the statements that print them, with this tracer.

With no arguments every tests/lang/**/*.py is checked; otherwise only the
given files and directories.  Prints one line per failing file, then
"N passed, M failed", and exits 1 if anything failed.
"""

import ast
import concurrent.futures
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

MARKER = re.compile(r"(?:^|\s)# expect( runtime error| syntax error)?:(.*)$")
SYNTAX_PAYLOAD = re.compile(r"^(\d+):(\d+) (.*)$")
POSITION_DIFFERS = re.compile(r"^# position differs from CPython: (tests/diff/[\w.-]+\.md)$", re.M)
TIMEOUT = 10

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(ROOT, "tests", "lang")


def payload(raw):
    if raw.startswith(" "):
        raw = raw[1:]
    return raw.rstrip()


class Marker:
    """One expectation comment: its kind ("stdout", "error" or "syntax"), its
    text, its 1-based line, and whether code comes before it on that line."""

    def __init__(self, kind, text, line, after_code):
        self.kind, self.text, self.line, self.after_code = kind, text, line, after_code


class Expectations:
    def __init__(self):
        self.stdout = []      # the "# expect:" markers, in file order
        self.error = None     # the "# expect runtime error:" marker
        self.syntax = None    # the "# expect syntax error:" marker
        self.problems = []

    @property
    def expected_stdout(self):
        return "".join(m.text + "\n" for m in self.stdout)

    @property
    def on_code(self):
        """The markers that follow code on their line: claims about that line."""
        return [m for m in self.stdout + [self.error] if m is not None and m.after_code]


def parse_markers(source):
    exp = Expectations()
    for lineno, line in enumerate(source.split("\n"), 1):
        m = MARKER.search(line)
        if not m:
            continue
        kind = {None: "stdout", " runtime error": "error", " syntax error": "syntax"}[m.group(1)]
        marker = Marker(kind, payload(m.group(2)), lineno, line[:m.start()].strip() != "")
        if kind == "stdout":
            exp.stdout.append(marker)
        elif getattr(exp, kind) is not None:
            exp.problems.append(f"line {lineno}: second '# expect {m.group(1).strip()}:'")
        else:
            setattr(exp, kind, marker)
    if exp.syntax is not None and (exp.stdout or exp.error is not None):
        exp.problems.append("'# expect syntax error:' with other expectations (nothing runs)")
    if exp.syntax is not None and not SYNTAX_PAYLOAD.match(exp.syntax.text):
        exp.problems.append(f"line {exp.syntax.line}: '# expect syntax error:' needs 'LINE:COL message'")
    return exp


def parse_expectations(source):
    """Return (expected_stdout, expected_error_or_None, problems)."""
    exp = parse_markers(source)
    return exp.expected_stdout, exp.error.text if exp.error else None, exp.problems


# ---- which statement of the module wrote each line of stdout ----

# Runs the program as `python3 FILE` would (as __main__, with its folder first on sys.path
# and sys.argv == [FILE]) with sys.stdout wrapped: every write records the line the
# module's own frame was on. At the end (or when it raised) the records, and the line of
# the module frame the uncaught exception passed through, go to the report file as JSON.
# Run as `python3 -c TRACER FILE REPORT` in FILE's folder. It adds two frames under the
# program's and replaces sys.stdout, which a program that looks at either can notice.
TRACER = r'''
def _edge_trace():
    import sys, os
    path, report = sys.argv[1], sys.argv[2]
    sys.argv = [path]
    g = globals()
    del g["_edge_trace"]
    full = os.path.abspath(path)
    with open(path, "rb") as f:
        code = compile(f.read(), full, "exec", dont_inherit=True)
    g["__file__"], g["__cached__"] = full, None
    writes, error_line = [], None

    def module_line():
        f = sys._getframe(2)
        while f is not None and f.f_code is not code:
            f = f.f_back
        return None if f is None else f.f_lineno

    class Recorder:
        def __init__(self, stream):
            self._stream = stream

        def write(self, text):
            writes.append((text, module_line()))
            return self._stream.write(text)

        def __getattr__(self, name):
            return getattr(self._stream, name)

    sys.stdout = Recorder(sys.stdout)
    try:
        exec(code, g)
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code is code:
                error_line = tb.tb_lineno
            tb = tb.tb_next
        raise
    finally:
        import json
        with open(report, "w", encoding="utf-8") as f:
            json.dump({"writes": writes, "error_line": error_line}, f)

_edge_trace()
'''


def run_python(path, traced=False):
    """Run `path` under CPython in its folder: (status, stdout, stderr, report), where
    report is the tracer's record when traced (None if the program left no record)."""
    args = [sys.executable, os.path.basename(path)]
    report_path = None
    if traced:
        fd, report_path = tempfile.mkstemp(prefix="expect-trace-", suffix=".json")
        os.close(fd)
        args = [sys.executable, "-c", TRACER, os.path.basename(path), report_path]
    try:
        proc = subprocess.run(
            args,
            cwd=os.path.dirname(os.path.abspath(path)),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8",
                 "PYTHONDONTWRITEBYTECODE": "1"},
        )
        report = None
        if traced:
            try:
                with open(report_path, encoding="utf-8") as f:
                    report = json.load(f)
            except (OSError, ValueError):
                report = None
    finally:
        if report_path:
            os.unlink(report_path)
    return (proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"), report)


def output_lines(report):
    """The lines of stdout the tracer saw, each as (text, set of module lines that wrote
    part of it, the newline included)."""
    lines = []
    text, writers = [], set()
    for chunk, line in report["writes"]:
        parts = chunk.split("\n")
        for i, part in enumerate(parts):
            if part or i < len(parts) - 1:
                writers.add(line)
            text.append(part)
            if i < len(parts) - 1:
                lines.append(("".join(text), writers))
                text, writers = [], set()
    if text and "".join(text):
        lines.append(("".join(text), writers))
    return lines


class Statements:
    """The statements of a module's own code (the bodies of if, for, while, try, with and
    match included; those of def and class not: their lines run elsewhere), to find the
    innermost one that holds a line."""

    SKIP = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)

    def __init__(self, tree):
        self.parent = {}   # statement -> the statement whose body holds it (None: the module)
        self.span = {}     # statement -> (first line, last line), decorators included
        self.depth = {}
        self.by_line = {}  # line -> the deepest statements that hold it
        self.body = {}     # statement -> (the list of statements it is one of, its index)
        self._walk(tree.body, None, 0)

    def _walk(self, body, parent, depth):
        for i, s in enumerate(body):
            first = min([s.lineno] + [d.lineno for d in getattr(s, "decorator_list", [])])
            self.parent[s], self.span[s], self.depth[s] = parent, (first, s.end_lineno), depth
            self.body[s] = (body, i)
            for line in range(first, s.end_lineno + 1):
                held = self.by_line.get(line)
                if held is None or self.depth[held[0]] < depth:
                    self.by_line[line] = [s]
                elif self.depth[held[0]] == depth:
                    held.append(s)
            if isinstance(s, self.SKIP):
                continue
            for field in ("body", "orelse", "finalbody"):
                self._walk(getattr(s, field, []), s, depth + 1)
            for h in getattr(s, "handlers", []):
                self._walk(h.body, s, depth + 1)
            for c in getattr(s, "cases", []):
                self._walk(c.body, s, depth + 1)

    def at(self, line):
        """The innermost statements holding `line`: one, or several side by side on it
        (`a = 1; print(a)`); () for a line outside every statement."""
        return tuple(self.by_line.get(line, ()))


def check_placement(exp, source, report):
    """Problems with the markers that follow code, given the tracer's report: each must
    be on a line of the statement that wrote its line of stdout (or raised the error)."""
    if report is None:
        return ["markers follow code, but the program left no trace to check them against"]
    lines = output_lines(report)
    if "".join(t + "\n" for t, _ in lines) != exp.expected_stdout:
        return ["markers follow code, but stdout under the tracer differs from the plain run"]
    statements = Statements(ast.parse(source))
    problems = []
    for k, m in enumerate(exp.stdout):
        if not m.after_code:
            continue
        mine = statements.at(m.line)
        writers = {statements.at(w) for w in lines[k][1] if w is not None}
        if mine not in writers:
            where = ", ".join(str(w) for w in sorted(w for w in lines[k][1] if w is not None))
            problems.append(f"line {m.line}: '# expect: {m.text}' is stdout line {k + 1}, "
                            f"written by {'line ' + where if where else 'no statement of the module'}")
    if exp.error is not None and exp.error.after_code:
        line = report.get("error_line")
        if line is None or statements.at(line) != statements.at(exp.error.line):
            problems.append(f"line {exp.error.line}: the uncaught exception came from "
                            f"{'line ' + str(line) if line else 'outside the module'}")
    return problems


# Prints CPython's complaint about the program on stdin as "LINE:COL message", or nothing.
# A process of its own for each file: CPython 3.11 lets the state of one failed compile
# shift the positions it reports for the next.
COMPILER = r'''
import sys
try:
    compile(sys.stdin.buffer.read(), sys.argv[1], "exec", dont_inherit=True)
except SyntaxError as e:
    kind = "" if type(e) is SyntaxError else type(e).__name__ + ": "
    print(f"{e.lineno}:{e.offset} {kind}{e.msg}")
'''


def syntax_error_of(path):
    """CPython's complaint about the file as 'LINE:COL message', or None if it compiles."""
    with open(path, "rb") as f:
        source = f.read()
    proc = subprocess.run([sys.executable, "-c", COMPILER, os.path.basename(path)],
                          input=source, capture_output=True, timeout=TIMEOUT)
    out = proc.stdout.decode("utf-8", "replace").rstrip("\n")
    if proc.returncode != 0:
        return "(the compile check failed: " + proc.stderr.decode("utf-8", "replace").strip() + ")"
    return out or None


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
    exp = parse_markers(source)
    if exp.problems:
        return "; ".join(exp.problems)
    if exp.syntax is not None:
        actual = syntax_error_of(path)
        expected = exp.syntax.text
        differs = POSITION_DIFFERS.search(source)
        if differs:
            if not os.path.isfile(os.path.join(ROOT, differs.group(1))):
                return f"{differs.group(1)} does not exist"
            expected = SYNTAX_PAYLOAD.match(expected).group(3)
            actual = actual and SYNTAX_PAYLOAD.match(actual) and SYNTAX_PAYLOAD.match(actual).group(3)
        if actual != expected:
            return f"syntax error: expected {expected!r}, got {actual!r}"
        return None
    if not exp.stdout and exp.error is None:
        return "no '# expect' comments"
    traced = bool(exp.on_code)
    try:
        status, stdout, stderr, report = run_python(path, traced)
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT} s"
    # Payloads lose their trailing whitespace, so output with trailing
    # whitespace can never be expressed: report it explicitly.
    if stdout and not stdout.endswith("\n"):
        return "stdout does not end with a newline"
    stripped = "".join(l.rstrip() + "\n" for l in stdout.split("\n")[:-1])
    if stdout != stripped:
        return "stdout has trailing whitespace on some line (not expressible)"
    errors = []
    if stdout != exp.expected_stdout:
        errors.append("stdout (-expected +actual): " + short_diff(exp.expected_stdout, stdout))
    if exp.error is None:
        if status != 0 or stderr:
            last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
            errors.append(f"exit {status}, stderr: {last!r}")
    else:
        err_lines = stderr.rstrip("\n").split("\n") if stderr else []
        last = err_lines[-1].rstrip() if err_lines else ""
        if status != 1:
            errors.append(f"exit status {status}, expected 1")
        if last != exp.error.text:
            errors.append(f"error: expected {exp.error.text!r}, got {last!r}")
    if traced and not errors:
        errors += check_placement(exp, source, report)
    return "; ".join(errors) if errors else None


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
