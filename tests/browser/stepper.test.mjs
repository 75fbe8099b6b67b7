// stepper.test.mjs — issue 17, "Step through a program", in the playground in Chromium:
// Step mode over a loop shows a variable change, the slider and Back go over the steps
// taken, a breakpoint set in the gutter stops Continue, Step into and Step out go in and out
// of a function with the call stack and its locals, objects are boxes with arrows (a shared
// list drawn once), input() works while stepping, Stop ends it, and a notebook cell steps
// through a function an earlier cell defined.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launch, openPlayground, servePlayground, skip } from './helpers.mjs';

const PROGRAM = `def square(n):
    result = n * n
    return result

total = 0
for i in range(3):
    total = total + square(i)
print("total", total)
`;

describe('Step mode, in Chromium', { skip, timeout: 180_000 }, () => {
    let browser;
    let server;
    before(async () => {
        server = await servePlayground('edge-stepper-');
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });

    async function playground(code, suffix = '') {
        const page = await openPlayground(browser, `${server.url}/${suffix}`);
        if (code !== undefined) await page.evaluate((c) => { window.playground.code = c; }, code);
        return page;
    }

    // The step counter's text once it has moved past `before`.
    async function stepped(page, before) {
        await page.waitForFunction((b) => {
            const count = document.querySelector('.stepper .step-count')?.textContent ?? '';
            const over = document.querySelector('.stepper .step-over');
            return count !== b && count !== '' && (over && !over.disabled || count.includes('ended'));
        }, before);
        return page.locator('.stepper .step-count').textContent();
    }
    async function click(page, selector) {
        const before = await page.locator('.stepper .step-count').textContent();
        await page.click(selector);
        return stepped(page, before);
    }
    const currentLine = (page) => page.evaluate(() => {
        const lines = [...document.querySelectorAll('#editor .cm-line')];
        const i = lines.findIndex((l) => l.dataset.stepLine === 'true');
        return i < 0 ? null : i + 1;
    });
    const variable = (page, name) => page.evaluate((n) => document.querySelector(`.stepper .vars tr[data-name="${n}"] .var-value`)?.textContent ?? null, name);
    const stack = (page) => page.locator('.stepper .step-stack .frame').allTextContents();

    test('stepping over a loop shows the variable change; Back and the slider go over the steps taken', async () => {
        const page = await playground(PROGRAM);
        await page.click('#step');
        assert.match(await stepped(page, ''), /^Step 1 of 1$/);
        assert.equal(await currentLine(page), 1);
        assert.deepEqual(await stack(page), ['<module>, line 1']);
        // The editor cannot change under the stepped program.
        assert.equal(await page.locator('#editor .cm-content').getAttribute('contenteditable'), 'false');
        await click(page, '.step-over'); // def square -> total = 0
        await click(page, '.step-over'); // -> for
        assert.equal(await variable(page, 'total'), '0');
        const seen = [];
        for (let k = 0; k < 6; k++) {
            await click(page, '.step-over');
            seen.push([await currentLine(page), await variable(page, 'total'), await variable(page, 'i')]);
        }
        assert.deepEqual(seen, [
            [7, '0', '0'], [6, '0', '0'], [7, '0', '1'], [6, '1', '1'], [7, '1', '2'], [6, '5', '2'],
        ]);
        assert.equal(await page.locator('.stepper .step-count').textContent(), 'Step 9 of 9');
        // Back: the step before, with its variables and line, marked as looking back.
        await page.click('.step-back');
        assert.equal(await page.locator('.stepper .step-count').textContent(), 'Step 8 of 9 (looking back)');
        assert.equal(await variable(page, 'total'), '1');
        assert.equal(await currentLine(page), 7);
        assert.equal(await page.locator('#editor .cm-step-line.past').count(), 1);
        // The slider to step 3: before the loop.
        await page.locator('.stepper .step-slider').fill('2');
        assert.equal(await page.locator('.stepper .step-count').textContent(), 'Step 3 of 9 (looking back)');
        assert.equal(await variable(page, 'i'), null);
        assert.equal(await currentLine(page), 6);
        // A step goes on from where the program is, not from the step looked at.
        await click(page, '.step-over');
        assert.equal(await page.locator('.stepper .step-count').textContent(), 'Step 10 of 10');
        assert.equal(await currentLine(page), 8);
        assert.equal(await variable(page, 'total'), '5');
        assert.equal(await page.locator('.stepper .step-output pre').textContent(), '');
        await click(page, '.step-over');
        assert.match(await page.locator('.stepper .step-count').textContent(), /the program ended/);
        assert.equal(await page.locator('.stepper .step-output pre').textContent(), 'total 5\n');
        assert.equal(await page.locator('#output').textContent(), 'total 5\n');
        // The output so far goes back with the slider.
        await page.locator('.stepper .step-slider').fill('9');
        assert.equal(await page.locator('.stepper .step-output pre').textContent(), '');
        // Closing the panel gives the editor back.
        await page.click('.step-stop');
        assert.equal(await page.locator('.stepper').count(), 0);
        assert.equal(await page.locator('#editor .cm-content').getAttribute('contenteditable'), 'true');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    test('a breakpoint set in the gutter stops Continue, each round of the loop', async () => {
        const page = await playground(PROGRAM);
        // The breakpoint gutter's cell of line 2 (inside square).
        await page.locator('#editor .cm-step-gutter .cm-gutterElement').nth(2).click();
        assert.equal(await page.locator('#editor .cm-breakpoint').count(), 1);
        await page.click('#step');
        await stepped(page, '');
        await click(page, '.step-continue');
        assert.equal(await currentLine(page), 2);
        assert.deepEqual(await stack(page), ['square, line 2', '<module>, line 7']);
        assert.equal(await variable(page, 'n'), '0');
        await click(page, '.step-continue');
        assert.equal(await variable(page, 'n'), '1');
        // Removing it on the way: Continue runs to the end.
        await page.locator('#editor .cm-step-gutter .cm-gutterElement').nth(2).click();
        assert.equal(await page.locator('#editor .cm-breakpoint').count(), 0);
        await click(page, '.step-continue');
        assert.match(await page.locator('.stepper .step-count').textContent(), /the program ended/);
        assert.equal(await page.locator('#output').textContent(), 'total 5\n');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    test('step into a function and out of it: the call stack, each frame\'s locals', async () => {
        const page = await playground(PROGRAM);
        await page.click('#step');
        await stepped(page, '');
        for (let k = 0; k < 3; k++) await click(page, '.step-into'); // 5, 6, 7
        await click(page, '.step-into');
        assert.equal(await currentLine(page), 2);
        assert.deepEqual(await stack(page), ['square, line 2', '<module>, line 7']);
        assert.equal(await page.locator('.stepper .frame-title').textContent(), 'square: local variables');
        await click(page, '.step-into');
        assert.equal(await variable(page, 'result'), '0');
        // The caller's frame, chosen in the stack: its variables, its line marked.
        await page.locator('.stepper .step-stack .frame').nth(1).click();
        assert.equal(await page.locator('.stepper .frame-title').textContent(), 'Global variables');
        assert.equal(await variable(page, 'i'), '0');
        assert.equal(await currentLine(page), 7);
        await click(page, '.step-out');
        assert.deepEqual(await stack(page), ['<module>, line 6']);
        assert.equal(await variable(page, 'total'), '0');
        await page.click('#stop');
        await page.waitForSelector('#run:not([disabled])');
        assert.match(await page.locator('#output').textContent(), /KeyboardInterrupt: stopped/);
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    test('objects are boxes with arrows; a list two names share is drawn once', async () => {
        const page = await playground(`class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

xs = [1, 2, 3]
ys = xs
p = Point(xs, 'here')
table = {'a': (1, 2)}
name = input("name? ")
print("hi", name)
`);
        page.on('dialog', (d) => d.dismiss());
        await page.locator('#editor .cm-step-gutter .cm-gutterElement').nth(11).click();
        await page.click('#step');
        await stepped(page, '');
        await page.click('.step-continue'); // input() waits in the console meanwhile
        await page.waitForSelector('#output .stdin-field');
        await page.fill('#output .stdin-field', 'Ada');
        await page.press('#output .stdin-field', 'Enter');
        await stepped(page, 'Step 1 of 1');
        assert.equal(await currentLine(page), 11);
        assert.equal(await variable(page, 'name'), "'Ada'");
        assert.equal(await page.locator('.stepper .obj-list').count(), 1);
        assert.deepEqual(await page.locator('.stepper .obj-list .obj-value').allTextContents(), ['1', '2', '3']);
        assert.equal(await page.locator('.stepper .obj-instance .obj-type').textContent(), 'Point instance');
        assert.equal(await page.locator('.stepper .obj-tuple').count(), 1);
        assert.equal(await page.locator('.stepper .obj-dict').count(), 1);
        // xs, ys and p.x point at the one list: three arrows end at its box.
        const arrows = await page.evaluate(() => document.querySelectorAll('.stepper svg.arrows path.arrow').length);
        const dots = await page.evaluate(() => document.querySelectorAll('.stepper .ref-dot').length);
        assert.equal(arrows, dots);
        assert.ok(arrows >= 6, `${arrows} arrows`);
        await click(page, '.step-over');
        assert.equal(await page.locator('#output').textContent(), 'name? Ada\nhi Ada\n');
        assert.deepEqual(page.errors, []);
        await page.close();
    });

    test('a notebook cell steps into a function an earlier cell defined', async () => {
        const page = await playground(undefined, '?mode=notebook');
        await page.evaluate(() => {
            const nb = window.playground.notebook;
            nb.openIpynb(JSON.stringify({
                nbformat: 4, nbformat_minor: 5, metadata: {},
                cells: [
                    { cell_type: 'code', id: 'a', metadata: {}, execution_count: null, outputs: [], source: 'def double(n):\n    twice = n * 2\n    return twice\n' },
                    { cell_type: 'code', id: 'b', metadata: {}, execution_count: null, outputs: [], source: 'x = double(21)\nx' },
                ],
            }), 'steps.ipynb');
        });
        await page.locator('.cell').nth(0).locator('.cell-run').click();
        await page.waitForSelector('.cell >> nth=0 >> .count:text("[1]")');
        const cell = page.locator('.cell').nth(1);
        await cell.locator('.cell-step').click();
        await page.waitForSelector('.cell .stepper .step-over:not([disabled])');
        const count = () => cell.locator('.step-count').textContent();
        const step = async (sel) => {
            const before = await count();
            await cell.locator(sel).click();
            await page.waitForFunction((b) => {
                const c = document.querySelectorAll('.cell')[1].querySelector('.step-count').textContent;
                return c !== b;
            }, before);
        };
        await step('.step-into');
        assert.deepEqual(await cell.locator('.step-stack .frame').allTextContents(), ['double, line 2', '<module>, line 1']);
        assert.equal(await cell.locator('.vars tr[data-name="n"] .var-value').textContent(), '21');
        await step('.step-out');
        await step('.step-over');
        assert.match(await count(), /the program ended/);
        await cell.locator('.cell-value', { hasText: '42' }).waitFor();
        assert.deepEqual(page.errors, []);
        await page.close();
    });
});
