// error-hints.test.mjs — issue 17, "Learners": errors that teach, in the playground in
// Chromium. A traceback shows CPython's marks under what failed and its "Did you mean"; a
// beginner's error gets a plain-language hint under it (playground/src/hints.js), in the
// console and in a notebook cell, also for an error a saved notebook brings; a frame in
// an earlier cell shows that cell's line; Stop names the line the program was at.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { launch, openPlayground, servePlayground, skip } from './helpers.mjs';

describe('errors that teach, in Chromium', { skip, timeout: 180_000 }, () => {
    let browser;
    let server;
    before(async () => {
        server = await servePlayground('edge-hints-');
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });

    const playground = (suffix = '') => openPlayground(browser, `${server.url}/${suffix}`);
    const waitIdle = (page) => page.waitForSelector('#run:not([disabled])');

    // Runs `code` in the editor; resolves to the console's stderr and hint texts.
    async function runInConsole(page, code) {
        await page.evaluate((c) => { window.playground.code = c; }, code);
        await page.click('#run');
        await waitIdle(page);
        return {
            stderr: await page.locator('#output .stderr').allTextContents(),
            hints: await page.locator('#output .hint').allTextContents(),
        };
    }

    test('the console shows a hint under the traceback of a beginner\'s error', async () => {
        const page = await playground();
        const { stderr, hints } = await runInConsole(page, 'age = 12\nprint("Next year you are " + age + 1)\n');
        assert.equal(stderr.join(''), [
            'Traceback (most recent call last):',
            '  File "main.py", line 2, in <module>',
            '    print("Next year you are " + age + 1)',
            '          ~~~~~~~~~~~~~~~~~~~~~^~~~~',
            'TypeError: can only concatenate str (not "int") to str',
            '',
        ].join('\n'));
        assert.equal(hints.length, 1);
        assert.match(hints[0], /^Hint: Python does not turn numbers into text.*str\(n\)/);
        // The hint comes after the traceback, in its own colour.
        assert.match(await page.locator('#output').textContent(), /to str\nHint: /);
        assert.notEqual(await page.locator('#output .hint').evaluate((el) => getComputedStyle(el).color),
            await page.locator('#output .stderr').evaluate((el) => getComputedStyle(el).color));

        // Another program: another hint. An error no hint is for gets none.
        const missing = await runInConsole(page, 'count = 0\ndef add():\n    count += 1\nadd()\n');
        assert.match(missing.hints[0], /^Hint: The function assigns to this name/);
        const typo = await runInConsole(page, 'length = 3\nprint(lenght)\n');
        assert.match(typo.stderr.join(''), /NameError: name 'lenght' is not defined. Did you mean: 'length'\?\n$/);
        assert.deepEqual(typo.hints, []);
        const syntax = await runInConsole(page, 'if age = 12:\n    print(age)\n');
        assert.match(syntax.hints[0], /^Hint: One "=" stores a value/);
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    test('Stop shows where the program was', async () => {
        const page = await playground();
        await page.evaluate(() => { window.playground.code = 'total = 0\nwhile True:\n    total += 1\n'; });
        await page.click('#run');
        await page.waitForSelector('#stop:not([disabled])');
        await page.click('#stop');
        await waitIdle(page);
        assert.equal(await page.locator('#output').textContent(), [
            'Traceback (most recent call last):',
            '  File "main.py", line 2, in <module>',
            '    while True:',
            'KeyboardInterrupt: stopped',
            '',
        ].join('\n'));
        assert.equal(await page.locator('.cm-error-line').count(), 0);
        await page.close();
    });

    test('a notebook cell shows the hint, and the lines of the cell a function came from', async () => {
        const page = await playground('?mode=notebook');
        await page.waitForSelector('#notebook-mode:not([hidden]) .cell');
        const ipynb = {
            nbformat: 4, nbformat_minor: 5, metadata: {},
            cells: [
                { cell_type: 'code', id: 'a', metadata: {}, execution_count: null, source: 'def average(values):\n    return sum(values) / len(values)\n', outputs: [] },
                { cell_type: 'code', id: 'b', metadata: {}, execution_count: null, source: 'ages = {"ann": 12}\nages["bob"]', outputs: [] },
                { cell_type: 'code', id: 'c', metadata: {}, execution_count: null, source: 'average([])', outputs: [] },
                {
                    cell_type: 'code', id: 'd', metadata: {}, execution_count: 7, source: 'f(1)',
                    outputs: [{ output_type: 'error', ename: 'RecursionError', evalue: 'maximum recursion depth exceeded', traceback: ['RecursionError: maximum recursion depth exceeded'] }],
                },
            ],
        };
        await page.setInputFiles('#nb-open', { name: 'hints.ipynb', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ipynb)) });
        const cells = page.locator('.code-cell');
        await cells.nth(3).locator('.hint').waitFor();
        // An error the file brought: its hint shows as it opens.
        assert.match(await cells.nth(3).locator('.hint').textContent(), /^Hint: A function called itself again and again/);

        for (const i of [0, 1, 2]) {
            await cells.nth(i).click();
            await page.keyboard.press('Control+Enter');
            await page.locator('#nb-run-all:not([disabled])').waitFor();
        }
        assert.equal(await cells.nth(1).locator('.stderr').textContent(), [
            'Traceback (most recent call last):',
            '  File "cell2.py", line 2, in <module>',
            '    ages["bob"]',
            '    ~~~~^^^^^^^',
            "KeyError: 'bob'",
            '',
        ].join('\n'));
        assert.match(await cells.nth(1).locator('.hint').textContent(), /^Hint: The dictionary has no such key/);
        assert.equal(await cells.nth(2).locator('.stderr').textContent(), [
            'Traceback (most recent call last):',
            '  File "cell3.py", line 1, in <module>',
            '    average([])',
            '  File "cell1.py", line 2, in average',
            '    return sum(values) / len(values)',
            '           ~~~~~~~~~~~~^~~~~~~~~~~~~',
            'ZeroDivisionError: division by zero',
            '',
        ].join('\n'));
        assert.equal(await cells.nth(2).locator('.hint').count(), 0);

        // The hint is for the reader only: the saved notebook keeps the error as it was.
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#nb-save')]);
        const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
        assert.equal(saved.cells[1].outputs[0].output_type, 'error');
        assert.doesNotMatch(JSON.stringify(saved), /Hint:/);
        assert.deepEqual(page.errors, []);
        await page.close();
    });
});
