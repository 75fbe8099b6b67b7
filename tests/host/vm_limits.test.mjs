// vm_limits.test.mjs — every limit the VM keeps raises a clear Python error, and the
// program (and the instance) go on afterwards. Runs the native build's CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const EDGE = fileURLToPath(new URL('../../build/native/edge', import.meta.url));

function run(code, ...flags) {
    const r = spawnSync(EDGE, [...flags, '-c', code], { encoding: 'utf8', timeout: 60_000 });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

test('the heap cap raises MemoryError, which a program can catch and go on', () => {
    const r = run(
        'a = []\ntry:\n    while True:\n        a.append([0] * 1000)\nexcept MemoryError:\n    a = None\n    print("caught")\nprint("alive")',
        '--heap-limit', '32');
    assert.equal(r.stdout, 'caught\nalive\n');
    assert.equal(r.status, 0);
});

test('one huge list meets the heap cap before the host runs out of memory', () => {
    const r = run('try:\n    b = list(range(10**9))\nexcept MemoryError:\n    print("too big")', '--heap-limit', '32');
    assert.equal(r.stdout, 'too big\n');
});

test('an uncaught MemoryError ends the program with exit status 1', () => {
    const r = run('x = []\nwhile True:\n    x.append("abc" * 100)', '--heap-limit', '16');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /MemoryError\n$/);
});

test('recursion stops at 1000 frames with RecursionError', () => {
    const r = run('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)');
    assert.equal(r.stdout, 'maximum recursion depth exceeded\n');
});

test('recursion through __repr__ (C calling Python) is a RecursionError, not a crash', () => {
    const r = run('class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print("deep")');
    assert.equal(r.stdout, 'deep\n');
});

test('a self-containing list prints [...] instead of recursing', () => {
    const r = run('a = [1]\na.append(a)\nprint(a)');
    assert.equal(r.stdout, '[1, [...]]\n');
});

test('a step budget suspends an endless loop; the CLI resumes it slice by slice', () => {
    const r = run('n = 0\nwhile n < 100000:\n    n += 1\nprint(n)', '--steps', '1000');
    assert.equal(r.stdout, '100000\n');
});

// The run's limits (--max-steps, --timeout; maxSteps and timeout in web/edge.js) end a
// program with a TimeoutError that no except clause catches, even where the loop runs
// under a builtin that cannot pause it.
const endlessUnderC = {
    'a generator under sum()': 'def g():\n    while True:\n        yield 1\nprint(sum(g()))',
    'an endless __eq__ called by list ==': 'class K:\n    def __eq__(self, o):\n        while True:\n            pass\nprint([K()] == [K()])',
    'a key function under sorted()': 'def key(x):\n    while True:\n        pass\nsorted([3, 1, 2], key=key)',
    'a __repr__ under print()': 'class R:\n    def __repr__(self):\n        while True:\n            pass\nprint([R()])',
    'a builtin iterator that never ends, under sum() (no Python code runs)': 'print(sum(iter(int, 1)))',
    'a range of 10**18 under sum()': 'print(sum(range(10**18)))',
    'a handler that swallows everything': 'while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n    except:\n        pass',
};

for (const [what, code] of Object.entries(endlessUnderC)) {
    test(`--max-steps ends ${what} with TimeoutError`, () => {
        const r = run(code, '--max-steps', '200000');
        assert.equal(r.status, 1);
        assert.match(r.stderr, /TimeoutError: the program ran longer than its limit of 200000 steps\n$/);
    });
}

test('--timeout ends an endless generator under sum() after about that long', () => {
    const start = Date.now();
    const r = run('def g():\n    while True:\n        yield 1\nsum(g())', '--timeout', '200');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /TimeoutError: the program ran longer than its limit of 200 ms\n$/);
    assert.ok(Date.now() - start < 30_000);
});

test('finally blocks and with exits do not run when a limit ends the program', () => {
    const r = run('try:\n    while True:\n        pass\nfinally:\n    print("finally")', '--max-steps', '1000');
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /TimeoutError/);
});

test('a program that ends within its step limit runs as usual', () => {
    const r = run('print(sum(i for i in range(1000)))', '--max-steps', '5000');
    assert.equal(r.stdout, '499500\n');
    assert.equal(r.status, 0);
});

test('--max-output ends a program that prints forever with OSError, after the output that fit', () => {
    const r = run('while True:\n    try:\n        print("0123456789")\n    except BaseException:\n        pass', '--max-output', '100');
    assert.equal(r.stdout, '0123456789\n'.repeat(9));
    assert.match(r.stderr, /OSError: the program's output passed its limit of 100 bytes\n$/);
    assert.equal(r.status, 1);
});

test('--max-steps also counts the calls a builtin makes into Python', () => {
    const r = run('print(sum(iter(lambda: 1, 0)))', '--max-steps', '10000');
    assert.match(r.stderr, /TimeoutError: the program ran longer than its limit of 10000 steps\n$/);
});

// A generator that sum() drives from C makes 100 MB of garbage here: the collector runs
// under the builtin, so a 16 MB heap is enough. What the program truly holds past the cap,
// under a builtin as anywhere, is a MemoryError, and the program goes on.
test('the collector runs under a builtin: garbage made under sum() fits a small heap cap', () => {
    const r = run('print(sum(len(str(i * 10**20)) for i in range(10**6)))', '--heap-limit', '16');
    assert.equal(r.stdout, '25888870\n');
    assert.equal(r.status, 0);
});

test('the heap cap holds under a builtin too: MemoryError, and the program goes on', () => {
    const r = run('try:\n    x = list(str(i) * 10 for i in range(10**7))\nexcept MemoryError:\n    print("MemoryError")\nprint(sum(len(str(i)) for i in range(1000)))', '--heap-limit', '16');
    assert.equal(r.stdout, 'MemoryError\n2890\n');
    assert.equal(r.status, 0);
});
