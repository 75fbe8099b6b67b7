// worker.test.mjs — createEdgeWorker (web/worker.js) in Node, where the interpreter runs in
// a worker thread: output and results come back by message, input() asks the main thread,
// sessions live in the worker, and stop() ends even a run stuck in one long C operation by
// terminating the worker and starting another.

import assert from 'node:assert/strict';
import { after, test as nodeTest } from 'node:test';

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
