// build.mjs — bundles the playground with esbuild into a static folder that works offline:
// index.html, playground.css, playground.js (CodeMirror, the page and web/worker.js in one
// ES module; the notebook, with marked, KaTeX and DOMPurify, in chunks/, loaded the first
// time notebook mode is shown), edge-worker.js (the interpreter's Web Worker:
// web/edge-worker.js with edge.js) and edge.wasm next to it; katex/ holds KaTeX's stylesheet and
// its fonts (woff2, which every browser that runs edge.wasm reads). The examples
// (examples/NN-*.py) go into the bundle; the modules they import (the other examples/*.py)
// go in lib/, where programs' imports resolve, and the standard modules (build/modules/:
// math, random, collections, ...) in modules/.
//
//     node playground/build.mjs [OUTDIR]      (default: build/playground)

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const WASM = path.join(ROOT, 'build/wasm/edge.wasm');

/** The examples, in file-name order: the title is the first comment line up to its colon. */
export function readExamples() {
    const dir = path.join(HERE, 'examples');
    return fs.readdirSync(dir).filter((f) => /^\d.*\.py$/.test(f)).sort().map((file) => {
        const code = fs.readFileSync(path.join(dir, file), 'utf8');
        const first = /^#\s*(.*)$/m.exec(code)?.[1] ?? file;
        return { file, title: first.split(':')[0].replace(/\.$/, ''), code };
    });
}

// Resolves `import examples from 'playground:examples'` to the list above.
const examplesPlugin = {
    name: 'examples',
    setup(build) {
        build.onResolve({ filter: /^playground:examples$/ }, () => ({ path: 'examples', namespace: 'playground' }));
        build.onLoad({ filter: /.*/, namespace: 'playground' }, () => ({
            contents: `export default ${JSON.stringify(readExamples())};`,
            loader: 'js',
            watchFiles: readExamples().map((e) => path.join(HERE, 'examples', e.file)),
        }));
    },
};

// KaTeX's stylesheet names each font three times (woff2, woff, ttf); only woff2 is kept, so
// the build copies 20 font files instead of 60.
const katexWoff2Only = {
    name: 'katex-woff2',
    setup(build) {
        build.onLoad({ filter: /katex(\.min)?\.css$/ }, (args) => ({
            contents: fs.readFileSync(args.path, 'utf8').replace(/,url\([^)]*\.(woff|ttf)\) format\("(woff|truetype)"\)/g, ''),
            loader: 'css',
            resolveDir: path.dirname(args.path),
        }));
    },
};

/** Builds the playground into `outdir`. */
export async function buildPlayground(outdir = path.join(ROOT, 'build/playground')) {
    if (!fs.existsSync(WASM)) throw new Error(`${path.relative(ROOT, WASM)} is missing: run make wasm first`);
    fs.mkdirSync(outdir, { recursive: true });
    fs.rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });
    await esbuild.build({
        entryPoints: { playground: path.join(HERE, 'src/main.js') },
        outdir,
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        plugins: [examplesPlugin],
        logLevel: 'warning',
    });
    // The interpreter's worker (web/edge-worker.js, with edge.js), a module of its own that
    // main.js starts by its URL.
    await esbuild.build({
        entryPoints: { 'edge-worker': path.join(ROOT, 'web/edge-worker.js') },
        outdir,
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
    });
    await esbuild.build({
        entryPoints: [createRequire(import.meta.url).resolve('katex/dist/katex.min.css')],
        outfile: path.join(outdir, 'katex/katex.css'),
        bundle: true,
        minify: true,
        loader: { '.woff2': 'file' },
        assetNames: 'fonts/[name]',
        plugins: [katexWoff2Only],
        logLevel: 'warning',
    });
    fs.copyFileSync(path.join(HERE, 'index.html'), path.join(outdir, 'index.html'));
    fs.copyFileSync(path.join(HERE, 'playground.css'), path.join(outdir, 'playground.css'));
    fs.copyFileSync(path.join(HERE, 'stepper.css'), path.join(outdir, 'stepper.css'));
    fs.copyFileSync(WASM, path.join(outdir, 'edge.wasm'));
    const copyAll = (from, to, keep) => {
        fs.mkdirSync(to, { recursive: true });
        for (const f of fs.readdirSync(from).filter(keep)) fs.copyFileSync(path.join(from, f), path.join(to, f));
    };
    copyAll(path.join(HERE, 'examples'), path.join(outdir, 'lib'), (f) => /^[^\d].*\.py$/.test(f));
    const modules = path.join(ROOT, 'build/modules');
    if (fs.existsSync(modules)) copyAll(modules, path.join(outdir, 'modules'), (f) => /\.(py|wasm)$/.test(f));
    else console.warn('build/modules/ is missing (make sdk): import math will fail in the playground');
    return outdir;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const out = await buildPlayground(process.argv[2] && path.resolve(process.argv[2]));
    console.log(`playground built in ${path.relative(process.cwd(), out) || '.'}`);
}
