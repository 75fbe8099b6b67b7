// api.test.mjs — the JavaScript API of web/edge.js on the real edge.wasm: the ways to load
// the module, exact output, error objects, input (synchronous, and awaited in run()),
// slices that let the event loop run, sessions, stop(), time.sleep(), and an instance that
// keeps working after errors.

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

test('a timeout ends an endless loop that runs under a builtin (no slice can end it there)', async () => {
    const { edge, out } = await edgeWithOutput();
    const endless = 'def g():\n    while True:\n        yield 1\nprint(sum(g()))\n';
    const r = await edge.run(endless, { timeout: 100 });
    assert.equal(r.error.type, 'TimeoutError');
    assert.equal(r.error.message, 'the program ran longer than its limit of 100 ms');
    assert.ok(r.error.line > 0, 'the error points at the line that was running');
    const s = edge.runSync(endless, { timeout: 100 });
    assert.equal(s.error.type, 'TimeoutError');
    assert.deepEqual(edge.runSync('print("next")'), { ok: true });
    assert.equal(out.text(), 'next\n');
});

test('maxSteps (per run, or for every run of the instance) ends a program no except catches', async () => {
    const { edge, out } = await edgeWithOutput({ maxSteps: 100_000 });
    const swallow = 'while True:\n    try:\n        [0].sort(key=lambda x: sum(iter(lambda: 1, 0)))\n    except BaseException:\n        print("caught")\n';
    const r = await edge.run(swallow);
    assert.equal(r.error.type, 'TimeoutError');
    assert.equal(r.error.message, 'the program ran longer than its limit of 100000 steps');
    assert.equal(out.text(), '', 'no except clause ran');
    const own = edge.runSync('i = 0\nwhile True:\n    i += 1\n', { maxSteps: 5000 });
    assert.equal(own.error.message, 'the program ran longer than its limit of 5000 steps');
    assert.deepEqual(edge.runSync('print(sum(range(10)))'), { ok: true }, 'a short program is within the limit');
    assert.equal(out.text(), '45\n');
});

test('the output cap ends a program that prints forever; 64 MiB by default, maxOutput to change it', async () => {
    let received = 0;
    const edge = await createEdge({ wasm: bytes, stdout: (t) => { received += t.length; } });
    const r = await edge.run('while True:\n    print("x" * 1023)\n');
    assert.equal(r.error.type, 'OSError');
    assert.equal(r.error.message, `the program's output passed its limit of ${64 << 20} bytes`);
    assert.equal(received, 64 << 20);
    received = 0;
    const small = edge.runSync('for i in range(10):\n    print("x" * 9)\n', { maxOutput: 35 });
    assert.equal(small.error.type, 'OSError');
    assert.equal(received, 30);
    received = 0;
    assert.deepEqual(edge.runSync('print("x" * 99)', { maxOutput: 0 }), { ok: true }, '0 turns the cap off');
    assert.equal(received, 100);
});

