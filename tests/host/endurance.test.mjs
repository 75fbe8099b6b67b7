// endurance.test.mjs — one Edge instance runs ten thousand programs one after another, of
// every kind (classes, closures, generators, exceptions, big ints, strings, programs that
// fail, run out of steps or hit the heap cap), and its memory stays flat after warm-up:
// nothing a program leaves behind outlives it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../../web/edge.js';

const WASM = fs.readFileSync(fileURLToPath(new URL('../../build/wasm/edge.wasm', import.meta.url)));

// Each program takes the run's number, so no two runs are quite the same program.
const PROGRAMS = [
    (i) => `class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f"P({self.x})"\nprint([P(k) for k in range(${i % 50})][-1:])`,
    (i) => `def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = counter()\nfor _ in range(${i % 100}):\n    c()\nprint(c())`,
    (i) => `def gen(n):\n    for k in range(n):\n        yield k * k\nprint(sum(gen(${i % 200})), list(x for x in gen(5)))`,
    (i) => `try:\n    {}[${i}]\nexcept KeyError as e:\n    print("missing", e)`,
    (i) => `print(2 ** ${100 + (i % 300)} % 1000007, str(3 ** 200)[:10])`,
    (i) => `words = ["w%d" % k for k in range(${i % 300})]\ns = " ".join(words)\nprint(len(s), s[:20].upper(), s.count("1"))`,
    (i) => `d = {k: str(k) * 3 for k in range(${i % 400})}\nprint(len(d), sorted(set(d.values()))[:2])`,
    (i) => `raise ValueError("run ${i}")`,
    (i) => `def f(n):\n    return f(n + 1)\nf(${i})`,
    (i) => `while True:\n    x = [${i}] * 10`,
    (i) => `x = [${i}]\nx.append(x)\nprint(x, {1: x})`,
    (i) => `print("syntax error" ${i}`,
];

test('ten thousand programs in one instance: memory stays flat after warm-up', { timeout: 600_000 }, async () => {
    let output = 0;
    const edge = await createEdge({ wasm: WASM, stdout: (t) => { output += t.length; }, stderr: () => {}, heapLimit: 64 << 20 });
    const runOne = (i) => {
        const program = PROGRAMS[i % PROGRAMS.length](i);
        // The endless one meets its step limit; everything else ends on its own.
        const r = edge.runSync(program, { maxSteps: 20_000 });
        const kind = i % PROGRAMS.length;
        if (kind === 7) assert.equal(r.error?.type, 'ValueError');
        else if (kind === 8) assert.equal(r.error?.type, 'RecursionError');
        else if (kind === 9) assert.equal(r.error?.type, 'TimeoutError');
        else if (kind === 11) assert.equal(r.error?.type, 'SyntaxError');
        else assert.equal(r.ok, true, `${program}\n${JSON.stringify(r.error)}`);
    };
    const WARM_UP = 1000;
    const TOTAL = 10_000;
    for (let i = 0; i < WARM_UP; i++) runOne(i);
    const warm = edge.memoryBytes();
    for (let i = WARM_UP; i < TOTAL; i++) runOne(i);
    assert.ok(output > 0);
    assert.equal(edge.memoryBytes(), warm, `memory grew from ${warm} to ${edge.memoryBytes()} bytes after warm-up`);
});

// The same ten programs again and again: the memory the first rounds of ten runs needed is
// all the instance ever needs, since each run's garbage is collected (under builtins too)
// and nothing a run leaves behind outlives it. (Two rounds: where the heap's pages fall
// after the first depends on the size of edge.wasm's static data, so the first round may
// end one 64 KiB page short of what the program needs at its peak.)
const TEN = [
    'print(sum(n for n in range(20000) if n == sum(int(d) ** 3 for d in str(n))))',
    'print(max((str(n) * 3 for n in range(5000)), key=len))',
    'print(len("".join(w.upper() for w in ("word%d" % i for i in range(5000)))))',
    'print(sorted(({"k": i} for i in range(3000)), key=lambda d: -d["k"])[0])',
    'class Node:\n    def __init__(self, v, nxt):\n        self.v, self.nxt = v, nxt\nhead = None\nfor i in range(3000):\n    head = Node(i, head)\nprint(head.v)',
    'def perms(xs):\n    if len(xs) <= 1:\n        yield tuple(xs)\n        return\n    for i in range(len(xs)):\n        for p in perms(xs[:i] + xs[i + 1:]):\n            yield (xs[i],) + p\nprint(sum(p[0] * p[-1] for p in perms(list(range(7)))))',
    'print(len(set(frozenset((i, i % 7)) for i in range(4000))))',
    'print(sum(len(repr([i, (i, str(i))])) for i in range(4000)))',
    'try:\n    [1][5]\nexcept IndexError as e:\n    print(str(e) * 2)',
    'print(2 ** 2000 % 997, len(str(3 ** 3000)))',
];

test('the same programs 1,000 times end with the memory of 20 runs', async () => {
    const edge = await createEdge({ wasm: WASM, stdout: () => {}, stderr: () => {} });
    const runAll = () => {
        for (const program of TEN) {
            const r = edge.runSync(program);
            assert.equal(r.ok, true, `${program}\n${JSON.stringify(r.error)}`);
        }
    };
    runAll();
    runAll();
    const afterTwenty = edge.memoryBytes();
    for (let i = 0; i < 98; i++) runAll();
    assert.equal(edge.memoryBytes(), afterTwenty, `memory grew from ${afterTwenty} to ${edge.memoryBytes()} bytes`);
});
