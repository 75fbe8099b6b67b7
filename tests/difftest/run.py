#!/usr/bin/env python3
"""Differential testing: random programs (gen.py) run on CPython and on Edge Python.

Usage: python3 tests/difftest/run.py [--start S] [--count N] [--jobs J] [--wasm] [FILE ...]

For each seed, gen.py writes a program; it runs under python3 (twice, with two string hash
seeds: a program whose output changes between them is the generator's fault and is
skipped) and under build/native/edge (and, with --wasm, under `node web/cli.js` too). The
two agree when stdout, the last line of stderr (the uncaught exception) and the exit
status are the same; object addresses (`at 0x...`) are ignored.

A disagreement is reduced (delta debugging over statements: remove each one, or replace a
compound statement by its body, while the same disagreement remains) and the smallest
program is saved under --out (build/difftest/findings/ by default), one file per distinct
disagreement, with what each side printed. The summary lists them; the exit status is 1
when any program disagreed.

FILE arguments compare those programs instead of generated ones (a saved finding, say).
`make difftest` runs a few thousand seeds; `--smoke` is the short fixed run `make test`
does.
"""

import argparse
import ast
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

PYTHON = os.environ.get('PYTHON', 'python3')
warnings.simplefilter('ignore', SyntaxWarning)  # compile() while reducing: 'int' object is not callable...
SMOKE_SEEDS = (1, 60)   # make test: seeds 1..60, which all agree


class Runner:
    def __init__(self, args):
        self.args = args
        self.edge = os.path.join(ROOT, args.edge)
        self.timeout = args.timeout

    def run(self, cmd, path, env=None):
        e = dict(os.environ)
        e.update(env or {})
        try:
            p = subprocess.run(cmd + [path], capture_output=True, timeout=self.timeout, env=e,
                               cwd=os.path.dirname(path))
            return (normalize(p.stdout.decode('utf-8', 'replace')),
                    p.stderr.decode('utf-8', 'replace'), p.returncode)
        except subprocess.TimeoutExpired as t:
            out = normalize((t.stdout or b'').decode('utf-8', 'replace'))
            return out, 'timeout', 'timeout'

    def python(self, path, hashseed='1'):
        return self.run([PYTHON, '-X', 'int_max_str_digits=4300'], path,
                        {'PYTHONHASHSEED': hashseed, 'PYTHONIOENCODING': 'utf-8'})

    def targets(self):
        out = [('native', [self.edge])]
        if self.args.wasm:
            out.append(('wasm', ['node', os.path.join(ROOT, 'web/cli.js')]))
        return out

    def check(self, path, determinism=True):
        """('pass'|'invalid'|'fail', detail). detail is the signature of a failure (a
        tuple that stays the same while the same disagreement remains), or why a program
        is invalid."""
        ref = self.python(path)
        if ref[2] == 'timeout':
            return 'invalid', 'python3 timed out'
        if ref[2] == 1 and last_line(ref[1]).startswith(('SyntaxError', 'IndentationError')):
            return 'invalid', 'python3: ' + last_line(ref[1])
        if determinism:
            again = self.python(path, '2')
            if again[0] != ref[0] or last_line(again[1]) != last_line(ref[1]):
                return 'invalid', 'nondeterministic under python3'
        for name, cmd in self.targets():
            got = self.run(cmd, path)
            sig = compare(ref, got)
            if sig:
                return 'fail', (name,) + sig
        return 'pass', None


def normalize(text):
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at 0x?', text)


def last_line(text):
    lines = [l for l in text.rstrip('\n').split('\n') if l.strip()]
    return lines[-1] if lines else ''


