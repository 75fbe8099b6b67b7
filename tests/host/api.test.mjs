// api.test.mjs — the JavaScript API of web/edge.js on the real edge.wasm: the ways to load
// the module, exact output, error objects, input, slices that let the event loop run, and
// an instance that keeps working after errors.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../../web/edge.js';

const WASM = fileURLToPath(new URL('../../build/wasm/edge.wasm', import.meta.url));
const bytes = fs.readFileSync(WASM);

// An instance whose output is collected per stream, as the chunks the callbacks received.
async function edgeWithOutput(options = {}) {
    const out = { stdout: [], stderr: [] };
    const edge = await createEdge({
        wasm: bytes,
        stdout: (t) => out.stdout.push(t),
        stderr: (t) => out.stderr.push(t),
        ...options,
    });
    out.text = () => out.stdout.join('');
    out.clear = () => { out.stdout.length = 0; out.stderr.length = 0; };
    return { edge, out };
}

test('createEdge from bytes runs a program', async () => {
    const { edge, out } = await edgeWithOutput();
    assert.deepEqual(await edge.run('print(6 * 7)\n'), { ok: true });
    assert.equal(out.text(), '42\n');
    assert.deepEqual(out.stderr, []);
});

test('createEdge from an ArrayBuffer and from a compiled module', async () => {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    let text = '';
    const a = await createEdge({ wasm: buffer, stdout: (t) => { text += t; } });
    a.runSync('print("from an ArrayBuffer")');
    const b = await createEdge({ wasm: a.module, stdout: (t) => { text += t; } });
    b.runSync('print("from a module")');
    assert.equal(text, 'from an ArrayBuffer\nfrom a module\n');
});

test('createEdge fetches a URL (served over HTTP on the loopback)', async (t) => {
    const server = http.createServer((req, res) => {
        if (req.url !== '/edge.wasm') {
            res.writeHead(404).end();
            return;
        }
        res.writeHead(200, { 'content-type': 'application/wasm' }).end(bytes);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => server.close());
    const base = `http://127.0.0.1:${server.address().port}`;
    let text = '';
    const edge = await createEdge({ wasm: new URL('/edge.wasm', base), stdout: (s) => { text += s; } });
    edge.runSync('print("fetched")');
    const again = await createEdge({ wasm: `${base}/edge.wasm`, stdout: (s) => { text += s; } });
    again.runSync('print("from a string URL")');
    assert.equal(text, 'fetched\nfrom a string URL\n');
    await assert.rejects(createEdge({ wasm: `${base}/missing.wasm` }), /HTTP 404/);
});

test('createEdge with a file: URL asks Node hosts for the bytes', async () => {
    await assert.rejects(createEdge({ wasm: new URL('../../build/wasm/edge.wasm', import.meta.url) }), /pass the bytes/);
});

test('stdout receives exactly what the program printed, non-ASCII included', async () => {
    const { edge, out } = await edgeWithOutput();
    const r = edge.runSync('print("héllo wörld €", "𝄞 ✓")\nprint("a", end="")\nprint("b", end="|")\nprint()\n');
    assert.deepEqual(r, { ok: true });
    assert.equal(out.text(), 'héllo wörld € 𝄞 ✓\nab|\n');
    assert.ok(out.stdout.every((chunk) => typeof chunk === 'string' && chunk.length > 0));
});

test('an uncaught exception returns an error object with its line', async () => {
    const { edge, out } = await edgeWithOutput();
    const r = await edge.run('x = 1\ny = 0\nprint("before")\nprint(x / y)\nprint("after")\n', { filename: 'div.py' });
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'ZeroDivisionError');
    assert.equal(r.error.message, 'division by zero');
    assert.equal(r.error.filename, 'div.py');
    assert.equal(r.error.line, 4);
    assert.match(r.error.text, /div\.py", line 4/);
    assert.equal(r.error.text.trimEnd().split('\n').pop(), 'ZeroDivisionError: division by zero');
    assert.equal(out.text(), 'before\n', 'output up to the error is kept');
});

test('a syntax error returns its line, column and a caret', async () => {
    const { edge, out } = await edgeWithOutput();
    const r = edge.runSync('print(1)\nx = = 2\n');
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'SyntaxError');
    assert.equal(r.error.filename, 'main.py');
    assert.equal(r.error.line, 2);
    assert.equal(r.error.col, 5);
    assert.match(r.error.text, /x = = 2\n.*\^/, 'a caret on the line after the source line');
    assert.equal(out.text(), '', 'nothing runs when the program does not compile');
});

