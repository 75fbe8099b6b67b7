// package.test.mjs — the npm package as users get it: `npm pack`, installed from the
// tarball into a fresh project, then used from Node (import and the `edge` bin), through
// esbuild bundles (edge.wasm inlined, or copied beside the bundle) and from TypeScript.
// The browser side of the same tarball is tests/browser/package.test.mjs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { STANDARD_MODULES } from '../../web/modules.js';
import { ROOT, packAndInstall } from './pack.mjs';

// esbuild and tsc are dev dependencies (npm ci). Without them the tests that need them
// are skipped, except in CI.
const esbuild = await import('esbuild').catch(() => null);
const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');
function needs(what, present) {
    if (present) return false;
    if (process.env.CI) throw new Error(`${what} is missing: npm ci installs it`);
    return `${what} is missing (npm ci installs it)`;
}
const noEsbuild = needs('esbuild', esbuild !== null);
const noTsc = needs('typescript', fs.existsSync(TSC));

let pkg; // { dir, app, files, remove }
before(() => { pkg = packAndInstall(); });
after(() => pkg?.remove());

// Runs a script with node; its stderr is cut short, as a bundle's errors quote its code.
function node(file, cwd = pkg.app) {
    const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw r.error;
    return { ...r, stderr: r.stderr.slice(0, 2000) };
}

function write(name, text) {
    const file = path.join(pkg.app, name);
    fs.writeFileSync(file, text);
    return file;
}

test('the tarball holds the host, its types, edge.wasm, the standard modules and the README, and nothing else', () => {
    for (const file of ['web/edge.js', 'web/node.js', 'web/worker.js', 'web/edge-worker.js', 'web/auto.js', 'web/cli.js',
        'web/edge.d.ts', 'web/worker.d.ts', 'web/auto.d.ts', 'web/stepper.js', 'web/stepper.d.ts', 'web/modules.js', 'web/wasm-abi.js', 'web/callbacks.js',
        'web/resolve.js', 'web/integrity.js', 'web/native-modules.js', 'web/bundle.js', 'web/diagnostics.js', 'build/wasm/edge.wasm',
        'build/modules/math.py', 'build/modules/math.wasm', 'build/modules/random.py', 'build/modules/random.wasm', 'build/modules/all.json',
        'README.md', 'LICENSE', 'package.json', ...Object.keys(STANDARD_MODULES).map((name) => `build/modules/${name}.py`)]) {
        assert.ok(pkg.files.includes(file), `${file} is in the package`);
    }
    assert.deepEqual(pkg.files.filter((f) =>
        !/^(web\/|build\/wasm\/edge\.wasm$|build\/modules\/|README\.md$|LICENSE|package\.json$)/.test(f)), []);
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg.app, 'node_modules/edge-python/package.json'), 'utf8'));
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.license, 'MIT');
    assert.equal(manifest.dependencies, undefined, 'no runtime dependencies');
});

// Regression (issue 11): in Node, `import collections` failed: fetch cannot read the
// package's own build/modules/ through file: URLs.
test('Node imports the package by name; edge.wasm and the standard modules are found without options', () => {
    const file = write('main.mjs', `
        import { createEdge } from 'edge-python';
        import { createEdgeWorker } from 'edge-python/worker';
        const edge = await createEdge({ stdout: (t) => process.stdout.write(t) });
        const r = await edge.run('import collections\\nprint(sum(range(10)), collections.deque([1]))');
        const cells = edge.session();
        await cells.run('x = 20');
        const cell = await cells.run('x * 2 + 2');
        const worker = await createEdgeWorker({ stdout: (t) => process.stdout.write('worker: ' + t) });
        const w = await worker.run('print(2 ** 10)');
        worker.terminate();
        console.log(JSON.stringify([r, cell, w]));
    `);
    const r = node(file);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, `45 deque([1])\nworker: 1024\n${JSON.stringify([{ ok: true }, { ok: true, value: '42' }, { ok: true }])}\n`);
});