def compare(ref, got):
    """None when `got` matches `ref`, else a signature of the first difference."""
    (rout, rerr, rrc), (gout, gerr, grc) = ref, got
    # tests/diff/nul_in_reports.md: a NUL in an uncaught error's message shows as U+2400.
    gerr = gerr.replace('\u2400', '\x00')
    if grc == 'timeout':
        return ('timeout',)
    if grc not in (0, 1):
        return ('crash', grc, last_line(gerr)[:200])
    if rout != gout:
        a, b = rout.split('\n'), gout.split('\n')
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else '<end of output>'
            y = b[i] if i < len(b) else '<end of output>'
            if x != y:
                if i == len(a) - 1 and x == '' or i == len(b) - 1 and y == '':
                    # One side stopped early (an exception): say so with its error.
                    x = x or '<end of output: ' + last_line(rerr)[:150] + '>'
                    y = y or '<end of output: ' + last_line(gerr)[:150] + '>'
                return ('stdout', x[:300], y[:300])
    if rrc != grc:
        return ('status', rrc, grc, last_line(rerr)[:200], last_line(gerr)[:200])
    if rrc == 1 and last_line(rerr) != last_line(gerr):
        return ('stderr', last_line(rerr)[:300], last_line(gerr)[:300])
    return None


ERROR_RE = re.compile(r"\b([A-Z]\w*(?:Error|Exception|Warning)|StopIteration|KeyboardInterrupt)\b[\s:(\'\"]*(.*)")


def shape(text):
    """Text with its random parts (quoted strings, numbers) made alike."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'?'", text.rstrip(")'\","))
    return re.sub(r'\d+(\.\d+)?(e[-+]?\d+)?', 'N', text)[:100]


def bug_key(sig):
    """What identifies a disagreement across programs: an error that one side printed and
    the other did not (its type and the shape of its message); else the words that differ
    (not the whole lines); for output that stops
    early on one side, the error it stopped with."""
    if sig[1] != 'stdout':
        return sig[:2] + tuple(shape(str(x)) for x in sig[2:])
    x, y = sig[2], sig[3]
    for side, line in (('python3', x), (sig[0], y)):
        if line.startswith('<end of output'):
            return (sig[0], 'stopped', side, shape(line))
    ex, ey = ERROR_RE.search(x), ERROR_RE.search(y)
    if ex or ey:
        if not ex or not ey or ex.group(1) != ey.group(1) or shape(ex.group(2)) != shape(ey.group(2)):
            return (sig[0], 'error', ex and ex.group(1), ex and shape(ex.group(2)), ey and ey.group(1), ey and shape(ey.group(2)))
    tx, ty = re.findall(r'\w+|\W', x), re.findall(r'\w+|\W', y)
    segs = []
    for op, a, b, c, d in difflib.SequenceMatcher(None, tx, ty, autojunk=False).get_opcodes():
        if op != 'equal':
            segs.append((''.join(tx[a:b])[:80], ''.join(ty[c:d])[:80]))
    return (sig[0], 'stdout') + tuple(segs[:4])


# ---- reduction ----

def statements(tree):
    """Every statement node with the body list it sits in, outermost first."""
    out = []

    def walk(body, depth):
        for node in body:
            out.append((depth, node, body))
            for field in ('body', 'orelse', 'finalbody'):
                sub = getattr(node, field, None)
                if isinstance(sub, list) and sub and isinstance(sub[0], ast.stmt):
                    walk(sub, depth + 1)
            for h in getattr(node, 'handlers', []) or []:
                walk(h.body, depth + 1)
            for c in getattr(node, 'cases', []) or []:
                walk(c.body, depth + 1)
    walk(tree.body, 0)
    out.sort(key=lambda x: x[0])
    return out


def first_line(node):
    lines = [node.lineno] + [d.lineno for d in getattr(node, 'decorator_list', []) or []]
    return min(lines)


def candidates(src):
    """Smaller versions of src: each statement removed (with `pass` left where it was the
    only one), each compound statement replaced by its body."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return
    lines = src.split('\n')
    for depth, node, body in statements(tree):
        a, b = first_line(node) - 1, node.end_lineno
        indent = ' ' * node.col_offset
        if len(body) == 1 and depth > 0:
            if isinstance(node, ast.Pass):
                continue
            yield '\n'.join(lines[:a] + [indent + 'pass'] + lines[b:])
        else:
            yield '\n'.join(lines[:a] + lines[b:])
        inner = getattr(node, 'body', None)
        if isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)) and inner:
            ia, ib = first_line(inner[0]) - 1, inner[-1].end_lineno
            shift = inner[0].col_offset - node.col_offset
            new = [l[shift:] if l[:shift].strip() == '' else l for l in lines[ia:ib]]
            yield '\n'.join(lines[:a] + new + lines[b:])


