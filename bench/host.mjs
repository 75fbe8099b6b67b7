// host.mjs — runs one Python program on a WebAssembly Python inside this Node process, for
// bench/run.mjs: MicroPython's wasm port, Pyodide (CPython on wasm) or edge.wasm. The
// program's output goes to stdout as it is written, so the parent can time the cold start
// to the first print; the last line on stderr is `@@bench {json}` with the time to load
// the runtime, the time of the run alone, and this process's peak RSS.
//
// usage: node bench/host.mjs micropython|pyodide|edge FILE | -c CODE
// Everything loads from node_modules and build/; nothing is fetched.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODULES = path.join(ROOT, 'node_modules');

// MicroPython's starting heap (its default is 1 MiB; this port adds to it when it runs
// out): a generous start spares the benchmarks a run of collections while it grows.
const MICROPYTHON_HEAP = 64 * 1024 * 1024;
// Its Python call stack, in bytes; the default (2 KiB words) stops recursion early.
const MICROPYTHON_PYSTACK = 1024 * 1024;

// Writes to stdout at once and in order; a pipe that is full for a moment (EAGAIN) is
// waited out rather than dropped.
function writeOut(bytes) {
    let off = 0;
    while (off < bytes.length) {
        try {
            off += fs.writeSync(1, bytes, off, bytes.length - off);
        } catch (e) {
            if (e.code !== 'EAGAIN') throw e;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        }
    }
}

const encoder = new TextEncoder();
const writeText = (text) => writeOut(encoder.encode(text));

// The last line of a Python traceback: "ZeroDivisionError: division by zero".
function lastLine(text) {
    const lines = String(text).trimEnd().split('\n');
    return lines[lines.length - 1];
}

// Each loader returns run(source, filename), which throws an Error whose message is the
// failure's last line.
const LOADERS = {
    async micropython() {
        const mp = await import(path.join(MODULES, '@micropython/micropython-webassembly-pyscript/micropython.mjs'));
        // linebuffer off: stdout gets the bytes as MicroPython writes them.
        const py = await mp.loadMicroPython({
            heapsize: MICROPYTHON_HEAP,
            pystack: MICROPYTHON_PYSTACK,
            linebuffer: false,
            stdout: (bytes) => writeOut(bytes),
            stderr: (bytes) => fs.writeSync(2, bytes),
        });
        return (source) => {
            try {
                py.runPython(source);
            } catch (e) {
                throw new Error(lastLine(e.message));
            }
        };
    },

    async pyodide() {
        const { loadPyodide } = await import(path.join(MODULES, 'pyodide/pyodide.mjs'));
        const py = await loadPyodide({ indexURL: path.join(MODULES, 'pyodide') + path.sep });
        py.setStdout({ write: (bytes) => (writeOut(bytes), bytes.length) });
        py.setStderr({ write: (bytes) => fs.writeSync(2, bytes) });
        return (source, filename) => {
            try {
                py.runPython(source, { filename });
            } catch (e) {
                throw new Error(lastLine(e.message));
            }
        };
    },

    async edge() {
        const { createEdge } = await import(path.join(ROOT, 'web', 'edge.js'));
        const edge = await createEdge({
            wasm: fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'edge.wasm')),
            stdout: writeText,
            stderr: (text) => fs.writeSync(2, text),
        });
        return (source, filename) => {
            const result = edge.runSync(source, { filename });
            if (!result.ok) throw new Error(lastLine(result.error.text || `${result.error.type}: ${result.error.message}`));
        };
    },
};

const [name, ...rest] = process.argv.slice(2);
let source, filename;
if (rest[0] === '-c' && rest.length === 2) {
    source = rest[1];
    filename = '<string>';
} else if (rest.length === 1) {
    source = fs.readFileSync(rest[0], 'utf8');
    filename = path.basename(rest[0]);
}
if (!LOADERS[name] || source === undefined) {
    console.error(`usage: node bench/host.mjs ${Object.keys(LOADERS).join('|')} FILE | -c CODE`);
    process.exit(2);
}

const t0 = performance.now();
const run = await LOADERS[name]();
const t1 = performance.now();
let error = null;
try {
    run(source, filename);
} catch (e) {
    error = e.message;
}
const t2 = performance.now();
const report = { loadMs: t1 - t0, runMs: t2 - t1, maxRssKb: process.resourceUsage().maxRSS, error };
fs.writeSync(2, `\n@@bench ${JSON.stringify(report)}\n`);
process.exitCode = error ? 1 : 0;
