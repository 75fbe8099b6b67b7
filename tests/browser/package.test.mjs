// package.test.mjs — the packed npm package in Chromium: installed from its tarball into a
// fresh project that a static server serves, then used from a plain <script type="module">,
// through auto.js, and from an esbuild bundle with edge.wasm copied beside it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { packAndInstall } from '../host/pack.mjs';
import { launch, open, serve, skip } from './helpers.mjs';

describe('the npm package in Chromium', { skip, timeout: 180_000 }, () => {
    let pkg;
    let browser;
    let server;
    before(async () => {
        pkg = packAndInstall('edge-browser-');
        const page = (name, text) => fs.writeFileSync(path.join(pkg.app, name), text);
        page('plain.html', `<!doctype html><meta charset="utf-8"><pre id="out"></pre>
<script type="module">
    import { createEdge } from './node_modules/edge-python/web/edge.js';
    const out = document.getElementById('out');
    const edge = await createEdge({ stdout: (text) => out.append(text) });
    window.result = await edge.run('print("from the package", sum(range(5)))');
</script>`);
        page('auto.html', `<!doctype html><meta charset="utf-8">
<script type="text/edge-python">
    print("auto", "ok")
</script>
<script type="module" src="./node_modules/edge-python/web/auto.js"></script>`);
        // The bundle gets edge.wasm through esbuild's file loader, and the standard modules
        // from a copy of the package's build/modules/ beside it (served), or from
        // all.json (inlined). esbuild does not follow new Worker(new URL(...)), so the
        // worker script is named with workerUrl.
        page('entry.mjs', `
            import { createEdge } from 'edge-python';
            import { createEdgeWorker } from 'edge-python/worker';
            import wasmFile from 'edge-python/edge.wasm';
            import inlined from 'edge-python/modules/all.json';
            let text = '';
            const standardModules = new URL('./modules/', import.meta.url);
            const edge = await createEdge({ wasm: new URL(wasmFile, import.meta.url), standardModules, stdout: (t) => { text += t; } });
            const run = await edge.run('import collections, math\\nprint("bundled", collections.deque([math.sqrt(4)]))');
            const worker = await createEdgeWorker({
                wasm: edge.module,
                standardModules,
                workerUrl: new URL('../node_modules/edge-python/web/edge-worker.js', import.meta.url),
                stdout: (t) => { text += 'worker: ' + t; },
            });
            const workerRun = await worker.run('import random\\nrandom.seed(1)\\nprint(7 * 6, random.randint(1, 9))');
            worker.terminate();
            const alone = await createEdge({ wasm: edge.module, standardModules: inlined, stdout: (t) => { text += 'inlined: ' + t; } });
            const inlineRun = await alone.run('import heapq, math\\nprint(heapq.nsmallest(1, [3, 1]), math.pi)');
            window.result = { run, workerRun, inlineRun, text };
        `);
        page('bundle.html', '<!doctype html><meta charset="utf-8"><script type="module" src="./dist/entry.js"></script>');
        const esbuild = await import('esbuild');
        await esbuild.build({
            entryPoints: [path.join(pkg.app, 'entry.mjs')], bundle: true, format: 'esm', platform: 'browser',
            outdir: path.join(pkg.app, 'dist'), loader: { '.wasm': 'file' }, absWorkingDir: pkg.app, logLevel: 'silent',
        });
        // The recipe's other step: cp -r node_modules/edge-python/build/modules dist/modules
        fs.cpSync(path.join(pkg.app, 'node_modules', 'edge-python', 'build', 'modules'), path.join(pkg.app, 'dist', 'modules'), { recursive: true });
        server = await serve(pkg.dir);
        browser = await launch();
    });
    after(async () => {
        await browser?.close();
        await server?.close();
        pkg?.remove();
    });

    const result = (page) => page.waitForFunction(() => window.result).then((handle) => handle.jsonValue());

    test('a plain <script type="module"> imports the package; edge.wasm is found beside it', async () => {
        const page = await open(browser, `${server.url}/app/plain.html`);
        assert.deepEqual(await result(page), { ok: true });
        assert.equal(await page.textContent('#out'), 'from the package 10\n');
        assert.deepEqual(page.errors, []);
    });

    test('auto.js from the package runs the page\'s scripts', async () => {
        const page = await open(browser, `${server.url}/app/auto.html`);
        await page.waitForSelector('pre.edge-output:has-text("auto ok")');
        assert.equal(await page.textContent('pre.edge-output'), 'auto ok\n');
        assert.deepEqual(page.errors, []);
    });

    // Regression (issue 11): with the README's esbuild recipe `import collections` failed.
    test('an esbuild bundle loads the edge.wasm esbuild copied, the standard modules served or inlined, and a worker by workerUrl', async () => {
        const page = await open(browser, `${server.url}/app/bundle.html`);
        assert.deepEqual(await result(page), {
            run: { ok: true }, workerRun: { ok: true }, inlineRun: { ok: true },
            text: 'bundled deque([2.0])\nworker: 42 3\ninlined: [1] 3.141592653589793\n',
        });
        assert.deepEqual(page.errors, []);
    });
});