test('the edge bin runs programs', () => {
    const bin = path.join(pkg.app, 'node_modules', '.bin', 'edge');
    const r = spawnSync(bin, ['-c', 'print(input() * 2)'], { cwd: pkg.app, input: 'ab\n', encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.stdout, 'abab\n');
    assert.equal(r.status, 0);
    // The standard modules resolve from the installed package.
    const std = spawnSync(bin, ['-c', 'from collections import deque\nprint(deque([1, 2], maxlen=1))'],
        { cwd: pkg.app, encoding: 'utf8', timeout: 60_000 });
    assert.equal(std.stdout, 'deque([2], maxlen=1)\n');
    assert.equal(std.status, 0);
});

// Regression (issue 11): with the README's esbuild recipe `import collections` failed: the
// standard modules were neither copied nor importable through the package's exports.
test('an esbuild bundle with edge.wasm and the standard modules inlined runs anywhere, even with no node_modules', { skip: noEsbuild }, async () => {
    const entry = write('inline.mjs', `
        import { createEdge } from 'edge-python';
        import wasm from 'edge-python/edge.wasm';
        import standardModules from 'edge-python/modules/all.json';
        let text = '';
        const edge = await createEdge({ wasm, standardModules, stdout: (t) => { text += t; } });
        const result = await edge.run('import collections, math\\nprint("bundled", 6 * 7, collections.deque([math.sqrt(4)]))');
        console.log(text.trimEnd());
        console.log(JSON.stringify(result));
    `);
    const outfile = path.join(pkg.dir, 'out', 'inline.js');
    const result = await esbuild.build({
        entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', outfile, target: 'es2022',
        loader: { '.wasm': 'binary' }, absWorkingDir: pkg.app, logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    // (resolve.js names node:fs/promises in a variable, imported only when it runs in Node.)
    assert.doesNotMatch(fs.readFileSync(outfile, 'utf8'), /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]node:/,
        'the browser build imports nothing from Node');
    fs.writeFileSync(path.join(pkg.dir, 'out', 'package.json'), '{"type": "module"}');
    const r = node(outfile, path.join(pkg.dir, 'out'));
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'bundled 42 deque([2.0])\n{"ok":true}\n');
});

test('an esbuild bundle for Node finds edge.wasm and the standard modules copied beside it (new URL(..., import.meta.url))', { skip: noEsbuild }, async () => {
    const entry = write('beside.mjs', `
        import { createEdge } from 'edge-python';
        import wasmFile from 'edge-python/edge.wasm';
        const edge = await createEdge({
            wasm: new URL(wasmFile, import.meta.url),
            standardModules: new URL('./modules/', import.meta.url),
            stdout: (t) => process.stdout.write(t),
        });
        await edge.run('import collections, random\\nrandom.seed(1)\\nprint("beside", collections.Counter("aab"), random.randint(1, 9))');
    `);
    const outdir = path.join(pkg.dir, 'node-out');
    const result = await esbuild.build({
        entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outdir,
        loader: { '.wasm': 'file' }, absWorkingDir: pkg.app, logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    assert.ok(fs.readdirSync(outdir).some((f) => f.endsWith('.wasm')), 'esbuild copied edge.wasm');
    // The recipe's other step: cp -r node_modules/edge-python/build/modules dist/modules
    fs.cpSync(path.join(pkg.app, 'node_modules', 'edge-python', 'build', 'modules'), path.join(outdir, 'modules'), { recursive: true });
    fs.writeFileSync(path.join(outdir, 'package.json'), '{"type": "module"}');
    const r = node(path.join(outdir, 'beside.js'), outdir);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, "beside Counter({'a': 2, 'b': 1}) 3\n");
});

test('the browser entry points bundle without errors, the worker and auto.js included', { skip: noEsbuild }, async () => {
    const entry = write('all.mjs', `
        import { createEdge } from 'edge-python';
        import { createEdgeWorker } from 'edge-python/worker';
        import { ready } from 'edge-python/auto';
        export { createEdge, createEdgeWorker, ready };
    `);
    const result = await esbuild.build({
        entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', write: false,
        absWorkingDir: pkg.app, logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
});

test('the types describe the API (tsc, strict)', { skip: noTsc }, () => {
    write('use.ts', `
        import { createEdge, type EdgeError, type SessionResult } from 'edge-python';
        import { createEdgeWorker, type EdgeWorker } from 'edge-python/worker';
        import { ready, runScripts } from 'edge-python/auto';

        const edge = await createEdge({ stdout: (t) => void t, stdin: async (prompt) => prompt || null, maxDepth: 50 });
        const r = await edge.run('print(1)', { filename: 'a.py', stepBudget: 1000, timeout: 10, signal: new AbortController().signal });
        await edge.run('import m', { baseUrl: new URL('file:///app/main.py'), importMap: { imports: { m: './m.py' } }, cache: false });
        await createEdge({ standardModules: new URL('./modules/', import.meta.url), cache: new Map(), lock: {} });
        await createEdge({ standardModules: { format: 'edge-python-modules', files: { 'm.py': 'x = 1' } } });
        if (!r.ok) { const e: EdgeError = r.error; e.line.toFixed(); }
        const s = edge.session();
        const v: SessionResult = await s.run('1 + 1');
        if (v.ok) v.value?.toUpperCase();
        await s.reset();
        s.stop();
        edge.stop();
        edge.runSync('pass').ok;
        // @ts-expect-error runSync takes no signal
        edge.runSync('pass', { signal: new AbortController().signal });
        const w: EdgeWorker = await createEdgeWorker({ wasm: edge.module, stopGrace: 100 });
        // @ts-expect-error a worker has no runSync
        w.runSync('pass');
        w.terminate();
        const results: SessionResult[] = await ready;
        await runScripts(document, { heapLimit: 1 << 20 });
        export { results };
    `);
    write('tsconfig.json', JSON.stringify({
        compilerOptions: {
            target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'],
            strict: true, noEmit: true, types: [], skipLibCheck: false,
        },
        files: ['use.ts'],
    }));
    const r = spawnSync(TSC, ['-p', 'tsconfig.json'], { cwd: pkg.app, encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw r.error;
    assert.equal(r.stdout + r.stderr, '');
    assert.equal(r.status, 0);
});
