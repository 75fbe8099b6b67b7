#!/usr/bin/env python3
"""Put the expectation comments of corpus programs on the statements that print them.

Usage: python3 tests/place_expectations.py [--check] [PATH ...]

A program of tests/lang/ may state its output at its end, where a reader has to count
prints to match them with lines. This moves each "# expect:" (and "# expect runtime
error:") to the statement that printed it (or raised it), as CPython shows when it runs
the program under check_expect.py's tracer:

    print(len([1, 2]))   # expect: 2           a statement that prints one line
    show(board)                                 one that prints several (a call, a loop)
    # expect: . X .                             has them on the lines after it
    # expect: O . .

A statement inside a loop that prints more than once leaves its lines to the loop, after
it; so does a statement whose output another's interrupts. Comments on one line that
follow each other are aligned, and a line stays within 100 columns (else the comment
goes on the next line). The payloads and their order do not change, so the expected
output is the same; the new file must pass check_expect.py (which checks every comment
that follows code), else the file is left as it was. Running it again changes nothing.

Without PATHs, every tests/lang/**/*.py. --check changes nothing and lists the files
it would change. Prints what it did with each file it did not move, and a summary.
"""

import ast
import concurrent.futures
import io
import os
import sys
import tempfile
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_expect as ce  # noqa: E402

WIDTH = 100
LOOPS = (ast.For, ast.AsyncFor, ast.While)
SIMPLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Delete, ast.Pass,
          ast.Break, ast.Continue, ast.Raise, ast.Assert, ast.Import, ast.ImportFrom,
          ast.Global, ast.Nonlocal)


class Skip(Exception):
    """The file keeps its comments where they are, for the reason given."""


class Units:
    """The statements output is attributed to. A unit is a tuple of statements of one
    body, one after the other: one statement, or several that share a line (`a = f();
    print(a)`) or a line of output (`print("a", end=""); print("b")`)."""

    def __init__(self, statements):
        self.st = statements

    def ancestors(self, unit):
        chain = [unit]
        s = self.st.parent[unit[0]]
        while s is not None:
            chain.append((s,))
            s = self.st.parent[s]
        return chain

    def parent(self, unit):
        p = self.st.parent[unit[0]]
        if p is None:
            raise Skip("its output belongs to no one statement of the module")
        return (p,)

    def within(self, unit, outer):
        """Whether every statement of `unit` is one of `outer`'s or inside one."""
        return any(set(a) & set(outer) for a in self.ancestors(unit))

    def common(self, a, b):
        """The least unit that holds both: the statement around them, or the statements
        from the first to the last of them when they are in one body."""
        bs = self.ancestors(b)
        for u in self.ancestors(a):
            if self.within(b, u):
                return u
            body, i = self.st.body[u[0]]
            for v in bs:
                vbody, j = self.st.body[v[0]]
                if vbody is body:
                    first = min(i, j)
                    last = max(self.st.body[u[-1]][1], self.st.body[v[-1]][1])
                    return tuple(body[first:last + 1])
        raise Skip("two statements that share output have only the module in common")

    def loop_around(self, unit):
        for u in self.ancestors(unit)[1:]:
            if isinstance(u[0], LOOPS):
                return u
        return None

    def span(self, unit):
        return (min(self.st.span[s][0] for s in unit), max(self.st.span[s][1] for s in unit))

    def simple(self, unit):
        return all(isinstance(s, SIMPLE) for s in unit)


def comment_lines(source):
    """Lines that hold a comment other than an expectation."""
    lines = set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT and not ce.MARKER.search(" " + tok.string):
            lines.add(tok.start[0])
    return lines


def marker_text(item):
    kind, text = item
    return f"# expect{' runtime error' if kind == 'error' else ''}: {text}".rstrip()


