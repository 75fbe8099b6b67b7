// worker.test.mjs — createEdgeWorker (web/worker.js) in Node, where the interpreter runs in
// a worker thread: output and results come back by message, input() asks the main thread,
// sessions live in the worker, and stop() ends even a run stuck in one long C operation by
// terminating the worker and starting another; so does a timeout. Every option of
// createEdge and of a run reaches the worker.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test as nodeTest } from 'node:test';
import { pathToFileURL } from 'node:url';

import { createEdgeWorker } from '../../web/worker.js';

// A test that hangs (a worker that never answers) fails after a minute instead.
const test = (name, fn) => nodeTest(name, { timeout: 60_000 }, fn);

const workers = [];
after(() => workers.forEach((w) => w.terminate()));

async function workerWithOutput(options = {}) {
    const out = { stdout: [], stderr: [] };
    const edge = await createEdgeWorker({
        stdout: (t) => out.stdout.push(t),
        stderr: (t) => out.stderr.push(t),
        ...options,
    });
    workers.push(edge);
    out.text = () => out.stdout.join('');
    return { edge, out };
}

// Resolves once cond() holds, checking on timers.
function until(cond) {
    return new Promise((resolve) => {
        const check = setInterval(() => {
            if (!cond()) return;
            clearInterval(check);
            resolve();
        }, 1);
    });
}

test('a worker runs programs and streams their output, with the package\'s edge.wasm by default', async () => {
    const { edge, out } = await workerWithOutput();
    assert.equal(edge.module instanceof WebAssembly.Module, true);
    assert.deepEqual(await edge.run('for i in range(3):\n    print(i)\n'), { ok: true });
    const r = await edge.run('print("before")\nx = 1 / 0\n', { filename: 'w.py' });
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'ZeroDivisionError');
    assert.equal(r.error.filename, 'w.py');
    assert.equal(r.error.line, 2);
    assert.equal(out.text(), '0\n1\n2\nbefore\n');
    assert.equal(typeof edge.runSync, 'undefined');
});

test('input() in the worker is answered by the main thread\'s callback', async () => {
    const prompts = [];
    const { edge, out } = await workerWithOutput({
        stdin: async (prompt) => {
            prompts.push(prompt);
            return prompts.length === 1 ? 'Ada' : null;
        },
    });
    const r = await edge.run('print("hi", input("name? "))\ninput()\n');
    assert.equal(out.text(), 'name? hi Ada\n');
    assert.deepEqual(prompts, ['name? ', '']);
    assert.equal(r.error?.type, 'EOFError');
});

test('sessions in a worker share globals, return values and reset', async () => {
    const { edge } = await workerWithOutput();
    const cells = edge.session();
    assert.deepEqual(await cells.run('n = 20'), { ok: true, value: null });
    assert.deepEqual(await cells.run('n * 2 + 2'), { ok: true, value: '42' });
    await cells.reset();
    assert.equal((await cells.run('n')).error?.type, 'NameError');
});

test('stop() ends an endless loop; the worker and its sessions go on', async () => {
    const { edge, out } = await workerWithOutput();
    const cells = edge.session();
    await cells.run('kept = "yes"');
    const run = edge.run('print("started")\nwhile True:\n    pass\n', { stepBudget: 10_000 });
    await until(() => out.text() === 'started\n');
    edge.stop();
    assert.equal((await run).error?.type, 'KeyboardInterrupt');
    assert.deepEqual(await edge.run('print("next")'), { ok: true });
    assert.deepEqual(await cells.run('kept'), { ok: true, value: "'yes'" }, 'the worker was not replaced');
});

test('stop() ends a run inside one long C operation by replacing the worker', async () => {
    const { edge, out } = await workerWithOutput({ stopGrace: 50 });
    const cells = edge.session();
    await cells.run('kept = "yes"');
    const run = edge.run('print("started")\nx = 10 ** 10 ** 8\nprint("finished")\n');
    await until(() => out.text() === 'started\n');
    edge.stop();
    assert.equal((await run).error?.type, 'KeyboardInterrupt');
    const next = await edge.run('print("next")');
    assert.deepEqual(next, { ok: true });
    assert.equal(out.text(), 'started\nnext\n');
    assert.equal((await cells.run('kept')).error?.type, 'NameError', 'a new worker has fresh sessions');
});

