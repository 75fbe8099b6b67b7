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