test('the instance runs more programs after errors, with fresh globals', async () => {
    const { edge, out } = await edgeWithOutput();
    assert.equal(edge.runSync('1 / 0').ok, false);
    assert.equal(edge.runSync('x = (').ok, false);
    assert.deepEqual(edge.runSync('x = 5\nprint(x)'), { ok: true });
    const r = edge.runSync('print(x)');
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'NameError');
    assert.deepEqual(await edge.run('print("still here")'), { ok: true });
    assert.equal(out.text(), '5\nstill here\n');
});

test('input() reads lines from the stdin callback, long and non-ASCII ones too', async () => {
    const long = 'x'.repeat(5000);
    const lines = ['Ada', 'Łódź ☃', long];
    const { edge, out } = await edgeWithOutput({ stdin: () => (lines.length ? lines.shift() : null) });
    const r = edge.runSync('name = input()\nprint("hi " + name)\nprint(input("? "))\nprint(len(input()))\ninput()\n');
    assert.equal(out.text(), `hi Ada\n? Łódź ☃\n5000\n`);
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'EOFError');
    assert.equal(r.error.message, 'EOF when reading a line');
});

test('run() with a step budget lets timers fire while a long loop runs', async () => {
    const { edge, out } = await edgeWithOutput();
    let fired = 0;
    const timer = setInterval(() => { fired++; }, 1);
    const r = await edge.run('t = 0\nfor i in range(2_000_000):\n    t += i\nprint(t)\n', { stepBudget: 10_000 });
    clearInterval(timer);
    assert.deepEqual(r, { ok: true });
    assert.equal(out.text(), `${(2_000_000 * 1_999_999) / 2}\n`);
    assert.ok(fired > 0, 'a timer fired during the run');
});

test('slices of any size give the same output as one run', async () => {
    const program = 'def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nfor i in range(15):\n    print(i, f(i))\n';
    const { edge, out } = await edgeWithOutput();
    edge.runSync(program);
    const whole = out.text();
    for (const stepBudget of [1, 7, 1000]) {
        out.clear();
        assert.deepEqual(await edge.run(program, { stepBudget }), { ok: true });
        assert.equal(out.text(), whole, `stepBudget ${stepBudget}`);
        out.clear();
        assert.deepEqual(edge.runSync(program, { stepBudget }), { ok: true });
        assert.equal(out.text(), whole, `runSync stepBudget ${stepBudget}`);
    }
});

test('a timeout ends a program that never finishes; the instance goes on', async () => {
    const { edge, out } = await edgeWithOutput();
    const r = await edge.run('while True:\n    pass\n', { timeout: 100, stepBudget: 10_000 });
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'TimeoutError');
    assert.deepEqual(edge.runSync('print("next")'), { ok: true });
    assert.equal(out.text(), 'next\n');
});

test('maxDepth sets the recursion limit', async () => {
    const { edge } = await edgeWithOutput({ maxDepth: 50 });
    const r = edge.runSync('def down(n):\n    return down(n + 1)\ndown(0)\n');
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'RecursionError');
    assert.match(r.error.message, /^maximum recursion depth exceeded/);
});

test('the default limit allows deep recursion and stops runaway recursion cleanly', async () => {
    const { edge, out } = await edgeWithOutput();
    const r = edge.runSync('def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(900))\n');
    assert.deepEqual(r, { ok: true });
    assert.equal(out.text(), '900\n');
    const runaway = edge.runSync('def down(n):\n    return down(n + 1)\ndown(0)\n');
    assert.equal(runaway.error?.type, 'RecursionError');
});
