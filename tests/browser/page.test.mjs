// page.test.mjs — web/ in a real page (Chromium, the repository served over HTTP): auto.js
// running <script type="text/edge-python"> tags, and createEdge, sessions, stop(), input()
// and createEdgeWorker as a page script uses them. Nothing here measures time: a page
// that froze would never let its timers tick, and the test would not finish.

import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { launch, open, serve, skip } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

const AUTO_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>auto</title></head><body>
<div id="first-out"></div>
<script type="text/edge-python" data-output="first-out">
    greeting = "héllo"
    print(greeting, 6 * 7)
</script>
<p>between</p>
<script type="text/edge-python" src="/pages/second.py"></script>
<script type="text/edge-python">
    print("third sees", greeting, count)
    1 / 0
</script>
<script type="text/edge-python" src="/pages/missing.py"></script>
<script type="module" src="/web/auto.js"></script>
</body></html>
`;

// A code module served by the test server, imported by URL with an integrity pin.
const PINNED_MODULE = 'def triple(x):\n    return 3 * x\n';
const PINNED_HASH = createHash('sha256').update(PINNED_MODULE).digest('hex');

const PAGES = {
    '/pages/pinned.py': PINNED_MODULE,
    '/pages/auto.html': AUTO_PAGE,
    '/pages/second.py': 'count = len(greeting)\nprint("second:", count)\n',
    '/pages/blank.html': '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
};

describe('web/ in Chromium', { skip, timeout: 120_000 }, () => {
    let browser;
    let server;
    before(async () => {
        server = await serve(ROOT, PAGES);
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });

    // A blank page of the served repository, for scripts run with page.evaluate.
    const blank = () => open(browser, `${server.url}/pages/blank.html`);

    test('a URL import with a sha256 fragment runs when the bytes match, and nothing runs when not', async () => {
        const page = await blank();
        const got = await page.evaluate(async ({ url, hash }) => {
            const { createEdge } = await import('/web/edge.js');
            let out = '';
            const edge = await createEdge({ stdout: (t) => { out += t; } });
            const good = await edge.run(`print("start")\nfrom "${url}#sha256-${hash}" import triple\nprint(triple(14))`);
            const goodOut = out;
            out = '';
            const bad = await edge.run(`print("start")\nfrom "${url}#sha256-${'0'.repeat(64)}" import triple\nprint(triple(1))`);
            return { good, goodOut, bad, badOut: out };
        }, { url: `${server.url}/pages/pinned.py`, hash: PINNED_HASH });
        assert.deepEqual(got.good, { ok: true });
        assert.equal(got.goodOut, 'start\n42\n');
        assert.equal(got.bad.ok, false);
        assert.match(got.bad.error.text, /integrity check failed/);
        assert.equal(got.badOut, '', 'nothing runs when a module fails its integrity check');
    });

    test('auto.js runs inline and src= scripts in document order, in one session', async () => {
        const page = await open(browser, `${server.url}/pages/auto.html`);
        const results = await page.evaluate(async () => (await import('/web/auto.js')).ready);
        assert.deepEqual(results.map((r) => r.ok), [true, true, false, false]);
        assert.equal(results[2].error.type, 'ZeroDivisionError');
        assert.equal(results[2].error.line, 2);
        const dom = await page.evaluate(() => {
            const scripts = [...document.querySelectorAll('script[type="text/edge-python"]')];
            const after = (s) => (s.nextElementSibling?.matches('pre.edge-output') ? s.nextElementSibling : null);
            const third = after(scripts[2]);
            const err = third.querySelector('.edge-stderr');
            return {
                first: document.getElementById('first-out').textContent,
                firstHasPre: after(scripts[0]) !== null,
                second: after(scripts[1]).textContent,
                thirdOut: [...third.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join(''),
                thirdErr: err.textContent,
                errColor: getComputedStyle(err).color,
                missing: after(scripts[3]).querySelector('.edge-stderr').textContent,
            };
        });
        assert.equal(dom.first, 'héllo 42\n');
        assert.equal(dom.firstHasPre, false, 'data-output named the element');
        assert.equal(dom.second, 'second: 5\n');
        assert.equal(dom.thirdOut, 'third sees héllo 5\n');
        assert.match(dom.thirdErr, /^Traceback \(most recent call last\):\n[\s\S]*ZeroDivisionError: division by zero\n$/);
        assert.equal(dom.errColor, 'rgb(198, 40, 40)', 'stderr is red');
        assert.match(dom.missing, /cannot load .*missing\.py: HTTP 404/);
        assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
    });

    test('createEdge in a page: run, the stdout callback, an error object with its line', async () => {
        const page = await blank();
        const got = await page.evaluate(async () => {
            const { createEdge } = await import('/web/edge.js');
            const chunks = [];
            const edge = await createEdge({ stdout: (t) => chunks.push(t), stderr: (t) => chunks.push(`[err]${t}`) });
            const ok = await edge.run('for c in "ab":\n    print(c, end="")\nprint("!", ord("€"))\n');
            const bad = await edge.run('x = 1\nprint(x)\nx.nope\n', { filename: 'bad.py' });
            return { ok, bad, chunks };
        });
        assert.deepEqual(got.ok, { ok: true });
        assert.equal(got.chunks.join(''), 'ab! 8364\n1\n');
        assert.ok(got.chunks.length >= 3, 'output arrives in the chunks the program wrote');
        assert.equal(got.bad.ok, false);
        assert.equal(got.bad.error.type, 'AttributeError');
        assert.equal(got.bad.error.filename, 'bad.py');
        assert.equal(got.bad.error.line, 3);
        assert.match(got.bad.error.text, /File "bad\.py", line 3/);
        assert.deepEqual(page.errors, []);
    });

    test('a session shares its globals between runs and returns the repr of the last expression', async () => {
        const page = await blank();
        const got = await page.evaluate(async () => {
            const { createEdge } = await import('/web/edge.js');
            const edge = await createEdge({ stdout: () => {} });
            const cells = edge.session();
            const first = await cells.run('import time\nitems = [3, 1, 2]\n');
            const second = await cells.run('sorted(items) + [len(items)]');
            await cells.reset();
            const third = await cells.run('items');
            return { first, second, third };
        });
        assert.deepEqual(got.first, { ok: true, value: null });
        assert.deepEqual(got.second, { ok: true, value: '[1, 2, 3, 3]' });
        assert.equal(got.third.error.type, 'NameError');
    });

    test('stop() ends `while True: pass` while the page keeps running timers', async () => {
        const page = await blank();
        const got = await page.evaluate(async () => {
            const { createEdge } = await import('/web/edge.js');
            let out = '';
            const edge = await createEdge({ stdout: (t) => { out += t; } });
            let ticks = 0;
            const timer = setInterval(() => { ticks++; }, 1);
            let settled = false;
            const run = edge.run('print("started")\nwhile True:\n    pass\n').finally(() => { settled = true; });
            // The counter must move on while the program runs: five ticks after it started.
            await new Promise((resolve) => {
                const start = ticks;
                const check = setInterval(() => {
                    if (ticks - start < 5 || out !== 'started\n') return;
                    clearInterval(check);
                    resolve();
                }, 1);
            });
            const runningWhileTicking = !settled;
            edge.stop();
            const stopped = await run;
            clearInterval(timer);
            const next = await edge.run('print("next")');
            return { runningWhileTicking, stopped, next, out };
        });
        assert.equal(got.runningWhileTicking, true);
        assert.equal(got.stopped.error.type, 'KeyboardInterrupt');
        assert.equal(got.stopped.error.message, 'stopped');
        assert.deepEqual(got.next, { ok: true });
        assert.equal(got.out, 'started\nnext\n');
    });

    test('input() is answered by an asynchronous callback', async () => {
        const page = await blank();
        const got = await page.evaluate(async () => {
            const { createEdge } = await import('/web/edge.js');
            let out = '';
            const prompts = [];
            const answers = ['Ada', '36'];
            const edge = await createEdge({
                stdout: (t) => { out += t; },
                stdin: (prompt) => new Promise((resolve) => {
                    prompts.push(prompt);
                    setTimeout(() => resolve(answers.shift() ?? null), 5);
                }),
            });
            const result = await edge.run('name = input("name? ")\nage = int(input("age? "))\nprint(f"{name} is {age}")\ninput()\n');
            return { result, out, prompts };
        });
        assert.equal(got.out, 'name? age? Ada is 36\n');
        assert.deepEqual(got.prompts, ['name? ', 'age? ', '']);
        assert.equal(got.result.error.type, 'EOFError');
    });

    test('createEdgeWorker runs in a Web Worker; stop() ends even a long C operation', async () => {
        const page = await blank();
        const got = await page.evaluate(async () => {
            const { createEdgeWorker } = await import('/web/worker.js');
            let out = '';
            const edge = await createEdgeWorker({
                stdout: (t) => { out += t; },
                stdin: async (prompt) => `answer to ${prompt}`,
                // Long enough for a loop to reach its next slice on a busy machine; the C
                // operation below never does, so the worker is replaced after it.
                stopGrace: 3000,
            });
            const first = await edge.run('print("in a worker:", input("q"))');
            const cells = edge.session();
            const cell = await cells.run('n = 21\nn * 2');
            const loop = edge.run('print("loop")\nwhile True:\n    pass\n');
            await new Promise((resolve) => {
                const check = setInterval(() => { if (out.endsWith('loop\n')) { clearInterval(check); resolve(); } }, 1);
            });
            edge.stop();
            const loopResult = await loop;
            const kept = await cells.run('n');
            const big = edge.run('print("big")\nx = 10 ** 10 ** 8\n');
            await new Promise((resolve) => {
                const check = setInterval(() => { if (out.endsWith('big\n')) { clearInterval(check); resolve(); } }, 1);
            });
            edge.stop();
            const bigResult = await big;
            const after = await edge.run('print("after")');
            edge.terminate();
            return { first, cell, loopResult, kept, bigResult, after, out };
        });
        assert.deepEqual(got.first, { ok: true });
        assert.deepEqual(got.cell, { ok: true, value: '42' });
        assert.equal(got.loopResult.error.type, 'KeyboardInterrupt');
        assert.deepEqual(got.kept, { ok: true, value: '21' }, 'a loop stops between slices: the worker stays');
        assert.equal(got.bigResult.error.type, 'KeyboardInterrupt');
        assert.deepEqual(got.after, { ok: true });
        assert.equal(got.out, 'qin a worker: answer to q\nloop\nbig\nafter\n');
        assert.deepEqual(page.errors, []);
    });
});
