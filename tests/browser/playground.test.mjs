// playground.test.mjs — the playground (playground/) in Chromium: built by its own build
// script into a temporary folder and served on a random local port. It runs an example,
// marks an error's line, stops an endless loop, reopens a share link, answers input() in
// the console, runs notebook cells that share state, and opens and saves an .ipynb.
// Nothing here measures time: every assertion waits for a condition.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { launch, open, openPlayground, servePlayground, skip } from './helpers.mjs';

describe('playground in Chromium', { skip, timeout: 180_000 }, () => {
    let browser;
    let server;
    before(async () => {
        server = await servePlayground('edge-playground-');
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });

    // Opens the playground (with `suffix`: ?query or #hash) once edge.wasm is loaded.
    const playground = (suffix = '') => openPlayground(browser, `${server.url}/${suffix}`);
    test('serve.mjs gives edge.wasm its MIME type and refuses paths outside its folder', async () => {
        const wasm = await fetch(`${server.url}/edge.wasm`);
        assert.equal(wasm.headers.get('content-type'), 'application/wasm');
        await wasm.arrayBuffer();
        assert.match((await fetch(`${server.url}/playground.css`)).headers.get('content-type'), /^text\/css/);
        assert.equal((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
    });

    const output = (page) => page.locator('#output').textContent();
    const waitIdle = (page) => page.waitForSelector('#run:not([disabled])');

    test('loads, shows the load time and runs an example with Ctrl+Enter', async () => {
        const page = await playground();
        assert.match(await page.locator('#status').innerText(), /loaded in \d+ ms/);
        assert.ok(await page.locator('#examples option').count() >= 15);
        const value = await page.locator('#examples option', { hasText: 'Big integers' }).getAttribute('value');
        await page.selectOption('#examples', value);
        assert.match(await page.evaluate(() => window.playground.code), /2 \*\* 100/);
        await page.locator('.cm-content').first().click();
        await page.keyboard.press('Control+Enter');
        await page.waitForFunction(() => document.getElementById('output').textContent.includes('digits in 100!'));
        await waitIdle(page);
        const out = await output(page);
        assert.ok(out.startsWith('1267650600228229401496703205376\n'), out);
        assert.match(await page.locator('#status').innerText(), /ran in \d+ ms/);
        assert.ok(await page.locator('.cm-lineNumbers').isVisible());
        assert.ok(await page.locator('.cm-content .tok-keyword, .cm-content [class*="ͼ"]').count() > 0, 'highlighted');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    for (const [title, want] of [['Code modules', 'Vector(4, 6)'], ['Native modules', '15511210043330985984000000']]) {
        test(`the example "${title}" imports its module`, async () => {
            const page = await playground();
            const value = await page.locator('#examples option', { hasText: title }).getAttribute('value');
            await page.selectOption('#examples', value);
            await page.click('#run');
            await waitIdle(page);
            const out = await output(page);
            assert.ok(out.includes(want), out);
            assert.equal(await page.locator('#output .stderr').count(), 0);
            assert.deepEqual(page.errors, []);
            await page.close();
        });
    }

    test('the plain-Python standard modules import', async () => {
        const page = await playground();
        await page.evaluate(() => {
            window.playground.code = 'from collections import Counter, deque\nfrom itertools import pairwise\n' +
                'print(Counter("abca").most_common(1), deque(pairwise("abc"), maxlen=1))\n';
        });
        await page.click('#run');
        await waitIdle(page);
        assert.equal(await output(page), "[('a', 2)] deque([('b', 'c')], maxlen=1)\n");
        assert.equal(await page.locator('#output .stderr').count(), 0);
        await page.close();
    });

    test('marks the line of an error and prints stderr in its own colour', async () => {
        const page = await playground();
        await page.evaluate(() => { window.playground.code = 'print("ok")\nx = 1\ny = x / 0\n'; });
        await page.click('#run');
        await page.waitForSelector('.cm-error-line');
        await waitIdle(page);
        assert.equal(await page.locator('.cm-error-line').innerText(), 'y = x / 0');
        assert.equal(await page.locator('.cm-error-gutter .cm-gutterElement', { hasText: '●' }).count(), 1);
        assert.match(await page.locator('#output .stderr').innerText(), /ZeroDivisionError: division by zero/);
        assert.match(await page.locator('#status').innerText(), /ZeroDivisionError/);
        // Editing the program clears the mark.
        await page.locator('.cm-content').first().click();
        await page.keyboard.type('#');
        await page.waitForSelector('.cm-error-line', { state: 'detached' });
        await page.close();
    });

    test('Stop ends an endless loop at once', async () => {
        const page = await playground();
        await page.evaluate(() => { window.playground.code = 'n = 0\nwhile True:\n    n += 1\n'; });
        await page.click('#run');
        await page.waitForSelector('#stop:not([disabled])');
        await page.click('#stop');
        await waitIdle(page);
        assert.match(await output(page), /KeyboardInterrupt: stopped/);
        assert.equal(await page.locator('.cm-error-line').count(), 0);
        await page.close();
    });

    test('a share link restores the program', async () => {
        const page = await playground();
        const code = 'print("shared ✓", 6 * 7)  # ünïcode & symbols +/=\n';
        await page.evaluate((c) => { window.playground.code = c; }, code);
        await page.click('#share');
        await page.waitForSelector('#share-link:not([hidden])');
        const link = await page.locator('#share-link').inputValue();
        assert.match(link, /#(z|code)=[\w-]+$/);
        assert.equal(link, page.url());
        await page.close();
        const again = await open(browser, link);
        await again.waitForSelector('body[data-ready="true"]');
        assert.equal(await again.evaluate(() => window.playground.code), code);
        await again.click('#run');
        await again.waitForFunction(() => document.getElementById('output').textContent.includes('42'));
        assert.equal(await output(again), 'shared ✓ 42\n');
        await again.close();
    });

    test('input() is answered in the console', async () => {
        const page = await playground();
        const value = await page.locator('#examples option', { hasText: 'input()' }).getAttribute('value');
        await page.selectOption('#examples', value);
        await page.click('#run');
        const field = page.locator('#output input.stdin-field');
        await field.waitFor();
        assert.match(await output(page), /What is your name\? $/);
        await field.fill('Ada');
        await field.press('Enter');
        await page.waitForFunction(() => document.getElementById('output').textContent.includes('How old'));
        await page.locator('#output input.stdin-field').fill('36');
        await page.locator('#output input.stdin-field').press('Enter');
        await waitIdle(page);
        assert.equal(await output(page), 'What is your name? Ada\nHow old are you? 36\nHello, Ada! In ten years you will be 46.\n');
        assert.equal(await page.locator('#output .stdin-echo').count(), 2);
        await page.close();
    });

    test('notebook cells share state and show the last value; .ipynb saves and loads', async () => {
        const page = await playground('?mode=notebook');
        await page.waitForSelector('#notebook-mode:not([hidden]) .cell');
        assert.equal(await page.locator('.code-cell').count(), 2);
        await page.click('#nb-run-all');
        const cells = page.locator('.code-cell');
        await cells.nth(1).locator('.cell-value').waitFor();
        assert.equal(await cells.nth(0).locator('.cell-output').textContent(), 'squares ready\n');
        assert.equal(await cells.nth(1).locator('.cell-value').textContent(), '285\n');
        assert.equal(await cells.nth(1).locator('.count').innerText(), '[2]');
        assert.match(await page.locator('.markdown h1').innerText(), /Edge Python notebook/);

        // Run one cell on its own: it sees the names the others defined.
        await page.click('#nb-add-code');
        await page.keyboard.type('len(numbers) + 1');
        await page.keyboard.press('Shift+Enter');
        await cells.nth(2).locator('.cell-value').waitFor();
        assert.equal(await cells.nth(2).locator('.cell-value').textContent(), '11\n');

        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#nb-save')]);
        const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
        assert.equal(saved.nbformat, 4);
        // Shift+Enter in the last cell added an empty one after it, as Jupyter does.
        assert.deepEqual(saved.cells.map((c) => c.cell_type), ['markdown', 'code', 'code', 'code', 'code']);
        assert.deepEqual(saved.cells[3].source, ['len(numbers) + 1']);
        assert.equal(saved.cells[3].execution_count, 3);
        assert.deepEqual(saved.cells[1].outputs, [{ output_type: 'stream', name: 'stdout', text: ['squares ready\n'] }]);
        assert.deepEqual(saved.cells[2].outputs[0].data, { 'text/plain': ['285'] });
        assert.equal(saved.cells[2].outputs[0].output_type, 'execute_result');

        const ipynb = {
            nbformat: 4, nbformat_minor: 5, metadata: {},
            cells: [
                { cell_type: 'markdown', id: 'a', metadata: {}, source: ['## Loaded\n', 'from a *file*'] },
                { cell_type: 'code', id: 'b', metadata: {}, execution_count: 1, source: ['def sq(x):\n', '    return x * x\n'], outputs: [] },
                { cell_type: 'code', id: 'c', metadata: {}, execution_count: 2, source: 'print("old")\nsq(12)', outputs: [{ output_type: 'stream', name: 'stdout', text: 'old\n' }] },
            ],
        };
        await page.setInputFiles('#nb-open', { name: 'loaded.ipynb', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ipynb)) });
        await page.waitForFunction(() => document.querySelector('.markdown h2')?.textContent === 'Loaded');
        assert.equal(await page.locator('.code-cell').count(), 2);
        assert.equal(await page.locator('.code-cell').nth(1).locator('.cell-output').textContent(), 'old\n');
        await page.click('#nb-run-all');
        await page.locator('.code-cell').nth(1).locator('.cell-value').waitFor();
        assert.equal(await page.locator('.code-cell').nth(1).locator('.cell-output').textContent(), 'old\n144\n');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    test('the page fits a phone-sized screen', async () => {
        const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
        await page.goto(`${server.url}/index.html`);
        await page.waitForSelector('body[data-ready="true"]');
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
        assert.ok(widths[0] <= widths[1], `no horizontal scroll: ${widths}`);
        const editor = await page.locator('#editor').boundingBox();
        const out = await page.locator('#console').boundingBox();
        assert.ok(out.y >= editor.y + editor.height - 1, 'the console is under the editor');
        await page.close();
    });
});
