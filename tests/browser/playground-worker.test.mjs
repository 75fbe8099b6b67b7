// playground-worker.test.mjs — issue 18: the playground and its notebooks run programs on
// the worker runner (web/worker.js), so no program, not even one long operation inside C,
// can freeze the page; Stop ends it, input(), time.sleep() and the notebook's session work
// as before; and when the interpreter does not survive (its worker dies, or Stop had to
// replace it), a notebook cell says what happened and that the session restarted, instead
// of showing [*] forever. Nothing here measures time except how long the page's own timers
// were held up.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launch, openPlayground, servePlayground, skip } from './helpers.mjs';

describe('the playground runs programs in a worker', { skip, timeout: 180_000 }, () => {
    let browser;
    let server;
    before(async () => {
        server = await servePlayground('edge-playground-worker-');
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });

    const playground = (suffix = '') => openPlayground(browser, `${server.url}/${suffix}`);
    const output = (page) => page.locator('#output').textContent();
    const waitIdle = (page) => page.waitForSelector('#run:not([disabled])');

    // Starts a timer in the page that notes how late each tick comes; resolves to a
    // function giving the longest the page's thread was held, in ms.
    async function watchThread(page) {
        await page.evaluate(() => {
            window.longestGap = 0;
            let last = performance.now();
            window.ticker = setInterval(() => {
                const now = performance.now();
                window.longestGap = Math.max(window.longestGap, now - last);
                last = now;
            }, 10);
        });
        return () => page.evaluate(() => {
            clearInterval(window.ticker);
            return window.longestGap;
        });
    }

    // Long operations inside C that no step limit counts: one slice (20,000 steps) of these
    // takes a minute. On the page's thread, the page would be frozen all along.
    const LONG_C = 's = "ab" * 10 ** 8\nfor i in range(20):\n    t = s.replace("a", "c")\n';
    for (const [what, code, line] of [
        ['`while True: pass`', 'n = 0\nwhile True:\n    pass\n', 2],
        ['long operations inside C (str.replace over 200 MB)', LONG_C, 0],
    ]) {
        test(`${what}: the page stays responsive and Stop ends it`, async (t) => {
            const page = await playground();
            await page.evaluate((c) => { window.playground.code = c; }, code);
            const longest = await watchThread(page);
            await page.click('#run');
            await page.waitForSelector('#stop:not([disabled])');
            // A second of running, during which the page's timers and clicks go on.
            await page.waitForTimeout(1000);
            await page.locator('.cm-content').first().click();
            assert.equal(await page.locator('#run').isDisabled(), true, 'still running');
            await page.click('#stop');
            await waitIdle(page);
            const held = await longest();
            t.diagnostic(`the page's thread was held at most ${Math.round(held)} ms`);
            // Some slack for a loaded machine: on the page's thread, the second program
            // would hold it for tens of seconds.
            assert.ok(held < 1000, `the page was held ${Math.round(held)} ms`);
            const out = await output(page);
            assert.match(out, /KeyboardInterrupt: stopped\n$/);
            // A loop ends between two slices, where the traceback can say where it was; a
            // long C operation ends with its worker.
            if (line) assert.match(out, new RegExp(`line ${line}, in <module>`));
            await page.evaluate(() => { window.playground.code = 'print("next", 6 * 7)'; });
            await page.click('#run');
            await waitIdle(page);
            assert.equal(await output(page), 'next 42\n');
            assert.deepEqual(page.errors, []);
            await page.close();
        });
    }

    test('input() and time.sleep() work from the worker', async () => {
        const page = await playground();
        await page.evaluate(() => {
            window.playground.code = 'import time\nname = input("name? ")\nt = time.perf_counter()\ntime.sleep(0.2)\n' +
                'print("hi", name, time.perf_counter() - t >= 0.2)\n';
        });
        await page.click('#run');
        const field = page.locator('#output input.stdin-field');
        await field.waitFor();
        await field.fill('Ada');
        await field.press('Enter');
        await waitIdle(page);
        assert.equal(await output(page), 'name? Ada\nhi Ada True\n');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    // The notebook's cells, their counts and outputs as text.
    const cells = (page) => page.evaluate(() => [...document.querySelectorAll('.code-cell')].map((el) => ({
        count: el.querySelector('.count').textContent,
        out: el.querySelector('.cell-outputs').textContent,
    })));

    async function notebook(sources) {
        const page = await playground('?mode=notebook');
        await page.waitForSelector('#notebook-mode:not([hidden]) .cell');
        await page.evaluate((list) => {
            const nb = window.playground.notebook;
            nb.load(list.map((source) => ({ type: 'code', source })));
        }, sources);
        return page;
    }

    const runCell = (page, i) => page.evaluate((n) => {
        const nb = window.playground.notebook;
        window.cellDone = nb.runCell(nb.cells[n]);
    }, i);

    test('a notebook keeps its globals across cells; a cell Stop cannot end otherwise restarts the session, and says so', async () => {
        const page = await notebook(['x = 6', 'x * 7', `print("long")\n${LONG_C}`, 'x']);
        await page.evaluate(() => { window.cellDone = window.playground.notebook.runAll(); });
        await page.waitForFunction(() => document.querySelectorAll('.code-cell .cell-outputs')[2].textContent.includes('long'));
        let c = await cells(page);
        assert.deepEqual(c.slice(0, 3).map((x) => x.count), ['[1]', '[2]', '[*]']);
        assert.equal(c[1].out, '42\n');
        await page.click('#stop');
        assert.equal(await page.evaluate(() => window.cellDone), false);
        c = await cells(page);
        assert.equal(c[2].out, 'long\nStopped: the cell did not end in time, so the interpreter was restarted.\n' +
            'The session restarted: the variables of earlier cells are gone. Run them again (Run all).\n');
        assert.deepEqual(c.map((x) => x.count), ['[ ]', '[ ]', '[ ]', '[ ]'], 'no cell counts as run in the new session');
        assert.match(await page.locator('#status').innerText(), /the session restarted/);
        await runCell(page, 3);
        assert.equal(await page.evaluate(() => window.cellDone), false);
        assert.match((await cells(page))[3].out, /NameError: name 'x' is not defined/, 'the session is new, as the cell said');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    // Regression (issue 18): a crash left the cell [*] forever and lost the session's
    // globals without a word. Here the worker dies of an uncaught error while the cell runs.
    test('the interpreter\'s worker dies while a cell runs: the cell says so, and the notebook goes on', async () => {
        const page = await notebook(['x = 6', 'print("looping")\nwhile True:\n    pass', 'x = 7\nx * 6']);
        await runCell(page, 0);
        await page.evaluate(() => window.cellDone);
        await runCell(page, 1);
        await page.waitForFunction(() => document.querySelectorAll('.code-cell .cell-outputs')[1].textContent.includes('looping'));
        const [worker] = page.workers();
        await worker.evaluate(() => { setTimeout(() => { throw new Error('simulated crash'); }); });
        assert.equal(await page.evaluate(() => window.cellDone), false);
        const c = await cells(page);
        assert.notEqual(c[1].count, '[*]');
        assert.match(c[1].out, /^looping\nThe interpreter crashed \(Error: the worker died \(.*simulated crash\); another one starts, and sessions begin again with fresh globals\)\.\nThe session restarted: the variables of earlier cells are gone\. Run them again \(Run all\)\.\n$/);
        assert.equal(await page.evaluate(() => document.querySelectorAll('.code-cell')[1].classList.contains('running')), false);
        await runCell(page, 2);
        assert.equal(await page.evaluate(() => window.cellDone), true);
        const after = await cells(page);
        assert.equal(after[2].count, '[1]');
        assert.equal(after[2].out, '42\n');
        assert.equal(await page.locator('#stop').isDisabled(), true, 'nothing runs');
        await page.close();
    });
});