test('an aborted signal rejects the run with its reason; terminate() ends the worker', async () => {
    const { edge } = await workerWithOutput();
    const controller = new AbortController();
    const run = edge.run('while True:\n    pass\n', { signal: controller.signal });
    controller.abort(new Error('user gave up'));
    await assert.rejects(run, /user gave up/);
    assert.deepEqual(await edge.run('pass'), { ok: true });
    const pending = edge.run('while True:\n    pass\n');
    edge.terminate();
    assert.equal((await pending).error?.type, 'KeyboardInterrupt');
    await assert.rejects(edge.run('pass'), /terminated/);
});

test('a worker script that cannot start rejects createEdgeWorker', async () => {
    await assert.rejects(createEdgeWorker({ workerUrl: new URL('./no-such-worker.js', import.meta.url) }));
});

test('stop() resolves a run with the worker\'s own answer: the traceback names the line', async () => {
    const { edge, out } = await workerWithOutput();
    const run = edge.run('print("started")\nn = 0\nwhile True:\n    n += 1\n', { stepBudget: 10_000 });
    await until(() => out.text() === 'started\n');
    edge.stop();
    const r = await run;
    assert.equal(r.error.type, 'KeyboardInterrupt');
    assert.equal(r.error.line, 3);
    assert.match(r.error.text, /line 3, in <module>/);
    assert.equal(r.restarted, undefined, 'the worker answered: nothing was lost');
});

test('a worker replaced under a run says so: restarted', async () => {
    const { edge, out } = await workerWithOutput({ stopGrace: 50 });
    const cells = edge.session();
    const run = cells.run('print("started")\nx = 10 ** 10 ** 8\n');
    await until(() => out.text() === 'started\n');
    cells.stop();
    const r = await run;
    assert.equal(r.error.type, 'KeyboardInterrupt');
    assert.equal(r.restarted, true);
});