def plan(path, source, code_lines):
    """The new places: {line: item} for comments after code, {line: [(indent, items)]}
    for blocks of comments after a statement."""
    exp = ce.parse_markers(source)
    if exp.problems:
        raise Skip("; ".join(exp.problems))
    report = ce.run_python(path, traced=True)[3]
    if report is None:
        raise Skip("the program left no trace")
    lines = ce.output_lines(report)
    if "".join(t + "\n" for t, _ in lines) != exp.expected_stdout:
        raise Skip("under the tracer its stdout differs from its expectations")
    items = [("stdout", m.text) for m in exp.stdout]
    st = ce.Statements(ast.parse(source))
    units = Units(st)
    owners = []
    for text, writers in lines:
        if None in writers or not writers:
            raise Skip("some output is written outside the module's statements")
        found = {st.at(w) for w in writers}
        if () in found:
            raise Skip("some output is written from outside every statement")
        owner = found.pop()
        for other in found:
            owner = units.common(owner, other)
        owners.append(owner)
    if exp.error is not None:
        line = report.get("error_line")
        if line is None or not st.at(line):
            raise Skip("the uncaught exception does not pass through the module's code")
        items.append(("error", exp.error.text))
        owners.append(st.at(line))
    comments = comment_lines(source)

    def lift(target):
        for i, u in enumerate(owners):
            if units.within(u, target):
                owners[i] = target

    def placement(unit, count):
        """('after', line, indent) or ('on', line)."""
        first, last = units.span(unit)
        if count == 1 and units.simple(unit) and last not in comments:
            k = owners.index(unit)
            if len(code_lines[last - 1]) + 2 + len(marker_text(items[k])) <= WIDTH:
                return ("on", last)
        line = code_lines[first - 1]
        return ("after", last, line[:len(line) - len(line.lstrip())])

    for _ in range(1000):
        counts = {}
        for u in owners:
            counts[u] = counts.get(u, 0) + 1
        # A statement in a loop that prints more than once: the loop's lines.
        looped = [units.loop_around(u) for u, n in counts.items() if n > 1]
        looped = [loop for loop in looped if loop is not None]
        if looped:
            lift(looped[0])
            continue
        # A statement whose lines another's interrupt: into the statement around both.
        broken = None
        for u in counts:
            idx = [i for i, v in enumerate(owners) if v == u]
            if idx[-1] - idx[0] + 1 != len(idx):
                broken = u
                break
        if broken is not None:
            inner = any(v != broken and units.within(v, broken) for v in owners)
            lift(broken if inner else units.parent(broken))
            continue
        # The places, read top to bottom, must give the output in order.
        places = {u: placement(u, n) for u, n in counts.items()}
        order = []
        for u in dict.fromkeys(owners):
            p = places[u]
            order.append(((p[1], 0 if p[0] == "on" else 1, -st.depth[u[0]]), u))
        inversion = None
        for (ka, a), (kb, b) in zip(order, order[1:]):
            if ka >= kb:
                inversion = (a, b)
                break
        if inversion is None:
            break
        lift(units.common(*inversion))
    else:
        raise Skip("no placement keeps the output in order")

    on, after = {}, {}
    for u in dict.fromkeys(owners):
        p = places[u]
        mine = [items[i] for i, v in enumerate(owners) if v == u]
        if p[0] == "on":
            on[p[1]] = mine[0]
        else:
            after.setdefault(p[1], []).append((p[2], mine))
    return on, after


def render(source, on, after):
    out = []
    src_lines = source.split("\n")
    trailing_newline = src_lines and src_lines[-1] == ""
    if trailing_newline:
        src_lines = src_lines[:-1]
    code = []
    for line in src_lines:
        m = ce.MARKER.search(line)
        if m is None:
            code.append(line)
        elif line[:m.start()].strip():
            code.append(line[:m.start()].rstrip())
        else:
            code.append(None)  # a comment line of its own: dropped
    # Columns: comments on consecutive lines line up, as long as every line stays in WIDTH.
    column = {}
    run = []

    def close(run):
        if run:
            col = max(len(code[i - 1]) for i in run) + 2
            for i in run:
                column[i] = col

    for i in sorted(on):
        joined = run + [i]
        if run and run[-1] == i - 1 and max(len(code[j - 1]) for j in joined) + 2 + max(
                len(marker_text(on[j])) for j in joined) <= WIDTH:
            run.append(i)
        else:
            close(run)
            run = [i]
    close(run)
    for i, line in enumerate(code, 1):
        if line is None:
            continue
        if i in on:
            line = line.ljust(column[i]) + marker_text(on[i])
        out.append(line)
        for indent, items in after.get(i, []):
            out += [indent + marker_text(item) for item in items]
    while out and out[-1].strip() == "":
        out.pop()
    return "\n".join(out) + "\n"


def place(path, write=True):
    """'moved', 'same', or raises Skip."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    if ce.parse_markers(source).syntax is not None:
        return "same"  # a syntax error is stated where it happens: nothing runs, nothing moves
    code_lines = []
    for line in source.split("\n"):
        m = ce.MARKER.search(line)
        code_lines.append(line[:m.start()].rstrip() if m else line)
    on, after = plan(path, source, code_lines)
    new = render(source, on, after)
    if new == source:
        return "same"
    if ast.dump(ast.parse(new)) != ast.dump(ast.parse(source)):
        raise Skip("the new text would be another program")
    old_exp, new_exp = ce.parse_markers(source), ce.parse_markers(new)
    if (old_exp.expected_stdout, old_exp.error and old_exp.error.text) != (
            new_exp.expected_stdout, new_exp.error and new_exp.error.text):
        raise Skip("the new comments would state another output")
    # The new text must pass the checker where the program lives (it may import neighbours).
    fd, tmp = tempfile.mkstemp(prefix=".place-", suffix=".py", dir=os.path.dirname(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new)
        problem = ce.check(tmp)
    finally:
        os.unlink(tmp)
    if problem is not None:
        raise Skip(f"the new text fails the check: {problem}")
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
    return "moved"


def main(argv):
    write = "--check" not in argv
    files = ce.collect([a for a in argv[1:] if a != "--check"])

    def one(path):
        try:
            return place(path, write)
        except Skip as why:
            return f"kept: {why}"

    workers = min(8, os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(one, files))
    counts = {}
    for path, result in zip(files, results):
        key = result if result in ("moved", "same") else "kept"
        counts[key] = counts.get(key, 0) + 1
        if result != "same" and (result != "moved" or not write):
            print(f"{os.path.relpath(path, ce.ROOT)}: {result}")
    verb = "moved" if write else "would move"
    print(f"{counts.get('moved', 0)} {verb}, {counts.get('same', 0)} already in place, "
          f"{counts.get('kept', 0)} kept")
    return 1 if not write and counts.get("moved") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
