// hardening.test.mjs — the attack programs of issue 18 against the C core, on edge.wasm
// through createEdge: every allocation counts against the heap cap (a temporary buffer in
// str or format code too), so passing it is a MemoryError a program can catch, never the end
// of edge.wasm; long work inside C (a repetition in a loop, a modular power of big ints,
// dict and set entries that share a hash) is charged as steps, so maxSteps and timeout end
// it in their bound; a native error under sort(key=) leaves the list whole and leaks
// nothing. After each, the instance runs the next program. (The worker runner's part, where
// even C work that nothing charges ends, is in worker.test.mjs.)

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createEdge } from '../../web/node.js';

async function edgeWithOutput(options = {}) {
    let out = '';
    const edge = await createEdge({ stdout: (t) => { out += t; }, stderr: () => {}, ...options });
    return { edge, out: () => { const o = out; out = ''; return o; } };
}

// Regression (issue 18): both made edge.wasm exit ("edge: internal error: edge.wasm exited
// (status 1)") instead of raising MemoryError.
test('the heap cap holds for temporary buffers: str.upper() of a big str, a huge format width', async () => {
    const { edge, out } = await edgeWithOutput({ heapLimit: 64 << 20 });
    for (const program of [
        "s = 'a' * (40 * 2**20)\ntry:\n    y = s.upper()\nexcept MemoryError:\n    print('MemoryError')\n",
        "try:\n    x = f'{1:{10**9}}'\nexcept MemoryError:\n    print('MemoryError')\n",
    ]) {
        assert.deepEqual(await edge.run(program), { ok: true });
        assert.equal(out(), 'MemoryError\n');
    }
    assert.deepEqual(await edge.run('print("after")'), { ok: true });
    assert.equal(out(), 'after\n');
});

// Regression (issue 18): steps were counted only at calls and loop turns, so each of these
// ran for minutes whatever the limits.
for (const [what, program, limits] of [
    ['a loop of big repetitions, under maxSteps', "while True:\n    x = 'a' * 10**7\n", { maxSteps: 1_000_000 }],
    ['a modular power of 20,000-digit ints, under a timeout', 'pow(3, 10**20000, 10**20000 + 1)\n', { timeout: 1000 }],
    ['a set of 40,000 ints that share a hash, under a timeout', 's = set(i * (2**61 - 1) for i in range(40000))\n', { timeout: 1000 }],
    // replace() scans all of s (a 200 MB one takes seconds); its result is the same size.
    ['str.replace over 20 MB, under maxSteps', "s = 'ab' * 10**7\nwhile True:\n    s.replace('a', 'c')\n", { maxSteps: 1_000_000 }],
]) {
    test(`long C work is charged as steps: ${what}`, async () => {
        const { edge } = await edgeWithOutput();
        const started = performance.now();
        const r = await edge.run(program, limits);
        const took = performance.now() - started;
        assert.equal(r.error?.type, 'TimeoutError');
        assert.ok(took < 10_000, `ended after ${Math.round(took)} ms`);
        assert.deepEqual(await edge.run('pass'), { ok: true });
    });
}

// Regression (issue 18): the native error leaked the sort's buffers outside the heap
// accounting (100 sorts of 10**6 items ended the process at 1.6 GB), and left lst == [].
test('a native error under sort(key=) keeps the list and leaks nothing', async () => {
    const { edge, out } = await edgeWithOutput();
    const program = 'import math\nlst = list(range(-1, 10**5))\ntry:\n    lst.sort(key=math.log)\nexcept ValueError as e:\n    print(e, len(lst), lst[:3])\n';
    const runs = async (n) => {
        for (let i = 0; i < n; i++) assert.deepEqual(await edge.run(program), { ok: true });
    };
    await runs(3);
    const memory = await edge.memoryBytes();
    await runs(30);
    assert.equal(edge.memoryBytes(), memory, 'memory stays where three runs left it');
    assert.equal(out(), 'math domain error 100001 [-1, 0, 1]\n'.repeat(33));
});

// SECURITY.md, "What a program can reach": the host functions edge.wasm imports are all a
// program reaches; no module gives it the page's JavaScript.
test('a program reaches only the host_* imports: edge.wasm imports nothing else, and there is no `import js`', async () => {
    const { edge } = await edgeWithOutput();
    const imports = WebAssembly.Module.imports(edge.module).map((i) => `${i.module}.${i.name}`);
    for (const name of imports) {
        assert.match(name, /^(env\.(host_write|host_read_line|host_clock|emscripten_notify_memory_growth)|wasi_snapshot_preview1\.\w+)$/);
    }
    for (const name of ['js', 'pyodide', 'os', 'socket', 'subprocess']) {
        const r = await edge.run(`import ${name}\n`);
        assert.equal(r.error?.type, 'ImportError', name);
    }
});
