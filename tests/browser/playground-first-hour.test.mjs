// playground-first-hour.test.mjs — issue 11, "A newcomer's first hour", in the playground:
// what one user reproduced, each pinned down in Chromium. The page never freezes (output
// is drawn once a frame and the console keeps a bounded tail, so a flood of print() stays
// fast and Stop answers), never loses work (the program and the notebook outlive a reload,
// replacing edited work asks first, a deleted cell comes back), the editor indents as
// Python wants and lets keyboard users out, "+ Markdown" focuses its cell, and the header's
// Run does not run the hidden editor program in notebook mode.
//
// Two tests measure page time (performance.now() and the click event's timeStamp) and
// report the figures; they assert the bounds the issue sets: 100,000 lines shown in under
// 2 s, a stopped `while True: print(i)` over in under half a second.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launch, openPlayground, servePlayground, skip } from './helpers.mjs';

describe('playground: a newcomer\'s first hour (issue 11)', { skip, timeout: 300_000 }, () => {
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

    // Opens the playground (`suffix`: a path, ?query or #hash) once edge.wasm is loaded.
    // Each page has a browser context of its own, so it starts with empty localStorage.
    async function playground(suffix = '', page = null) {
        if (!page) return openPlayground(browser, `${server.url}/${suffix}`);
        await page.goto(`${server.url}/${suffix}`);
        await page.waitForSelector('body[data-ready="true"]');
        return page;
    }
    const code = (page) => page.evaluate(() => window.playground.code);
    const setCode = (page, text) => page.evaluate((t) => { window.playground.code = t; }, text);
    const waitIdle = (page) => page.waitForSelector('#run:not([disabled])');
    const editor = (page) => page.locator('#editor .cm-content');
    const inEditor = (page) => page.evaluate(() => !!document.activeElement?.closest('#editor .cm-editor'));

    describe('the page never freezes', () => {
        // Console.write set scrollTop = scrollHeight on every chunk, laying the whole output
        // out again each time: 2,000 lines took 30 s, and 100,000 never finished.
        test('100,000 printed lines appear in under 2 s, the console keeping the last 10,000', { timeout: 60_000 }, async (t) => {
            const page = await playground();
            await setCode(page, 'for i in range(100000):\n    print(i)\n');
            const took = await page.evaluate(async () => {
                const start = performance.now();
                await window.playground.run();
                // Shown: the frame after the run is drawn.
                await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
                return performance.now() - start;
            });
            t.diagnostic(`100,000 lines in ${Math.round(took)} ms of page time`);
            const shown = await page.evaluate(() => {
                const out = document.getElementById('output');
                return {
                    text: out.textContent,
                    notice: out.querySelector('.notice')?.textContent ?? '',
                    belowView: out.scrollHeight - out.scrollTop - out.clientHeight,
                    pageWidths: [document.documentElement.scrollWidth, innerWidth],
                };
            });
            assert.ok(shown.belowView < 2, `the console shows the end of the output (${shown.belowView} px below the view)`);
            assert.ok(shown.pageWidths[0] <= shown.pageWidths[1], `no horizontal scroll: ${shown.pageWidths}`);
            assert.ok(shown.text.endsWith('\n99998\n99999\n'), shown.text.slice(-40));
            assert.match(shown.notice, /90,000 earlier lines/);
            const lines = shown.text.slice(shown.notice.length).split('\n');
            assert.equal(lines[0], '90000');
            assert.equal(lines.length, 10_001); // 10,000 lines and the empty string after the last newline
            assert.ok(took < 2000, `100,000 lines took ${Math.round(took)} ms`);
            assert.deepEqual(page.errors, []);
            await page.close();
        });

        test('the console stays at the end of long, wrapping output, where input() asks', async () => {
            const page = await playground();
            await page.setViewportSize({ width: 1100, height: 700 });
            await setCode(page, 'for i in range(100000):\n    print(i, "x" * (i % 120))\nname = input("name? ")\nprint("hi", name)\n');
            await page.click('#run');
            const field = page.locator('#output input.stdin-field');
            await field.waitFor();
            const belowView = await page.evaluate(() => {
                const out = document.getElementById('output');
                return out.scrollHeight - out.scrollTop - out.clientHeight;
            });
            assert.ok(belowView < 2, `the console shows the end of the output (${belowView} px below the view)`);
            const [box, view] = [await field.boundingBox(), await page.locator('#output').boundingBox()];
            assert.ok(box.y >= view.y && box.y + box.height <= view.y + view.height + 1, 'the input field is in view');
            await field.fill('Ada');
            await field.press('Enter');
            await waitIdle(page);
            assert.ok((await page.locator('#output').textContent()).endsWith('\n99999 ' + 'x'.repeat(99999 % 120) + '\nname? Ada\nhi Ada\n'));
            await page.close();
        });

        // `while True: print(i)` locked the tab so hard that Stop could not be clicked.
        test('Stop ends `while True: print(i)` within half a second', { timeout: 60_000 }, async (t) => {
            const page = await playground();
            await setCode(page, 'i = 0\nwhile True:\n    print(i)\n    i += 1\n');
            const box = await page.locator('#stop').boundingBox();
            await page.evaluate(() => {
                document.getElementById('stop').addEventListener('click', (event) => { window.stopClicked = event.timeStamp; });
                window.runEnded = window.playground.run().then(() => performance.now());
            });
            // Let it print for a while, then click Stop as a user would: a real mouse event,
            // with no wait for the page to answer first.
            await page.waitForFunction(() => document.getElementById('output').textContent.length > 50_000, null, { polling: 50 });
            await new Promise((resolve) => setTimeout(resolve, 300));
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
            const latency = await page.evaluate(async () => (await window.runEnded) - window.stopClicked);
            t.diagnostic(`Stop ended the loop ${Math.round(latency)} ms after the click`);
            const out = await page.locator('#output').textContent();
            assert.match(out, /KeyboardInterrupt: stopped\n$/);
            assert.ok(out.split('\n').length <= 10_003, `${out.split('\n').length} lines kept`);
            assert.ok(latency < 500, `Stop took ${Math.round(latency)} ms`);
            await page.close();
        });
    });

    describe('the playground never loses work', () => {
        test('the editor program survives a reload; a share link takes precedence, and Ctrl+Z brings the saved one back', async () => {
            const page = await playground();
            await setCode(page, 'print("mine")\n');
            await editor(page).click();
            await page.keyboard.press('Control+End');
            await page.keyboard.type('print("typed")');
            await page.reload();
            await page.waitForSelector('body[data-ready="true"]');
            assert.equal(await code(page), 'print("mine")\nprint("typed")');

            const link = `index.html#code=${Buffer.from('print("shared")\n').toString('base64url')}`;
            await playground(link, page);
            assert.equal(await code(page), 'print("shared")\n');
            await editor(page).click();
            await page.keyboard.press('Control+z');
            assert.equal(await code(page), 'print("mine")\nprint("typed")');
            await page.close();
        });

        test('choosing an example asks before replacing an edited program', async () => {
            const page = await playground();
            const option = async (title) => page.locator('#examples option', { hasText: title }).getAttribute('value');
            await setCode(page, 'print("my work")\n');
            const asked = [];
            page.on('dialog', (dialog) => {
                asked.push(dialog.message());
                if (asked.length === 1) dialog.dismiss(); else dialog.accept();
            });
            await page.selectOption('#examples', await option('Big integers'));
            assert.equal(asked.length, 1);
            assert.match(asked[0], /replace/i);
            assert.equal(await code(page), 'print("my work")\n');
            await page.selectOption('#examples', await option('Big integers'));
            assert.equal(asked.length, 2);
            assert.match(await code(page), /2 \*\* 100/);
            // An example not yet edited is no work to lose: no question.
            await page.selectOption('#examples', await option('Classes'));
            assert.equal(asked.length, 2);
            assert.doesNotMatch(await code(page), /2 \*\* 100/);
            await page.close();
        });

        test('the notebook survives a reload', async () => {
            const page = await playground('?mode=notebook');
            await page.locator('.code-cell .cm-content').first().click();
            await page.keyboard.press('Control+End');
            await page.keyboard.type('\nprint("kept", len(numbers))');
            await page.click('#nb-run-all');
            await page.locator('.code-cell').nth(1).locator('.cell-value').waitFor();
            assert.equal(await page.locator('.code-cell').first().locator('.cell-output').textContent(), 'squares ready\nkept 10\n');
            await page.reload();
            await page.waitForSelector('body[data-ready="true"] #notebook-mode:not([hidden]) .cell');
            const cells = page.locator('.code-cell');
            assert.equal(await cells.count(), 2);
            assert.match(await cells.first().locator('.cm-content').innerText(), /print\("kept", len\(numbers\)\)/);
            assert.equal(await cells.first().locator('.cell-output').textContent(), 'squares ready\nkept 10\n');
            assert.equal(await cells.nth(1).locator('.count').innerText(), '[2]');
            await page.close();
        });

        test('opening an .ipynb asks before replacing an edited notebook', async () => {
            const page = await playground('?mode=notebook');
            await page.locator('.code-cell .cm-content').first().click();
            await page.keyboard.type('# edited\n');
            const asked = [];
            page.on('dialog', (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
            const ipynb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'markdown', id: 'a', metadata: {}, source: '## Other' }] };
            await page.setInputFiles('#nb-open', { name: 'other.ipynb', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ipynb)) });
            await page.waitForFunction(() => document.getElementById('status').textContent.includes('other.ipynb'));
            assert.equal(asked.length, 1);
            assert.match(asked[0], /replace/i);
            assert.equal(await page.locator('.code-cell').count(), 2);
            assert.match(await page.locator('.code-cell .cm-content').first().innerText(), /# edited/);
            await page.close();
        });

        test('a deleted cell can be undone', async () => {
            const page = await playground('?mode=notebook');
            const sources = () => page.evaluate(() => JSON.parse(window.playground.notebook.toIpynb()).cells.map((c) => c.source.join('')));
            const before = await sources();
            await page.locator('.code-cell').first().locator('.cell-delete').click();
            assert.deepEqual(await sources(), [before[0], before[2]]);
            await page.locator('#nb-undo').click();
            assert.deepEqual(await sources(), before);
            assert.ok(await page.locator('#nb-undo').isHidden(), 'nothing left to undo');
            await page.close();
        });
    });

    describe('the editor', () => {
        test('Tab indents by 4 spaces, a colon indents the next line by 4, Escape then Tab leaves', async () => {
            const page = await playground();
            await setCode(page, 'x = 1');
            await editor(page).click();
            await page.keyboard.press('Control+End');
            await page.keyboard.press('Home');
            await page.keyboard.press('Tab');
            assert.equal(await code(page), '    x = 1');
            assert.ok(await inEditor(page), 'Tab kept the focus in the editor');
            await page.keyboard.press('Shift+Tab');
            await page.keyboard.press('End');
            await page.keyboard.type('\nif x:\nprint(x)');
            assert.equal(await code(page), 'x = 1\nif x:\n    print(x)');
            // One Escape then Tab leaves, even when that Escape closes the completion list.
            await page.keyboard.type('\npri');
            await page.waitForSelector('.cm-tooltip-autocomplete');
            await page.keyboard.press('Escape');
            await page.keyboard.press('Tab');
            assert.equal(await code(page), 'x = 1\nif x:\n    print(x)\n    pri');
            assert.ok(!(await inEditor(page)), 'Escape then Tab moved the focus out');
            // ... and Shift+Tab comes back in, where Tab indents again.
            await page.keyboard.press('Shift+Tab');
            assert.ok(await inEditor(page), 'Shift+Tab came back');
            await page.close();
        });
    });

    describe('notebook mode', () => {
        // The button kept the focus, so the space typed next clicked it again.
        test('"+ Markdown" focuses the new cell', async () => {
            const page = await playground('?mode=notebook');
            const count = await page.locator('.cell').count();
            await page.click('#nb-add-md');
            await page.keyboard.type('# My notes here');
            assert.equal(await page.locator('.cell').count(), count + 1);
            assert.equal(await page.locator('.markdown-cell').last().locator('.cm-content').innerText(), '# My notes here');
            await page.close();
        });

        test('the header Run does not run the hidden editor program', async () => {
            const page = await playground();
            await setCode(page, 'print("hidden editor program")\n');
            await page.click('#mode');
            await page.waitForSelector('#notebook-mode:not([hidden]) .cell');
            assert.ok(await page.locator('#run').isHidden(), 'no header Run in notebook mode');
            assert.ok(await page.locator('#nb-run-all').isVisible());
            await page.click('#mode');
            assert.ok(await page.locator('#run').isVisible(), 'the header Run is back in the editor');
            await page.close();
        });
    });
});