def reduce(src, still_fails, budget=400):
    """Greedy delta debugging: chunks of top-level statements first, then one statement at
    a time, while still_fails(candidate) holds. At most `budget` tries."""
    tries = [0]

    def ok(c):
        if tries[0] >= budget:
            return False
        try:
            compile(c, 'p.py', 'exec')
        except SyntaxError:
            return False
        tries[0] += 1
        return still_fails(c)

    # Halves, quarters, ... of the top-level statements.
    n = 2
    while True:
        try:
            tree = ast.parse(src)
        except SyntaxError:
            break
        top = tree.body
        if len(top) < 2 or n > len(top):
            break
        lines = src.split('\n')
        size = (len(top) + n - 1) // n
        removed = False
        for i in range(0, len(top), size):
            chunk = top[i:i + size]
            a, b = first_line(chunk[0]) - 1, chunk[-1].end_lineno
            cand = '\n'.join(lines[:a] + lines[b:])
            if ok(cand):
                src = cand
                removed = True
                break
        if removed:
            n = max(n - 1, 2)
        else:
            n *= 2
    # One statement at a time, until nothing more goes.
    progress = True
    while progress and tries[0] < budget:
        progress = False
        for cand in candidates(src):
            if ok(cand):
                src = cand
                progress = True
                break
    return src.rstrip('\n') + '\n'


# ---- driving ----