test('maxOutput bounds the error text too; a very long source line is shown as a window', async () => {
    const edge = await createEdge({ wasm: bytes, stdout: () => {} });
    const r = edge.runSync("raise ValueError('x' * 10**7)", { maxOutput: 100_000 });
    assert.equal(r.error.type, 'ValueError');
    assert.ok(r.error.message.length < 101_000, `message of ${r.error.message.length} characters`);
    assert.ok(r.error.text.length < 101_000, `text of ${r.error.text.length} characters`);
    assert.ok(/\[9900000 more bytes not shown: the run's output limit\]\n?$/.test(r.error.message), 'says what it left out');
    const line = edge.runSync(`x = ${'1+'.repeat(900_000)})`); // under the 2,000,000 tokens a program may have
    assert.equal(line.error.type, 'SyntaxError');
    assert.equal(line.error.message, "unmatched ')'");
    assert.ok(line.error.text.length < 2_000, `text of ${line.error.text.length} characters`);
    assert.ok(/…(1\+)+\)\n/.test(line.error.text), 'the window ends at the caret');
    assert.deepEqual(edge.runSync('print(1)'), { ok: true }, 'the instance still runs');
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

test('input() in run() awaits an asynchronous stdin callback, which gets the prompt', async () => {
    const prompts = [];
    const answers = ['Ada', 'Łódź'];
    const { edge, out } = await edgeWithOutput({
        stdin: async (prompt) => {
            prompts.push(prompt);
            await new Promise((resolve) => setTimeout(resolve, 1));
            return answers.length ? answers.shift() : null;
        },
    });
    const r = await edge.run('name = input("name? ")\nprint("hi", name)\nprint("a", end="")\nprint(input("b> "))\ninput()\n');
    assert.equal(out.text(), 'name? hi Ada\nab> Łódź\n');
    assert.deepEqual(prompts, ['name? ', 'ab> ', '']);
    assert.equal(r.error?.type, 'EOFError', 'null is the end of input');
    assert.equal(r.error.line, 5);
});

test('sys.stdin: readline() awaits the stdin callback in run(); read() and iteration in runSync()', async () => {
    const lines = () => {
        const answers = ['3', 'Ada', 'Łódź'];
        return async () => (answers.length ? answers.shift() : null);
    };
    const { edge, out } = await edgeWithOutput({ stdin: lines() });
    const program = 'import sys\nn = int(sys.stdin.readline())\nprint(n, repr(sys.stdin.readline()))\n' +
        'print(repr(sys.stdin.readline()), repr(sys.stdin.readline()))\n';
    assert.deepEqual(await edge.run(program), { ok: true });
    assert.equal(out.text(), "3 'Ada\\n'\n'Łódź\\n' ''\n");
    const queue = ['1 2', '3 4'];
    const s = await edgeWithOutput({ stdin: () => queue.shift() ?? null });
    assert.deepEqual(s.edge.runSync('import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))\n'), { ok: true });
    assert.equal(s.out.text(), '10\n');
    queue.push('a', 'b');
    assert.deepEqual(s.edge.runSync('import sys\nfor line in sys.stdin:\n    print(line.upper(), end="")\n'), { ok: true });
    assert.equal(s.out.text(), '10\nA\nB\n');
    const r = await s.edge.run('import sys\nsys.stdin.read()\n');
    assert.equal(r.error.type, 'RuntimeError', 'read() cannot wait for the host several times');
});

test('input() in run() also takes a plain string; `input` is another name for stdin', async () => {
    const { edge, out } = await edgeWithOutput({ input: () => 'x\n' });
    assert.deepEqual(await edge.run('print(input() * 3)'), { ok: true });
    assert.equal(out.text(), 'xxx\n');
});

test('a stdin callback that throws rejects the run; the instance goes on', async () => {
    const { edge, out } = await edgeWithOutput({ stdin: () => Promise.reject(new Error('no keyboard')) });
    await assert.rejects(edge.run('input()'), /no keyboard/);
    assert.deepEqual(await edge.run('print("next")'), { ok: true });
    assert.equal(out.text(), 'next\n');
});

test('input() inside a nested call works in runSync, and is a RuntimeError in run()', async () => {
    const lines = ['a', 'b', 'c', 'd'];
    const { edge, out } = await edgeWithOutput({ stdin: () => lines.shift() ?? null });
    const program = 'print(list(map(lambda _: input(), range(2))))\n';
    assert.deepEqual(edge.runSync(program), { ok: true });
    assert.equal(out.text(), "['a', 'b']\n");
    const r = await edge.run(program);
    assert.equal(r.error?.type, 'RuntimeError');
    assert.match(r.error.message, /nested call/);
    assert.deepEqual(edge.runSync(program), { ok: true }, 'runSync after run()');
    assert.equal(out.text(), "['a', 'b']\n['c', 'd']\n");
});

test('runSync refuses a stdin callback that returns a promise', async () => {
    const { edge } = await edgeWithOutput({ stdin: async () => 'late' });
    assert.throws(() => edge.runSync('input()'), /runSync\(\) needs a stdin callback that returns a string/);
    assert.deepEqual(edge.runSync('pass'), { ok: true });
});

test('a session shares its globals between runs and returns the value of the last expression', async () => {
    const { edge, out } = await edgeWithOutput();
    const cells = edge.session();
    assert.deepEqual(await cells.run('x = 6\ndef double(n):\n    return 2 * n\n'), { ok: true, value: null });
    assert.deepEqual(await cells.run('double(x) * 3 + 0.5'), { ok: true, value: '36.5' });
    assert.deepEqual(await cells.run('x += 1\n[x, "a"]'), { ok: true, value: "[7, 'a']" });
    assert.deepEqual(await cells.run('print(x)'), { ok: true, value: null }, 'print() returns None');
    assert.deepEqual(await cells.run('None'), { ok: true, value: null });
    const error = await cells.run('y = 1\nx / 0\n', { filename: 'cell.py' });
    assert.equal(error.ok, false);
    assert.equal(error.error.type, 'ZeroDivisionError');
    assert.equal(error.error.line, 2);
    assert.deepEqual(await cells.run('y'), { ok: true, value: '1' }, 'what ran before an error stays');
    assert.equal(out.text(), '7\n');
});

// Issue 11: a REPL could not tell an unfinished statement (read another line) from a
// syntax error (report it), nor see that exit() had ended the session.
test('a session marks a syntax error that only more lines could fix as incomplete, and says when exit() ended it', async () => {
    const { edge } = await edgeWithOutput();
    const cells = edge.session();
    const unfinished = ['if x:\n', 'x = (1,\n', 's = """a\n', 'x = 1 + \\\n', 'class A:\n    def f(self):\n', 'match x:\n'];
    for (const source of unfinished) {
        const r = await cells.run(source);
        assert.equal(r.ok, false, source);
        assert.equal(r.error.incomplete, true, `${JSON.stringify(source)}: ${r.error.message}`);
    }
    for (const source of ['x = = 1\n', 'if x:\nprint(1)\n', 's = "a\n', 'f"{(1}"\n', '@dec\n']) {
        const r = await cells.run(source);
        assert.equal(r.ok, false, source);
        assert.equal(r.error.incomplete, undefined, `${JSON.stringify(source)}: ${r.error.message}`);
    }
    assert.deepEqual(await cells.run('x = (1,\n2)\nx'), { ok: true, value: '(1, 2)' });
    assert.deepEqual(await cells.run('exit()'), { ok: true, value: null, exited: true });
    assert.deepEqual(await cells.run('import sys\nsys.exit(0)'), { ok: true, value: null, exited: true });
    assert.deepEqual(await cells.run('1'), { ok: true, value: '1' });
    assert.deepEqual(await edge.run('exit(0)'), { ok: true, exited: true });
});

// Issue 11: run(fs.readFileSync(file)) decoded the bytes with String(), so a file that is not
// UTF-8 ran with U+FFFD in place of its bad bytes instead of being a SyntaxError as in CPython.
test('run() and runSync() take a file\'s bytes: UTF-8 runs, other bytes are a SyntaxError', async () => {
    const { edge, out } = await edgeWithOutput();
    const bad = Buffer.concat([Buffer.from('print("before")\ns = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    for (const r of [await edge.run(bad, { filename: 'bad.py' }), edge.runSync(bad, { filename: 'bad.py' }), await edge.session().run(bad, { filename: 'bad.py' })]) {
        assert.equal(r.ok, false);
        assert.equal(r.error.type, 'SyntaxError');
        assert.equal(r.error.message, "Non-UTF-8 code starting with '\\xe9' in file bad.py on line 2, but no encoding declared; " +
            'see https://peps.python.org/pep-0263/ for details');
        assert.deepEqual([r.error.line, r.error.col], [2, 9]);
        assert.equal(r.error.text, `SyntaxError: ${r.error.message}\n`, 'the message alone, as python3 prints it');
    }
    assert.equal(out.text(), '', 'nothing ran');
    const good = Buffer.from('\uFEFFprint("caf\u00e9", 6 * 7)\n');
    assert.deepEqual(await edge.run(good), { ok: true });
    assert.deepEqual(edge.runSync(new Uint8Array(good)), { ok: true });
    assert.equal(out.text(), 'caf\u00e9 42\ncaf\u00e9 42\n');
});

test('sessions are independent of each other and of run(); reset() forgets the globals', async () => {
    const { edge } = await edgeWithOutput();
    const a = edge.session();
    const b = edge.session();
    await a.run('n = "a"');
    await b.run('n = "b"');
    assert.deepEqual(await edge.run('n = "run"'), { ok: true });
    assert.equal(edge.runSync('n = 1').ok, true);
    assert.deepEqual(await a.run('n'), { ok: true, value: "'a'" });
    assert.deepEqual(await b.run('n'), { ok: true, value: "'b'" });
    await a.reset();
    assert.equal((await a.run('n')).error?.type, 'NameError');
    assert.deepEqual(await b.run('n'), { ok: true, value: "'b'" });
});

// Resolves once cond() holds, checking on timers: a frozen event loop never resolves it.
function until(cond) {
    return new Promise((resolve) => {
        const check = setInterval(() => {
            if (!cond()) return;
            clearInterval(check);
            resolve();
        }, 1);
    });
}

test('stop() ends an endless run at once, and the instance runs the next program', { timeout: 60_000 }, async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 1);
    const { edge, out } = await edgeWithOutput();
    let settled = false;
    const run = edge.run('print("started")\nwhile True:\n    pass\n', { stepBudget: 10_000 }).finally(() => { settled = true; });
    const queued = edge.run('print("queued before stop()")');
    const start = ticks;
    await until(() => ticks - start >= 3);
    assert.equal(settled, false, 'the program is still running while timers fire');
    edge.stop();
    const r = await run;
    clearInterval(timer);
    // The traceback names the line the program was at, as Ctrl-C's in python3 does.
    assert.deepEqual(r, {
        ok: false,
        error: {
            type: 'KeyboardInterrupt', message: 'stopped', filename: 'main.py', line: 2, col: 1,
            text: 'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\n    while True:\nKeyboardInterrupt: stopped\n',
        },
    });
    assert.equal((await queued).error?.type, 'KeyboardInterrupt', 'runs queued before stop() end too');
    assert.deepEqual(await edge.run('print("next")'), { ok: true });
    assert.equal(out.text(), 'started\nnext\n');
});

test('stop() ends a run that waits for input; a session keeps what ran before', { timeout: 60_000 }, async () => {
    let answer;
    const { edge, out } = await edgeWithOutput({ stdin: () => new Promise((resolve) => { answer = resolve; }) });
    const cells = edge.session();
    const waiting = cells.run('x = 1\nprint("waiting")\ny = input()\n');
    await until(() => out.text() === 'waiting\n');
    cells.stop();
    assert.equal((await waiting).error?.type, 'KeyboardInterrupt');
    answer('too late');
    assert.deepEqual(await cells.run('x'), { ok: true, value: '1' });
    assert.equal((await cells.run('y')).error?.type, 'NameError');
});

test('stop() on the instance ends its sessions\' runs; a session\'s stop() only its own', async () => {
    const { edge } = await edgeWithOutput();
    const a = edge.session();
    const b = edge.session();
    const loop = 'while True:\n    pass\n';
    const ra = a.run(loop, { stepBudget: 1000 });
    const rb = b.run('n = 0\nwhile n < 200_000:\n    n += 1\nn', { stepBudget: 1000 });
    a.stop();
    assert.equal((await ra).error?.type, 'KeyboardInterrupt');
    assert.deepEqual(await rb, { ok: true, value: '200000' });
    const r1 = edge.run(loop, { stepBudget: 1000 });
    const r2 = a.run(loop, { stepBudget: 1000 });
    edge.stop();
    assert.equal((await r1).error?.type, 'KeyboardInterrupt');
    assert.equal((await r2).error?.type, 'KeyboardInterrupt');
});

test('an aborted signal ends a run that waits for input', async () => {
    const { edge } = await edgeWithOutput({ stdin: () => new Promise(() => {}) });
    const controller = new AbortController();
    const run = edge.run('print("?")\ninput()', { signal: controller.signal });
    setTimeout(() => controller.abort(), 1);
    await assert.rejects(run, { name: 'AbortError' });
    assert.deepEqual(await edge.run('pass'), { ok: true });
});

test('time.sleep() waits on a timer in run() (stop() ends it at once) and blocks in runSync()', { timeout: 60_000 }, async () => {
    const { edge, out } = await edgeWithOutput();
    const program = 'import time\nt = time.time()\ntime.sleep(0.02)\nprint(time.time() - t >= 0.02)\n';
    assert.deepEqual(await edge.run(program), { ok: true });
    assert.deepEqual(edge.runSync(program), { ok: true });
    assert.equal(out.text(), 'True\nTrue\n');
    const sleeping = edge.run('import time\nprint("sleeping")\ntime.sleep(3600)\nprint("woke")\n');
    await until(() => out.text().endsWith('sleeping\n'));
    edge.stop();
    assert.equal((await sleeping).error?.type, 'KeyboardInterrupt');
    assert.equal(out.text(), 'True\nTrue\nsleeping\n');
});
