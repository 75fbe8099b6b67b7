// notebook-learners.test.mjs — issue 17, "Learners": notebooks a teacher can hand out, in
// Chromium. A notebook written as Jupyter writes one comes back from Open and Save exactly as
// it was (metadata, ids, raw cells, attachments, outputs of every type, the file name);
// Markdown cells draw tables, images, code, links and KaTeX math, with nothing that could run
// code; the keyboard works as in Jupyter; the page has a dark theme and names every control;
// an object with _repr_html_() shows as (sanitized) HTML.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { launch, open, servePlayground, skip } from './helpers.mjs';

// What Jupyter writes: keys sorted, one space of indent, a newline at the end.
const sortKeys = (v) => (Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object'
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v);
const asJupyterWrites = (nb) => `${JSON.stringify(sortKeys(nb), null, 1)}\n`;

// A 2x1 PNG, base64 as Jupyter stores it (with its trailing newline).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGNgaGj4z8AAAAeEAgCAK8q0AAAAAElFTkSuQmCC\n';

// A lesson as Jupyter (nbformat 4.5) saves it, with a little of everything.
const LESSON = {
    cells: [
        {
            attachments: { 'dot.png': { 'image/png': PNG } },
            cell_type: 'markdown',
            id: '6f1c2a7e',
            metadata: { editable: false, tags: ['intro'] },
            source: ['# Squares\n', '\n', 'A picture carried by the cell: ![a dot](attachment:dot.png)'],
        },
        {
            cell_type: 'code',
            execution_count: 3,
            id: 'b2d94c10',
            metadata: { collapsed: false, scrolled: true, tags: ['plot'] },
            outputs: [
                { name: 'stdout', output_type: 'stream', text: ['plotting\n', 'done\n'] },
                {
                    data: { 'image/png': PNG, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
                    metadata: { 'image/png': { height: 10, width: 20 } },
                    output_type: 'display_data',
                },
                {
                    data: {
                        'image/svg+xml': ['<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">\n', '<rect width="30" height="10" fill="teal"/>\n', '</svg>'],
                        'text/plain': ['<Chart>'],
                    },
                    metadata: {},
                    output_type: 'display_data',
                },
                {
                    data: {
                        'application/json': { answer: 42 },
                        'text/html': ['<table class="dataframe"><tr><th>n</th></tr><tr><td>4</td></tr></table>\n', '<script>window.pwned = "html output"</script>'],
                        'text/plain': ['   n\n', '0  4'],
                    },
                    execution_count: 3,
                    metadata: {},
                    output_type: 'execute_result',
                },
            ],
            source: ['import matplotlib.pyplot as plt\n', 'plt.plot([1, 4])'],
        },
        {
            cell_type: 'raw',
            id: 'c0ffee00',
            metadata: { 'raw_mimetype': 'text/restructuredtext' },
            source: ['.. note:: a raw cell\n', '   is kept as it is'],
        },
        {
            cell_type: 'code',
            execution_count: 4,
            id: 'd00dfeed',
            metadata: {},
            outputs: [{
                ename: 'ZeroDivisionError',
                evalue: 'division by zero',
                output_type: 'error',
                traceback: ['\u001b[0;31m---------------------------------------------------------------------------\u001b[0m', '\u001b[0;31mZeroDivisionError\u001b[0m: division by zero'],
            }],
            source: '1 / 0',
        },
        { cell_type: 'code', execution_count: null, id: 'e5e5e5e5', metadata: {}, outputs: [], source: [] },
    ],
    metadata: {
        authors: [{ name: 'A. Teacher' }],
        kernelspec: { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' },
        language_info: {
            codemirror_mode: { name: 'ipython', version: 3 }, file_extension: '.py', mimetype: 'text/x-python',
            name: 'python', nbconvert_exporter: 'python', pygments_lexer: 'ipython3', version: '3.11.7',
        },
    },
    nbformat: 4,
    nbformat_minor: 5,
};

describe('notebooks for learners (issue 17)', { skip, timeout: 300_000 }, () => {
    let browser;
    let server;
    before(async () => {
        server = await servePlayground('edge-notebook-');
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
    });

    // The notebook page (each page has a context of its own: empty localStorage), with every
    // request it made recorded in page.requests.
    async function notebookPage(options = {}) {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        page.errors = [];
        page.requests = [];
        page.on('pageerror', (err) => page.errors.push(err.message));
        page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
        page.on('request', (req) => page.requests.push(req.url()));
        // The context goes with its page; after() may already have closed the browser.
        page.on('close', () => { context.close().catch(() => {}); });
        await page.goto(`${server.url}/?mode=notebook`);
        await page.waitForSelector('body[data-ready="true"] #notebook-mode:not([hidden]) .cell');
        return page;
    }
    const openFile = (page, name, nb) => page.setInputFiles('#nb-open', {
        name, mimeType: 'application/json', buffer: Buffer.from(typeof nb === 'string' ? nb : asJupyterWrites(nb)),
    });
    async function saveFile(page) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#nb-save')]);
        return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
    }
    // Opens a notebook of code cells with these sources.
    async function withCells(page, sources) {
        const nb = { cells: sources.map((source, i) => ({ cell_type: 'code', execution_count: null, id: `c${i}`, metadata: {}, outputs: [], source })), metadata: {}, nbformat: 4, nbformat_minor: 5 };
        await openFile(page, 'cells.ipynb', nb);
        await page.waitForFunction((n) => document.querySelectorAll('.cell').length === n && document.getElementById('nb-name').textContent === 'cells.ipynb', sources.length);
    }
    const focused = (page) => page.evaluate(() => {
        const el = document.activeElement;
        const cell = el?.closest('.cell');
        return { cell: cell ? [...document.querySelectorAll('.cell')].indexOf(cell) : -1, command: el === cell, editing: !!el?.closest('.cm-content') };
    });
    const kinds = (page) => page.evaluate(() => [...document.querySelectorAll('.cell')].map((c) => c.className.match(/(\w+)-cell/)[1]));

    describe('notebooks a teacher can hand out', () => {
        test('a Jupyter .ipynb opened and saved back is the same file, under its name', async () => {
            const page = await notebookPage();
            const written = asJupyterWrites(LESSON);
            await openFile(page, 'lesson.ipynb', written);
            await page.waitForFunction(() => document.getElementById('status').textContent.includes('opened lesson.ipynb'));
            assert.deepEqual(await kinds(page), ['markdown', 'code', 'raw', 'code', 'code']);
            assert.equal(await page.locator('#nb-name').textContent(), 'lesson.ipynb');

            // What it shows: the attachment, the PNG and the SVG as images, the HTML table, the
            // raw text, the traceback without its colour codes.
            const attached = page.locator('.markdown-cell .markdown img');
            assert.equal(await attached.getAttribute('alt'), 'a dot');
            assert.match(await attached.getAttribute('src'), /^data:image\/png;base64,iVBOR/);
            const code = page.locator('.code-cell').first();
            assert.equal(await code.locator('.cell-output').first().textContent(), 'plotting\ndone\n');
            const images = code.locator('img.output-image');
            assert.equal(await images.count(), 2);
            assert.match(await images.nth(0).getAttribute('src'), /^data:image\/png;base64,/);
            assert.equal(await images.nth(0).getAttribute('width'), '20');
            assert.match(await images.nth(1).getAttribute('src'), /^data:image\/svg\+xml/);
            await page.waitForFunction(() => [...document.querySelectorAll('img.output-image')].every((img) => img.complete && img.naturalWidth > 0));
            assert.equal(await code.locator('.output-html table.dataframe td').textContent(), '4');
            assert.equal(await page.locator('#cells script').count(), 0);
            assert.equal(await page.evaluate(() => window.pwned), undefined);
            assert.match(await page.locator('.raw-cell .cm-content').innerText(), /^\.\. note:: a raw cell\n {3}is kept as it is$/);
            const traceback = await page.locator('.code-cell').nth(1).locator('.cell-output').textContent();
            assert.ok(traceback.includes('ZeroDivisionError: division by zero') && !traceback.includes('\u001b'), traceback);

            let saved = await saveFile(page);
            assert.equal(saved.name, 'lesson.ipynb');
            assert.deepEqual(JSON.parse(saved.text), LESSON);
            assert.equal(saved.text, written, 'byte for byte what Jupyter wrote');

            // Kept across a reload too, with its name.
            await page.reload();
            await page.waitForSelector('body[data-ready="true"] #notebook-mode:not([hidden]) .raw-cell');
            saved = await saveFile(page);
            assert.equal(saved.name, 'lesson.ipynb');
            assert.deepEqual(JSON.parse(saved.text), LESSON);

            // An edited cell keeps its id and metadata; a new cell gets an id of its own.
            await page.locator('.code-cell').last().locator('.cm-content').click();
            await page.keyboard.type('2 + 3');
            await page.keyboard.press('Shift+Enter');
            await page.locator('.code-cell').nth(2).locator('.cell-value').waitFor();
            const after = JSON.parse((await saveFile(page)).text);
            assert.deepEqual(after.metadata, LESSON.metadata);
            assert.deepEqual(after.cells.slice(0, 4), LESSON.cells.slice(0, 4));
            assert.equal(after.cells.length, 6);
            assert.deepEqual({ ...after.cells[4], outputs: undefined }, { ...LESSON.cells[4], source: ['2 + 3'], execution_count: 1, outputs: undefined });
            assert.deepEqual(after.cells[4].outputs, [{ data: { 'text/plain': ['5'] }, execution_count: 1, metadata: {}, output_type: 'execute_result' }]);
            assert.match(after.cells[5].id, /^[\w-]{1,64}$/);
            assert.ok(!LESSON.cells.some((c) => c.id === after.cells[5].id));
            assert.deepEqual(page.errors, []);
            await page.close();
        });

        test('a new notebook carries Edge Python\'s metadata; an nbformat 4.4 file gets no ids', async () => {
            const page = await notebookPage();
            let saved = JSON.parse((await saveFile(page)).text);
            assert.equal(saved.metadata.kernelspec.name, 'edge-python');
            assert.equal(saved.nbformat_minor, 5);
            assert.ok(saved.cells.every((c) => typeof c.id === 'string'));
            const old = { cells: [{ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: ['x = 1'] }], metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 4 };
            await openFile(page, 'old.ipynb', old);
            await page.waitForFunction(() => document.getElementById('nb-name').textContent === 'old.ipynb');
            await page.locator('.cell').first().locator('.cm-content').click();
            await page.keyboard.press('Escape');
            await page.keyboard.press('b');
            saved = JSON.parse((await saveFile(page)).text);
            assert.deepEqual(saved.metadata, old.metadata);
            assert.equal(saved.nbformat_minor, 4);
            assert.deepEqual(saved.cells.map((c) => 'id' in c), [false, false]);
            await page.close();
        });
    });

    test('Markdown cells draw tables, images, code, links and math, and nothing runs', async () => {
        const page = await notebookPage();
        const source = [
            '## Powers',
            '',
            '| n | n² |',
            '|---|----|',
            '| 2 | 4 |',
            '',
            'Use `pow(n, 2)`, see [the docs](https://docs.python.org/3/) and ![logo](https://example.com/logo.png).',
            'Inline $x^2 + \\alpha$ and a price of $5 or $6 and \\$7.',
            '',
            '$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$',
            '',
            '<script>window.pwned = "script"</script>',
            '<img src="nowhere.png" onerror="window.pwned = \'onerror\'">',
            '[bad](javascript:window.pwned=1) <a href="javascript:window.pwned=2">worse</a> <b onclick="window.pwned=3">bold</b>',
            '<iframe src="https://example.com"></iframe><style>body { display: none }</style>',
        ].join('\n');
        await page.route('https://example.com/**', (route) => route.fulfill({ status: 404, body: '' }));
        await openFile(page, 'md.ipynb', { cells: [{ cell_type: 'markdown', id: 'm', metadata: {}, source }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
        const md = page.locator('.markdown-cell .markdown');
        await md.locator('h2').waitFor();
        assert.deepEqual(await md.locator('table th').allTextContents(), ['n', 'n²']);
        assert.deepEqual(await md.locator('table td').allTextContents(), ['2', '4']);
        assert.equal(await md.locator('code').first().textContent(), 'pow(n, 2)');
        const link = md.locator('a', { hasText: 'the docs' });
        assert.equal(await link.getAttribute('href'), 'https://docs.python.org/3/');
        assert.equal(await link.getAttribute('target'), '_blank');
        assert.equal(await md.locator('img[alt="logo"]').getAttribute('src'), 'https://example.com/logo.png');
        // Math: one inline formula, one displayed; dollars of prices stay text.
        assert.equal(await md.locator('.katex').count(), 2);
        assert.equal(await md.locator('.katex-display').count(), 1);
        assert.match(await md.locator('.katex-display annotation').textContent(), /\\sum_\{k=1\}/);
        assert.match(await md.textContent(), /a price of \$5 or \$6 and \$7\./);
        // KaTeX's fonts come from the page's own folder (offline).
        await page.evaluate(() => document.fonts.ready);
        assert.ok(await page.evaluate(() => document.fonts.check('16px KaTeX_Main')), 'KaTeX_Main loaded');
        assert.ok(page.requests.some((url) => url.startsWith(`${server.url}/katex/fonts/KaTeX_Main-Regular.woff2`)));
        // Sanitized: no script, no handler, no javascript: link, no iframe, no page-wide style.
        assert.equal(await md.locator('script, iframe, style').count(), 0);
        assert.equal(await md.locator('[onerror], [onclick]').count(), 0);
        assert.equal(await md.locator('a[href^="javascript"]').count(), 0);
        assert.equal(await md.locator('b', { hasText: 'bold' }).count(), 1);
        await md.locator('b', { hasText: 'bold' }).click();
        assert.equal(await page.evaluate(() => window.pwned), undefined);
        assert.ok(await page.locator('#cells').isVisible());
        assert.deepEqual(page.errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
        await page.close();
    });

    describe('Jupyter\'s keyboard model', () => {
        test('Esc, A, B, D D, M, Y, R, Enter, arrows and Z in command mode', async () => {
            const page = await notebookPage();
            await withCells(page, ['a = 1', 'b = 2']);
            await page.locator('.cell').first().locator('.cm-content').click();
            assert.deepEqual(await focused(page), { cell: 0, command: false, editing: true });
            await page.keyboard.press('Escape');
            assert.deepEqual(await focused(page), { cell: 0, command: true, editing: false });
            await page.keyboard.press('b');
            assert.deepEqual(await kinds(page), ['code', 'code', 'code']);
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false });
            await page.keyboard.press('a');
            assert.equal((await kinds(page)).length, 4);
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false });
            await page.keyboard.press('m');
            assert.deepEqual(await kinds(page), ['code', 'markdown', 'code', 'code']);
            await page.keyboard.press('r');
            assert.deepEqual(await kinds(page), ['code', 'raw', 'code', 'code']);
            await page.keyboard.press('y');
            assert.deepEqual(await kinds(page), ['code', 'code', 'code', 'code']);
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false });
            // D once does nothing; D D deletes, and the next cell is selected.
            await page.keyboard.press('d');
            assert.equal((await kinds(page)).length, 4);
            await page.keyboard.press('d');
            assert.equal((await kinds(page)).length, 3);
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false });
            await page.keyboard.press('ArrowUp');
            assert.deepEqual(await focused(page), { cell: 0, command: true, editing: false });
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('ArrowDown');
            assert.deepEqual(await focused(page), { cell: 2, command: true, editing: false });
            // Z brings back the deleted cell, where it was, selected.
            await page.keyboard.press('z');
            assert.equal((await kinds(page)).length, 4);
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false });
            // Enter edits the selected cell; typed keys are text there, not commands.
            await page.keyboard.press('Enter');
            assert.deepEqual(await focused(page), { cell: 1, command: false, editing: true });
            await page.keyboard.type('bad');
            assert.equal((await kinds(page)).length, 4);
            assert.equal(await page.locator('.cell').nth(1).locator('.cm-content').innerText(), 'bad');
            // M on a cell being edited as markdown, then Shift+Enter in command mode renders it.
            await page.keyboard.press('Escape');
            await page.keyboard.press('m');
            await page.keyboard.press('Shift+Enter');
            await page.waitForFunction(() => document.querySelector('.markdown-cell .markdown p')?.textContent === 'bad');
            assert.deepEqual(page.errors, []);
            await page.close();
        });

        test('Shift+Enter runs and advances, Ctrl+Enter runs in place, in edit and command mode', async () => {
            const page = await notebookPage();
            await withCells(page, ['x = 6', 'x * 7']);
            const cells = page.locator('.code-cell');
            await cells.nth(1).locator('.cm-content').click();
            await page.keyboard.press('Control+Enter');
            await cells.nth(1).locator('.cell-output').waitFor();
            assert.match(await cells.nth(1).locator('.cell-output').textContent(), /NameError/);
            assert.deepEqual(await focused(page), { cell: 1, command: false, editing: true }, 'Ctrl+Enter stays in the cell');
            await cells.nth(0).locator('.cm-content').click();
            await page.keyboard.press('Shift+Enter');
            await page.waitForFunction(() => document.querySelector('.code-cell .count').textContent === '[2]');
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false }, 'Shift+Enter selects the next cell');
            await page.keyboard.press('Control+Enter');
            await cells.nth(1).locator('.cell-value').waitFor();
            assert.equal(await cells.nth(1).locator('.cell-output').textContent(), '42\n');
            assert.deepEqual(await focused(page), { cell: 1, command: true, editing: false });
            // Shift+Enter on the last cell adds a cell, to type in.
            await page.keyboard.press('Shift+Enter');
            await page.waitForFunction(() => document.querySelectorAll('.code-cell').length === 3);
            assert.deepEqual(await focused(page), { cell: 2, command: false, editing: true });
            await page.close();
        });

        test('"Insert below", "Clear outputs" and "Restart and run all"', async () => {
            const page = await notebookPage();
            await withCells(page, ['n = 0', 'n += 1\nn']);
            const cells = page.locator('.code-cell');
            await cells.first().locator('.cm-content').click();
            await page.click('#nb-insert');
            assert.equal(await cells.count(), 3);
            assert.deepEqual(await focused(page), { cell: 1, command: false, editing: true });
            await page.keyboard.type('print("middle")');
            for (let round = 0; round < 2; round++) {
                await page.click('#nb-restart-run');
                await page.waitForFunction(() => document.querySelectorAll('.code-cell .count')[2].textContent === '[3]');
                // Variables are forgotten first: n counts from 0 on every round.
                assert.equal(await cells.nth(2).locator('.cell-output').textContent(), '1\n');
                assert.equal(await cells.nth(1).locator('.cell-output').textContent(), 'middle\n');
            }
            await page.click('#nb-clear');
            assert.deepEqual(await page.locator('.code-cell .count').allTextContents(), ['[ ]', '[ ]', '[ ]']);
            assert.equal(await page.locator('.cell-outputs:not(:empty) .cell-output:not(:empty)').count(), 0);
            const saved = JSON.parse((await saveFile(page)).text);
            assert.ok(saved.cells.every((c) => c.outputs.length === 0 && c.execution_count === null));
            await page.close();
        });
    });

    describe('a dark theme and controls for every user', () => {
        // The relative luminance of a CSS colour "rgb(r, g, b)".
        const luminance = (css) => {
            const [r, g, b] = css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
                const s = c / 255;
                return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const colours = (page) => page.evaluate(() => {
            const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
            return {
                body: css('body', 'backgroundColor'),
                text: css('body', 'color'),
                cell: css('.cell', 'backgroundColor'),
                editor: css('.code-cell .cm-editor', 'backgroundColor'),
                code: css('.code-cell .cm-content', 'color'),
                keyword: css('.code-cell .cm-line span', 'color'),
                button: css('#nb-run-all', 'backgroundColor'),
            };
        });

        test('the playground and notebooks follow prefers-color-scheme', async () => {
            const light = await notebookPage({ colorScheme: 'light' });
            const dark = await notebookPage({ colorScheme: 'dark' });
            for (const page of [light, dark]) await withCells(page, ['for i in range(3): pass']);
            const [l, d] = [await colours(light), await colours(dark)];
            for (const key of ['body', 'cell', 'editor', 'button']) {
                assert.ok(luminance(l[key]) > 0.6, `light ${key}: ${l[key]}`);
                assert.ok(luminance(d[key]) < 0.1, `dark ${key}: ${d[key]}`);
            }
            for (const key of ['text', 'code']) {
                assert.ok(luminance(l[key]) < 0.1, `light ${key}: ${l[key]}`);
                assert.ok(luminance(d[key]) > 0.6, `dark ${key}: ${d[key]}`);
            }
            assert.notEqual(l.keyword, d.keyword, 'keywords have a colour of their own in each theme');
            // Text stays readable: contrast of at least 4.5 (WCAG AA) between text and cells.
            const contrast = (a, b) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);
            assert.ok(contrast(d.code, d.editor) >= 4.5 && contrast(d.keyword, d.editor) >= 4.5, JSON.stringify(d));
            // The editor page too.
            await dark.click('#mode');
            await dark.waitForSelector('#editor-mode:not([hidden])');
            const editorBg = await dark.evaluate(() => getComputedStyle(document.querySelector('#editor .cm-editor')).backgroundColor);
            assert.ok(luminance(editorBg) < 0.1, editorBg);
            await light.close();
            await dark.close();
        });

        test('every button has a name a screen reader reads, and the keyboard reaches every control', async () => {
            const page = await notebookPage();
            // Listened for from the start: Playwright takes some time to start intercepting.
            const chooser = page.waitForEvent('filechooser');
            await withCells(page, ['x = 1', 'x']);
            const cellCount = await page.locator('.cell').count();
            for (const name of ['Run the cell', 'Move the cell up', 'Move the cell down', 'Delete the cell']) {
                assert.equal(await page.getByRole('button', { name, exact: true }).count(), cellCount, name);
            }
            // Chromium's accessibility tree: every button is named, with words.
            const tree = await page.locator('body').ariaSnapshot();
            const buttons = tree.split('\n').filter((line) => /^\s*- button\b/.test(line));
            assert.ok(buttons.length >= 4 * cellCount + 8, tree);
            for (const line of buttons) assert.match(line, /- button "[^"]*[A-Za-z]{2}[^"]*"/, line);

            // Tab from the top of the page: Escape then Tab leaves an editor, as in the editor
            // page. Every control on view is reached, the cells' editors among them.
            const wanted = await page.evaluate(() => [...document.querySelectorAll('button, select, .cm-content')]
                .filter((el) => el.getClientRects().length && !el.disabled).length);
            const reached = new Set();
            await page.evaluate(() => document.activeElement?.blur());
            for (let i = 0; i < 200 && reached.size < wanted; i++) {
                const where = await page.evaluate(() => {
                    const el = document.activeElement;
                    if (!el || el === document.body) return null;
                    if (!el.dataset.tabId) el.dataset.tabId = String(Math.random());
                    return { id: el.dataset.tabId, editor: el.classList.contains('cm-content'), control: el.matches('button, select, .cm-content') };
                });
                if (where?.control) reached.add(where.id);
                if (where?.editor) await page.keyboard.press('Escape');
                await page.keyboard.press('Tab');
            }
            assert.equal(reached.size, wanted, 'every button, menu and editor was reached with Tab');
            // The Open button opens the file chooser from the keyboard.
            await page.locator('#nb-open-button').focus();
            await page.keyboard.press('Enter');
            assert.ok(await chooser);
            await page.close();
        });
    });

    describe('objects with _repr_html_() show as HTML', () => {
        const TABLE = `class Table:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return f"Table({len(self.rows)})"
    def _repr_html_(self):
        body = "".join(f"<tr><td>{n}</td><td>{n * n}</td></tr>" for n in self.rows)
        return ("<table class='squares'><tr><th>n</th><th>n²</th></tr>" + body + "</table>"
                "<img src='x' onerror='window.pwned = 1'><script>window.pwned = 2</script>")

Table([1, 2, 3])`;
        const CHART = `class Bars:
    def __init__(self, values):
        self.values = values
    def _repr_html_(self):
        print("drawing", len(self.values), "bars")
        rects = "".join(f'<rect x="{i * 12}" y="{40 - v}" width="10" height="{v}"/>' for i, v in enumerate(self.values))
        return f'<svg width="100" height="40" role="img" aria-label="bars">{rects}</svg>'
Bars([10, 30, 20])`;

        test('a table and an SVG chart drawn from Python, sanitized, and saved as text/html', async () => {
            const page = await notebookPage();
            await withCells(page, [TABLE, CHART, 'Table', 'Table([4]) if False else None', 'x = 0\n1 / x', '1 / 0',
                '[k for k in globals() if k.startswith("__edge")]']);
            await page.click('#nb-run-all');
            const cells = page.locator('.code-cell');
            await cells.nth(4).locator('.stderr').waitFor();
            const table = cells.nth(0).locator('.output-html table.squares');
            assert.deepEqual(await table.locator('td').allTextContents(), ['1', '1', '2', '4', '3', '9']);
            assert.equal(await cells.nth(0).locator('.cell-value').count(), 0, 'the HTML stands in for the repr');
            assert.equal(await cells.nth(0).locator('script, [onerror]').count(), 0);
            assert.equal(await page.evaluate(() => window.pwned), undefined);
            assert.equal(await cells.nth(1).locator('.output-html svg rect').count(), 3);
            assert.equal(await cells.nth(1).locator('.cell-output').first().textContent(), 'drawing 3 bars\n');
            // A class is shown by its repr (its _repr_html_ is not a bound method); None shows nothing.
            assert.equal(await cells.nth(2).locator('.cell-value').textContent(), "<class '__main__.Table'>\n");
            assert.equal(await cells.nth(3).locator('.cell-outputs').textContent(), '');
            // Errors keep their lines, on the last line or the first.
            assert.match(await cells.nth(4).locator('.stderr').textContent(), /File "cell5\.py", line 2, in <module>\n {4}1 \/ x\n/);
            assert.equal(await cells.nth(4).locator('.cm-error-line').innerText(), '1 / x');
            await page.locator('.code-cell').nth(5).locator('.cell-run').click();
            await cells.nth(5).locator('.stderr').waitFor();
            assert.match(await cells.nth(5).locator('.stderr').textContent(), /File "cell6\.py", line 1, in <module>\n {4}1 \/ 0\n/);
            assert.equal(await cells.nth(5).locator('.cm-error-line').innerText(), '1 / 0');
            // Nothing is left behind in the globals.
            await page.locator('.code-cell').nth(6).locator('.cell-run').click();
            await cells.nth(6).locator('.cell-value').waitFor();
            assert.equal(await cells.nth(6).locator('.cell-value').textContent(), '[]\n');

            const saved = JSON.parse((await saveFile(page)).text);
            const result = saved.cells[0].outputs.at(-1);
            assert.equal(result.output_type, 'execute_result');
            assert.deepEqual(result.data['text/plain'], ['Table(3)']);
            assert.match(result.data['text/html'].join(''), /^<table class='squares'>/);
            // Opened again, the saved HTML shows, sanitized, with no Python run.
            await page.reload();
            await page.waitForSelector('body[data-ready="true"] .output-html table.squares');
            assert.equal(await page.locator('#cells script').count(), 0);
            assert.equal(await page.evaluate(() => window.pwned), undefined);
            // The <img src='x'> stays (without its handler), and is not found.
            assert.deepEqual(page.errors.filter((e) => !/status of 404/.test(e)), []);
            await page.close();
        });

        test('a _repr_html_() that raises shows its traceback and the plain repr', async () => {
            const page = await notebookPage();
            await withCells(page, ['class Bad:\n    def _repr_html_(self):\n        raise ValueError("no html")\n    def __repr__(self):\n        return "Bad()"\nBad()']);
            await page.click('#nb-run-all');
            const cell = page.locator('.code-cell').first();
            await cell.locator('.cell-value').waitFor();
            assert.equal(await cell.locator('.cell-value').textContent(), 'Bad()\n');
            assert.match(await cell.locator('.stderr').textContent(), /ValueError: no html/);
            await page.close();
        });
    });
});