class Campaign:
    def __init__(self, args):
        self.args = args
        self.runner = Runner(args)
        self.lock = threading.Lock()
        self.findings = {}      # signature -> (seed, path of the reduced program)
        self.counts = {'pass': 0, 'fail': 0, 'invalid': 0}
        self.failed_seeds = []
        self.invalid = []
        self.tmp = tempfile.mkdtemp(prefix='difftest-')
        features = gen.parse_features(args.features)
        if not args.wasm:
            # The native edge cannot load math (a native .wasm module).
            features.setdefault('math', False)
        self.features = features

    def write(self, name, src):
        path = os.path.join(self.tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src)
        return path

    def one(self, label, src):
        path = self.write(f'{label}.py', src)
        verdict, detail = self.runner.check(path)
        with self.lock:
            self.counts[verdict] += 1
            if verdict == 'invalid':
                self.invalid.append((label, detail))
            if verdict != 'fail':
                return
            key = bug_key(detail)
            self.failed_seeds.append((label, key))
            new = key not in self.findings
            if new:
                self.findings[key] = (label, None)
        if new and not self.args.no_reduce:
            small = self.reduce(label, src, key)
            saved = self.save(label, small, key)
            with self.lock:
                self.findings[key] = (label, saved)
        if self.args.verbose:
            print(f'{label}: {detail}', flush=True)

    def reduce(self, label, src, sig):
        n = [0]

        def still(c):
            n[0] += 1
            p = self.write(f'{label}.r{n[0]}.py', c)
            v, d = self.runner.check(p, determinism=False)
            os.unlink(p)
            return v == 'fail' and bug_key(d) == sig
        return reduce(src, still)

    def save(self, label, src, sig):
        os.makedirs(self.args.out, exist_ok=True)
        path = os.path.join(self.args.out, f'{label}.py')
        p = self.write(f'{label}.min.py', src)
        ref = self.runner.python(p)
        got = [(name, self.runner.run(cmd, p)) for name, cmd in self.runner.targets()]
        head = [f'# difftest finding: {label}', f'# signature: {sig!r}', '# python3 stdout tail:']
        head += ['#   ' + l for l in ref[0].rstrip('\n').split('\n')[-5:]]
        head += ['#   stderr: ' + last_line(ref[1]), f'#   status: {ref[2]}']
        for name, g in got:
            head += [f'# {name} stdout tail:'] + ['#   ' + l for l in g[0].rstrip('\n').split('\n')[-5:]]
            head += ['#   stderr: ' + last_line(g[1]), f'#   status: {g[2]}']
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(head) + '\n' + src)
        return path

    def go(self, jobs):
        started = time.time()
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.args.jobs) as ex:
            futs = [ex.submit(self.one, label, src) for label, src in jobs]
            done = 0
            for f in concurrent.futures.as_completed(futs):
                f.result()
                done += 1
                if self.args.progress and done % 100 == 0:
                    print(f'  {done}/{len(futs)}: {self.counts}', file=sys.stderr, flush=True)
        return time.time() - started

    def summary(self, elapsed):
        c = self.counts
        total = c['pass'] + c['fail']
        rate = 100.0 * c['pass'] / total if total else 100.0
        print(f'difftest: {total} programs compared in {elapsed:.0f} s: {c["pass"]} agree, '
              f'{c["fail"]} differ ({rate:.1f}% agree); {c["invalid"]} skipped as invalid')
        for label, why in self.invalid[:10]:
            print(f'  invalid {label}: {why}')
        if self.findings:
            print(f'{len(self.findings)} distinct disagreements:')
            bysig = {}
            for label, sig in self.failed_seeds:
                bysig.setdefault(sig, []).append(label)
            for sig, (label, path) in sorted(self.findings.items(), key=lambda kv: -len(bysig[kv[0]])):
                print(f'  {len(bysig[sig])}x {sig!r}')
                print(f'      first {label}' + (f', reduced: {os.path.relpath(path, ROOT)}' if path else ''))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('files', nargs='*', help='compare these programs instead of generated ones')
    ap.add_argument('--start', type=int, default=1, help='first seed (default 1)')
    ap.add_argument('--count', type=int, default=200, help='programs to generate (default 200)')
    ap.add_argument('--size', type=int, default=40, help='top-level statements per program')
    ap.add_argument('--features', default='', help="gen.py features: 'name,-other'")
    ap.add_argument('--jobs', '-j', type=int, default=2)
    ap.add_argument('--edge', default='build/native/edge', help='the native edge to test')
    ap.add_argument('--wasm', action='store_true', help='also run edge.wasm (node web/cli.js)')
    ap.add_argument('--timeout', type=float, default=20.0, help='seconds per run')
    ap.add_argument('--out', default=os.path.join(ROOT, 'build/difftest/findings'))
    ap.add_argument('--no-reduce', action='store_true', help='do not reduce disagreements')
    ap.add_argument('--smoke', action='store_true', help=f'seeds {SMOKE_SEEDS[0]}..{SMOKE_SEEDS[1]}, quietly')
    ap.add_argument('--progress', action='store_true')
    ap.add_argument('--verbose', '-v', action='store_true')
    args = ap.parse_args()
    if args.smoke:
        args.start, args.count = SMOKE_SEEDS[0], SMOKE_SEEDS[1] - SMOKE_SEEDS[0] + 1
        args.no_reduce = True
    camp = Campaign(args)
    if args.files:
        jobs = []
        for f in args.files:
            with open(f, encoding='utf-8') as fh:
                jobs.append((os.path.splitext(os.path.basename(f))[0], fh.read()))
    else:
        jobs = ((f'seed{s}', gen.generate(s, args.size, camp.features))
                for s in range(args.start, args.start + args.count))
    elapsed = camp.go(list(jobs))
    if args.smoke and not camp.counts['fail']:
        print(f'difftest smoke: {camp.counts["pass"]} programs agree with python3')
    else:
        camp.summary(elapsed)
    sys.exit(1 if camp.counts['fail'] else 0)


if __name__ == '__main__':
    main()