// Regression (issue 18): the worker runner dropped lock, baseUrl and importMap (a page that
// moved to the worker lost its pins without a word), and frozen; a timeout could not end a
// run held inside a native function.
describe('every option reaches the worker', () => {
    const sha256 = (text) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`;
    const files = {
        '/app/packages.json': JSON.stringify({ imports: { util: './lib/util.py' } }),
        '/app/lib/util.py': 'def double(x):\n    return 2 * x\n',
        '/app/lib/leaf.py': 'LEAF = "leaf"\n',
    };
    let server;
    let base;
    before(async () => {
        server = http.createServer((req, res) => {
            const text = files[new URL(req.url, 'http://x').pathname];
            res.writeHead(text === undefined ? 404 : 200).end(text ?? 'not found');
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        base = `http://127.0.0.1:${server.address().port}/app/`;
    });
    after(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }));
    const header = (r) => r.error?.text.split('\n')[0];

    test('createEdgeWorker: baseUrl, importMap, lock, frozen', async () => {
        const good = { [`${base}lib/util.py`]: sha256(files['/app/lib/util.py']) };
        const { edge, out } = await workerWithOutput({ baseUrl: new URL('main.py', base), importMap: `${base}packages.json`, lock: good });
        assert.deepEqual(await edge.run('import util\nprint(util.double(21))\n'), { ok: true });
        assert.equal(out.text(), '42\n');
        const wrong = await workerWithOutput({ baseUrl: `${base}main.py`, importMap: `${base}packages.json`, lock: { [`${base}lib/util.py`]: sha256('other') } });
        assert.equal(header(await wrong.edge.run('import util\n')), `error: integrity check failed for '${base}lib/util.py'`);
        const frozen = await workerWithOutput({ baseUrl: `${base}main.py`, frozen: true });
        assert.equal(header(await frozen.edge.run('from "./lib/leaf.py" import LEAF\n')),
            "error: './lib/leaf.py' is neither pinned nor locked: frozen, every module must be");
    });

    test('a run: baseUrl, importMap, lock, frozen, lockName', async () => {
        const { edge, out } = await workerWithOutput();
        const opts = { baseUrl: `${base}main.py`, importMap: { url: `${base}packages.json`, text: files['/app/packages.json'] } };
        assert.deepEqual(await edge.run('import util\nprint(util.double(4))\n', opts), { ok: true });
        assert.equal(out.text(), '8\n');
        const locked = await edge.run('import util\n', { ...opts, lock: { [`${base}lib/util.py`]: sha256('other') } });
        assert.equal(header(locked), `error: integrity check failed for '${base}lib/util.py'`);
        const frozen = await edge.run('import util\n', { ...opts, frozen: true });
        assert.equal(header(frozen), "error: 'util' is neither pinned nor locked: frozen, every module must be");
        const named = await edge.run('import util\n', { ...opts, lock: { lockfileVersion: 2, modules: {} }, lockName: 'mine.lock.json' });
        assert.equal(header(named), 'error: mine.lock.json: lockfileVersion 2: this version of Edge Python reads lockfileVersion 1');
    });

    test('limits: maxDepth, heapLimit, maxSteps, maxOutput for every run; timeout, maxSteps, maxOutput for one', async () => {
        const { edge } = await workerWithOutput({ maxDepth: 50, heapLimit: 16 << 20, maxSteps: 100_000, maxOutput: 1000 });
        const type = async (source, opts) => (await edge.run(source, opts)).error?.type;
        assert.equal(await type('def f(n):\n    return f(n + 1)\nf(0)\n'), 'RecursionError');
        assert.equal(await type('x = [0] * 10 ** 8\n'), 'MemoryError');
        assert.equal(await type('while True:\n    pass\n'), 'TimeoutError');
        assert.equal(await type('while True:\n    print("x" * 100)\n'), 'OSError');
        assert.equal(await type('while True:\n    pass\n', { maxSteps: 0, timeout: 200 }), 'TimeoutError');
        assert.equal(await type('for i in range(200_000):\n    pass\n', { maxSteps: 0 }), undefined);
        assert.equal(await type('print("x" * 5000)\n', { maxOutput: 0 }), undefined);
        assert.equal(await type('for i in range(50):\n    pass\n', { maxSteps: 10 }), 'TimeoutError');
    });

    test('an option that cannot cross (a function, a cache) is a TypeError, not dropped', async () => {
        await assert.rejects(createEdgeWorker({ fetch: globalThis.fetch }), /^TypeError: options\.fetch cannot go to the worker/);
        const { edge } = await workerWithOutput();
        await assert.rejects(edge.run('pass', { moduleName: (u) => u.href }), /^TypeError: run options\.moduleName cannot go to the worker/);
        await assert.rejects(edge.run('pass', { cache: new Map() }), /^TypeError: run options\.cache cannot go to the worker .*pass false/);
        assert.deepEqual(await edge.run('pass', { cache: false }), { ok: true });
    });

    test('runBundle: a bundle runs in the worker, and its digest pin is checked', async () => {
        const { createResolverCore, packBundle, resolveProgram } = await import('../../web/modules.js');
        const { edge, out } = await workerWithOutput();
        const core = await createResolverCore(edge.module);
        const program = await resolveProgram(core, 'import util\nprint(util.double(5))\n', 'main.py',
            { baseUrl: `${base}main.py`, importMap: `${base}packages.json` });
        const bytes = await packBundle(program);
        assert.deepEqual(await edge.runBundle(bytes), { ok: true });
        assert.equal(out.text(), '10\n');
        await assert.rejects(edge.runBundle(bytes, { integrity: sha256('other') }), /bundle: expected the bundle sha256-/);
    });

    test('a timeout ends a run held inside a native function: the worker is replaced', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-worker-'));
        after(() => fs.rmSync(dir, { recursive: true, force: true }));
        fs.writeFileSync(path.join(dir, 'spin.wat'), '(module (func (export "spin") (param i64) (result i64) (loop $l (br $l)) unreachable))');
        execFileSync('wat2wasm', [path.join(dir, 'spin.wat'), '-o', path.join(dir, 'spin.wasm')]);
        const { edge, out } = await workerWithOutput({ stopGrace: 200 });
        const started = performance.now();
        const r = await edge.run('print("spinning")\nfrom "./spin.wasm" import spin\nspin(1)\n',
            { baseUrl: pathToFileURL(path.join(dir, 'main.py')).href, timeout: 300 });
        const took = performance.now() - started;
        assert.equal(r.error?.type, 'TimeoutError');
        assert.equal(r.error.message, 'the program ran longer than its limit of 300 ms');
        assert.equal(r.restarted, true);
        assert.ok(took < 5000, `took ${Math.round(took)} ms`);
        assert.deepEqual(await edge.run('print("next")'), { ok: true });
        assert.equal(out.text(), 'spinning\nnext\n');
        // A run that waits for input is not running: it is looked at again, and kept.
        // (A grace long enough for a loaded machine to answer the ping, and input later still.)
        const waiting = await workerWithOutput({ stopGrace: 600, stdin: () => new Promise((resolve) => setTimeout(resolve, 1500, 'late')) });
        assert.deepEqual(await waiting.edge.run('print(input())', { timeout: 200 }), { ok: true });
        assert.equal(waiting.out.text(), 'late\n');
    });
});
