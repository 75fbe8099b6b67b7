// run.mjs — times the bench/*.py programs on Edge Python, CPython, MicroPython and Pyodide
// and prints markdown tables: each runtime's time as a ratio to python3's, with their
// geometric mean; the peak memory of each runtime's process; edge.wasm's size; and the
// cold and warm start of each runtime.
//
// Runtimes: python3; Edge's native build; edge.wasm inside this Node process, warm (the
// module compiled once; the run alone) and cold (a module compiled from new bytes, its
// instance and the run, as a page's first run); the `edge` CLI on edge.wasm (the whole
// process); MicroPython's wasm port and Pyodide, each in a fresh Node process
// (bench/host.mjs) per run, the run alone. Each program runs --runs times per runtime,
// alternating runtimes, and the median counts. Every program prints a checksum last; a
// runtime that fails a program or prints another checksum than python3 is marked so in
// its cell and left out of its geometric mean.
//
// usage: node bench/run.mjs [--runs N] [--only fib,loops] [--runtimes python3,native,...]
//                           [--json out.json] [--no-startup]
//        node bench/run.mjs --merge a.json,b.json   (batches of --only as one table)

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import { createEdge } from '../web/edge.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, 'bench');
const NATIVE = path.join(ROOT, 'build', 'native', 'edge');
const WASM = path.join(ROOT, 'build', 'wasm', 'edge.wasm');
const CLI = path.join(ROOT, 'web', 'cli.js');
const HOST = path.join(ROOT, 'bench', 'host.mjs');
const MODULES = path.join(ROOT, 'node_modules');
const MICROPYTHON_DIR = path.join(MODULES, '@micropython', 'micropython-webassembly-pyscript');
const PYODIDE_DIR = path.join(MODULES, 'pyodide');
// python3 itself, not a wrapper script in front of it (pyenv's shim costs 50 ms and more
// per process, which the python3 column would otherwise count).
const PYTHON = (() => {
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : 'python3';
})();
// GNU time reports a child's peak RSS; without it, process runtimes show no memory.
const GNU_TIME = '/usr/bin/time';
// MicroPython's wasm port takes tens of seconds on some programs, and minutes on deep
// `yield from` chains (gen_tree, coroutines); a run that takes longer than this ends here
// as `timed out`, which says enough (python3 takes about a second on each program).
const TIMEOUT_MS = 60_000;
// How often the warm createEdge + run('print(1)') is timed.
const WARM_RUNS = 20;

const USAGE = `usage: node bench/run.mjs [--runs N] [--only fib,loops] [--runtimes LIST] [--json out.json] [--no-startup]
       node bench/run.mjs --merge a.json,b.json [--json all.json]
  --runs N        runs per program and runtime, alternating runtimes; the median counts (default 5)
  --only LIST     only these programs (names of bench/*.py without .py)
  --runtimes LIST among python3,native,wasm,wasm-cold,wasm-cli,micropython,pyodide (default: all that are installed)
  --json FILE     also write every measurement to FILE as JSON
  --no-startup    skip the sizes, startup and warm-start measurements
  --merge FILES   measure nothing: print the tables of earlier --json files (batches of --only) as one run`;

function parseArgs(argv) {
    const opts = { runs: 5, only: null, runtimes: null, json: null, startup: true, merge: null };
    for (let i = 0; i < argv.length; i++) {
        const needValue = () => {
            if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
            return argv[++i];
        };
        if (argv[i] === '--runs') opts.runs = Number(needValue());
        else if (argv[i] === '--only') opts.only = needValue().split(',');
        else if (argv[i] === '--runtimes') opts.runtimes = needValue().split(',');
        else if (argv[i] === '--json') opts.json = needValue();
        else if (argv[i] === '--no-startup') opts.startup = false;
        else if (argv[i] === '--merge') opts.merge = needValue().split(',');
        else if (argv[i] === '-h' || argv[i] === '--help') {
            console.log(USAGE);
            process.exit(0);
        } else usage(`unknown option ${argv[i]}`);
    }
    if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs needs a positive whole number');
    return opts;
}

function usage(message) {
    console.error(`run.mjs: ${message}\n${USAGE}`);
    process.exit(2);
}

function lastLine(text) {
    const lines = String(text).trimEnd().split('\n');
    return lines[lines.length - 1];
}

const hasGnuTime = fs.existsSync(GNU_TIME);
let tmpSeq = 0;
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-bench-'));
process.on('exit', () => fs.rmSync(tmpDir, { recursive: true, force: true }));

// Runs a command once. Resolves to { ms, firstMs, stdout, stderr, status, maxRssKb }:
// ms from spawn to exit, firstMs from spawn to the first byte on stdout, maxRssKb the
// process's peak RSS (through GNU time when `memory` is set and it is installed).
function spawnTimed(cmd, args, { memory = false } = {}) {
    let rssFile = null;
    if (memory && hasGnuTime) {
        rssFile = path.join(tmpDir, `rss${tmpSeq++}`);
        args = ['-f', '%M', '-o', rssFile, cmd, ...args];
        cmd = GNU_TIME;
    }
    return new Promise((resolve) => {
        const start = performance.now();
        let firstMs = null;
        const out = [];
        const err = [];
        // A process group of its own, so a timeout ends GNU time's child too.
        const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const timer = setTimeout(() => {
            try {
                process.kill(-child.pid, 'SIGKILL');
            } catch {}
        }, TIMEOUT_MS);
        child.stdout.on('data', (chunk) => {
            if (firstMs === null) firstMs = performance.now() - start;
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (e) => {
            clearTimeout(timer);
            resolve({ error: e.message });
        });
        child.on('close', (status, signal) => {
            const ms = performance.now() - start;
            clearTimeout(timer);
            let maxRssKb = null;
            if (rssFile) {
                const text = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8') : '';
                // GNU time writes "Command exited with non-zero status N" before the number.
                const kb = Number(lastLine(text));
                if (Number.isFinite(kb) && kb > 0) maxRssKb = kb;
                fs.rmSync(rssFile, { force: true });
            }
            const stderr = Buffer.concat(err).toString('utf8');
            const timedOut = signal === 'SIGKILL' && ms >= TIMEOUT_MS;
            resolve({
                ms, firstMs, status: timedOut ? 'timeout' : (status ?? signal),
                stdout: Buffer.concat(out).toString('utf8'), stderr, maxRssKb,
            });
        });
    });
}

// A program run as a whole process: the time is the process's.
async function runProcess(cmd, args) {
    const r = await spawnTimed(cmd, args, { memory: true });
    if (r.error) return { error: r.error };
    if (r.status === 'timeout') return { error: `timed out after ${TIMEOUT_MS / 1000} s` };
    if (r.status !== 0) return { error: lastLine(r.stderr || `exit status ${r.status}`) };
    return { ms: r.ms, checksum: lastLine(r.stdout), maxRssKb: r.maxRssKb };
}

// The `@@bench {json}` line bench/host.mjs writes last on stderr.
function hostReport(stderr) {
    const at = stderr.lastIndexOf('\n@@bench ');
    if (at < 0) return null;
    try {
        return JSON.parse(stderr.slice(at + 9).split('\n')[0]);
    } catch {
        return null;
    }
}

// A program run by bench/host.mjs in a fresh Node process: the time is the run alone.
async function runHosted(runtime, args) {
    const r = await spawnTimed(process.execPath, [HOST, runtime, ...args], { memory: true });
    if (r.error) return { error: r.error };
    if (r.status === 'timeout') return { error: `timed out after ${TIMEOUT_MS / 1000} s` };
    const report = hostReport(r.stderr);
    if (!report) return { error: lastLine(r.stderr || `exit status ${r.status}`) };
    if (report.error) return { error: report.error };
    return {
        ms: report.runMs, loadMs: report.loadMs, checksum: lastLine(r.stdout),
        maxRssKb: r.maxRssKb ?? report.maxRssKb, processMs: r.ms, firstMs: r.firstMs,
    };
}

const wasmBytes = fs.existsSync(WASM) ? fs.readFileSync(WASM) : null;
// Timed here because it is the process's first compile: V8 caches a compiled module by its
// bytes, so compiling the same bytes again later costs next to nothing.
let wasmCompileMs = null;
const wasmModule = wasmBytes ? await (async () => {
    const t = performance.now();
    const module = await WebAssembly.compile(wasmBytes);
    wasmCompileMs = performance.now() - t;
    return module;
})() : null;

// edge.wasm in this process: a fresh instance each time, and only runSync is timed.
async function runWasm(file) {
    let out = '';
    const edge = await createEdge({ wasm: wasmModule, stdout: (t) => { out += t; }, stderr: () => {} });
    const source = fs.readFileSync(file, 'utf8');
    const start = performance.now();
    const result = edge.runSync(source, { filename: path.relative(ROOT, file) });
    const ms = performance.now() - start;
    if (!result.ok) return { error: lastLine(result.error.text || `${result.error.type}: ${result.error.message}`) };
    // A fresh instance's memory only grows: its size after the run is the run's peak.
    return { ms, checksum: lastLine(out), maxRssKb: edge.memoryBytes() / 1024 };
}

// Each cold compile gets bytes V8 has never seen: edge.wasm with one more custom section
// holding a fresh nonce (custom sections may follow the last section and change nothing
// the module does). V8 shares a compiled module between compiles of the same bytes, which
// a page's first run never can.
let nonceSeq = 0;
function leb128(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n) byte |= 0x80;
        out.push(byte);
    } while (n);
    return Buffer.from(out);
}
function coldBytes() {
    const name = Buffer.from('edge-bench-nonce');
    const payload = Buffer.from(`${process.pid}.${nonceSeq++}.${performance.now()}`);
    const body = Buffer.concat([leb128(name.length), name, payload]);
    return Buffer.concat([wasmBytes, Buffer.from([0]), leb128(body.length), body]);
}

// edge.wasm in this process as a page's first run: a fresh WebAssembly.Module compiled
// from new bytes, a fresh instance, and the program, all timed (loadMs is the compile and
// the instance alone).
async function runWasmCold(file) {
    let out = '';
    const source = fs.readFileSync(file, 'utf8');
    const bytes = coldBytes();
    const start = performance.now();
    const module = await WebAssembly.compile(bytes);
    const edge = await createEdge({ wasm: module, stdout: (t) => { out += t; }, stderr: () => {} });
    const loadMs = performance.now() - start;
    const result = edge.runSync(source, { filename: path.relative(ROOT, file) });
    const ms = performance.now() - start;
    if (!result.ok) return { error: lastLine(result.error.text || `${result.error.type}: ${result.error.message}`) };
    return { ms, loadMs, checksum: lastLine(out), maxRssKb: edge.memoryBytes() / 1024 };
}

// `edge` marks Edge Python's own runtimes: their failures make the whole run fail.
const RUNTIMES = {
    'python3': { edge: true, ready: () => true, run: (file) => runProcess(PYTHON, [file]) },
    'native': { edge: true, ready: () => fs.existsSync(NATIVE), run: (file) => runProcess(NATIVE, [file]) },
    'wasm': { edge: true, ready: () => wasmModule !== null, run: runWasm },
    'wasm-cold': { edge: true, ready: () => wasmModule !== null, run: runWasmCold },
    'wasm-cli': { edge: true, ready: () => wasmModule !== null, run: (file) => runProcess(process.execPath, [CLI, file]) },
    'micropython': {
        ready: () => fs.existsSync(path.join(MICROPYTHON_DIR, 'micropython.mjs')),
        run: (file) => runHosted('micropython', [file]),
    },
    'pyodide': { ready: () => fs.existsSync(path.join(PYODIDE_DIR, 'pyodide.mjs')), run: (file) => runHosted('pyodide', [file]) },
};

const NOTES = {
    'python3': `the whole \`python3 FILE\` process (${PYTHON})`,
    'native': 'the whole `build/native/edge FILE` process',
    'wasm': 'edge.wasm in the harness\'s Node process, a fresh instance per run: the run alone (the program\'s compile included; the wasm module compiled once and warm)',
    'wasm-cold': 'edge.wasm in the harness\'s Node process as a page\'s first run: a fresh WebAssembly.Module compiled from bytes V8 has not seen (a nonce section), a fresh instance and the run, all timed',
    'wasm-cli': 'the whole `node web/cli.js FILE` process (the `edge` command)',
    'micropython': 'MicroPython\'s wasm port (npm @micropython/micropython-webassembly-pyscript) in a fresh `node bench/host.mjs` process per run: the run alone, after the runtime has loaded',
    'pyodide': 'Pyodide (CPython on wasm, npm pyodide, loaded from node_modules) in a fresh `node bench/host.mjs` process per run: the run alone, after the runtime has loaded',
};

function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function geomean(values) {
    return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

const mb = (kb) => (kb == null ? '-' : `${(kb / 1024).toFixed(0)} MB`);
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const secs = (ms) => `${(ms / 1000).toFixed(3)} s`;
const millis = (ms) => (ms == null ? '-' : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`);

function table(head, rows, align) {
    const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (align?.[i] === 'l' ? '---' : '---:')).join(' | ')} |`];
    for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
    return lines.join('\n');
}

function commandVersion(cmd, args) {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.status === 0 ? (r.stdout || r.stderr).trim() : null;
}

function packageVersion(dir) {
    try {
        return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    } catch {
        return null;
    }
}

function machine() {
    const cpus = os.cpus();
    const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
    const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', 'src', 'web'], { cwd: ROOT, encoding: 'utf8' });
    return {
        date: new Date().toISOString().slice(0, 10),
        commit: git.status === 0 ? git.stdout.trim() + (dirty.stdout.trim() ? ' (src/ or web/ modified)' : '') : null,
        nproc: cpus.length,
        cpu: cpus[0]?.model.trim() ?? 'unknown',
        node: process.version,
        python3: commandVersion(PYTHON, ['--version']),
        python3Path: PYTHON,
        micropython: packageVersion(MICROPYTHON_DIR),
        pyodide: packageVersion(PYODIDE_DIR),
        loadavg: os.loadavg().map((v) => Number(v.toFixed(2))),
    };
}

// Sizes of what each wasm runtime loads before it runs a program, raw and gzipped.
function sizes() {
    const measure = (files) => {
        let raw = 0;
        let gzip = 0;
        for (const f of files) {
            if (!fs.existsSync(f)) return null;
            const bytes = fs.readFileSync(f);
            raw += bytes.length;
            gzip += zlib.gzipSync(bytes, { level: 9 }).length;
        }
        return { raw, gzip };
    };
    return {
        'edge.wasm': measure([WASM]),
        'edge.wasm + web/edge.js': measure([WASM, path.join(ROOT, 'web', 'edge.js')]),
        'micropython.wasm + micropython.mjs': measure([path.join(MICROPYTHON_DIR, 'micropython.wasm'), path.join(MICROPYTHON_DIR, 'micropython.mjs')]),
        'pyodide.asm.wasm + pyodide.asm.mjs + pyodide.mjs + python_stdlib.zip': measure(['pyodide.asm.wasm', 'pyodide.asm.mjs', 'pyodide.mjs', 'python_stdlib.zip'].map((f) => path.join(PYODIDE_DIR, f))),
    };
}

// Cold start: a fresh process that prints 1, from spawn to the first byte of output, and
// to its exit. Alternates between the commands, like the programs.
async function startup(runtimes, runs) {
    const commands = [
        ['node -e 0', 'node', process.execPath, ['-e', '0'], false],
        ['python3 -c pass', 'python3', PYTHON, ['-c', 'pass'], false],
        ['build/native/edge -c pass', 'native', NATIVE, ['-c', 'pass'], false],
        ['edge -c pass (node web/cli.js)', 'wasm-cli', process.execPath, [CLI, '-c', 'pass'], false],
        ['python3 -c print(1)', 'python3', PYTHON, ['-c', 'print(1)'], true],
        ['build/native/edge -c print(1)', 'native', NATIVE, ['-c', 'print(1)'], true],
        ['edge -c print(1) (node web/cli.js)', 'wasm-cli', process.execPath, [CLI, '-c', 'print(1)'], true],
        ['node bench/host.mjs edge -c print(1)', 'wasm', process.execPath, [HOST, 'edge', '-c', 'print(1)'], true],
        ['node bench/host.mjs micropython -c print(1)', 'micropython', process.execPath, [HOST, 'micropython', '-c', 'print(1)'], true],
        ['node bench/host.mjs pyodide -c print(1)', 'pyodide', process.execPath, [HOST, 'pyodide', '-c', 'print(1)'], true],
    ].filter(([, rt]) => rt === 'node' || runtimes.includes(rt));
    const results = commands.map(([label, rt, cmd, args, prints]) => ({ label, rt, cmd, args, prints, first: [], exit: [], load: [], rss: [] }));
    for (let run = 0; run < runs; run++) {
        for (const r of run % 2 ? [...results].reverse() : results) {
            if (r.error) continue;
            const t = await spawnTimed(r.cmd, r.args);
            if (t.error || t.status !== 0 || t.stdout.trim() !== (r.prints ? '1' : '')) {
                r.error = t.error || lastLine(t.stderr || `exit status ${t.status}`);
                continue;
            }
            r.exit.push(t.ms);
            if (r.prints) r.first.push(t.firstMs);
            const report = hostReport(t.stderr);
            if (report) r.load.push(report.loadMs);
        }
    }
    return results.map((r) => ({
        command: r.label,
        runtime: r.rt,
        error: r.error ?? null,
        firstPrintMs: r.first.length ? median(r.first) : null,
        exitMs: r.exit.length ? median(r.exit) : null,
        loadMs: r.load.length ? median(r.load) : null,
    }));
}

// Warm start: in this process, with edge.wasm compiled once, createEdge + run('print(1)').
async function warmStart() {
    const times = [];
    for (let i = 0; i < WARM_RUNS; i++) {
        let out = '';
        const t = performance.now();
        const edge = await createEdge({ wasm: wasmModule, stdout: (s) => { out += s; } });
        const result = await edge.run('print(1)');
        times.push(performance.now() - t);
        if (!result.ok || out !== '1\n') throw new Error(`warm start printed ${JSON.stringify(out)}`);
    }
    const cold = [];
    for (let i = 0; i < WARM_RUNS; i++) {
        const bytes = coldBytes();
        const t = performance.now();
        await WebAssembly.compile(bytes);
        cold.push(performance.now() - t);
    }
    return { compileMs: wasmCompileMs, coldCompileMs: median(cold), instantiateAndPrintMs: median(times), runs: WARM_RUNS };
}

// Runs every program on every runtime and returns what --json writes: per program and
// runtime the times, the checksum and the peak memory, with the machine's description.
async function measure(opts) {
    const names = opts.runtimes ?? Object.keys(RUNTIMES);
    for (const name of names) if (!RUNTIMES[name]) usage(`unknown runtime ${name}`);
    // python3 runs first in every first round, so each checksum is checked as it comes.
    names.sort((a, b) => (b === 'python3') - (a === 'python3'));
    const runtimes = names.filter((name) => {
        if (RUNTIMES[name].ready()) return true;
        console.error(`skipping ${name}: not ${RUNTIMES[name].edge ? 'built (run `make`)' : 'installed (run `npm ci`)'}`);
        return false;
    });
    const programs = fs.readdirSync(BENCH_DIR).filter((f) => f.endsWith('.py')).sort()
        .map((f) => f.slice(0, -3)).filter((name) => !opts.only || opts.only.includes(name));
    if (opts.only) for (const name of opts.only) if (!programs.includes(name)) usage(`no program bench/${name}.py`);

    const info = machine();
    console.error(`bench: ${programs.length} programs x ${runtimes.length} runtimes x ${opts.runs} runs; load average ${info.loadavg.join(' ')}`);

    const base = runtimes.includes('python3') ? 'python3' : null;
    const results = {}; // results[program][runtime] = { times, checksum, error, wrong, maxRssKb }
    for (const prog of programs) {
        const file = path.join(BENCH_DIR, `${prog}.py`);
        results[prog] = {};
        for (const rt of runtimes) results[prog][rt] = { times: [], loads: [], checksum: null, error: null, wrong: null, maxRssKb: null };
        for (let run = 0; run < opts.runs; run++) {
            // Alternate the order so no runtime always follows the same neighbour.
            for (const rt of run % 2 ? [...runtimes].reverse() : runtimes) {
                const slot = results[prog][rt];
                if (slot.error || slot.wrong) continue;
                const r = await RUNTIMES[rt].run(file);
                if (r.error) {
                    slot.error = r.error;
                    continue;
                }
                slot.times.push(r.ms);
                if (r.loadMs != null) slot.loads.push(r.loadMs);
                if (r.maxRssKb != null) slot.maxRssKb = Math.max(slot.maxRssKb ?? 0, r.maxRssKb);
                slot.checksum = r.checksum;
                // A wrong answer is a failure: a runtime that has one stops running the program.
                const expected = base && rt !== base ? results[prog][base].checksum : null;
                if (expected !== null && r.checksum !== expected) slot.wrong = r.checksum;
            }
        }
        const parts = runtimes.map((rt) => {
            const slot = results[prog][rt];
            return `${rt} ${slot.error ? 'error' : slot.wrong !== null ? 'wrong' : secs(median(slot.times))}`;
        });
        console.error(`${prog}: ${parts.join(', ')}`);
    }

    let startupResults = null;
    let warm = null;
    let sizeResults = null;
    if (opts.startup) {
        console.error('startup ...');
        sizeResults = sizes();
        startupResults = await startup(runtimes, opts.runs);
        if (wasmModule) warm = await warmStart();
    }
    const loadavgEnd = os.loadavg().map((v) => Number(v.toFixed(2)));
    return {
        machine: { ...info, loadavgEnd },
        runs: opts.runs,
        runtimes,
        notes: Object.fromEntries(runtimes.map((rt) => [rt, NOTES[rt]])),
        programs: Object.fromEntries(programs.map((prog) => [prog, Object.fromEntries(runtimes.map((rt) => {
            const slot = results[prog][rt];
            return [rt, {
                ok: !slot.error && slot.wrong === null,
                error: slot.error,
                wrongChecksum: slot.wrong,
                checksum: slot.checksum,
                timesMs: slot.times,
                medianMs: slot.times.length ? median(slot.times) : null,
                ratio: null,
                loadMs: slot.loads.length ? median(slot.loads) : null,
                maxRssKb: slot.maxRssKb,
            }];
        }))])),
        geomeans: {},
        sizes: sizeResults,
        startup: startupResults,
        warmStart: warm,
    };
}

// Several --json files of one harness (say, batches of --only run one after another, so a
// shared machine is never busy for long) as one: their programs together, in name order;
// the sizes, startup and warm start of the last file that has them; every batch's machine.
function mergeData(files) {
    const all = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
    const first = all[0];
    for (const [i, d] of all.entries()) {
        if (d.runtimes.join() !== first.runtimes.join()) usage(`${files[i]} has runtimes ${d.runtimes} (${files[0]}: ${first.runtimes})`);
    }
    const programs = {};
    for (const d of all) Object.assign(programs, d.programs);
    const sorted = Object.fromEntries(Object.keys(programs).sort().map((k) => [k, programs[k]]));
    const lastWith = (key) => all.reduce((found, d) => d[key] ?? found, null);
    const batches = all.map((d) => d.machine);
    return {
        machine: { ...first.machine, loadavg: first.machine.loadavg, loadavgEnd: all[all.length - 1].machine.loadavgEnd, batches },
        runs: Math.min(...all.map((d) => d.runs)),
        runtimes: first.runtimes,
        notes: first.notes,
        programs: sorted,
        geomeans: {},
        sizes: lastWith('sizes'),
        startup: lastWith('startup'),
        warmStart: lastWith('warmStart'),
    };
}

// Fills in each program's ratio to python3 and each runtime's geometric mean over the
// programs it ran right (python3 must have too: a python3 failure leaves the others
// unchecked).
function summarize(data) {
    const base = data.runtimes.includes('python3') ? 'python3' : null;
    data.geomeans = {};
    if (!base) return data;
    for (const rt of data.runtimes) {
        if (rt === base) continue;
        const ratios = [];
        for (const row of Object.values(data.programs)) {
            const cell = row[rt];
            cell.ratio = null;
            if (!cell.ok || !row[base].ok) continue;
            cell.ratio = cell.medianMs / row[base].medianMs;
            ratios.push(cell.ratio);
        }
        if (ratios.length) data.geomeans[rt] = { value: geomean(ratios), programs: ratios.length };
    }
    return data;
}

// The markdown tables.
function render(data) {
    const { runtimes, machine: info } = data;
    const programs = Object.keys(data.programs);
    const base = runtimes.includes('python3') ? 'python3' : null;
    const footnotes = [];
    const rows = programs.map((prog) => {
        const row = data.programs[prog];
        return [prog, ...runtimes.map((rt) => {
            const cell = row[rt];
            if (cell.error) {
                footnotes.push(`${prog} on ${rt}: error: ${cell.error}`);
                return 'error';
            }
            if (cell.wrongChecksum !== null) {
                footnotes.push(`${prog} on ${rt}: wrong checksum ${cell.wrongChecksum} (python3: ${row[base].checksum})`);
                return 'wrong';
            }
            if (!base || rt === base || cell.ratio == null) return secs(cell.medianMs);
            return `${cell.ratio.toFixed(2)}x`;
        })];
    });
    if (base) {
        rows.push(['**geomean**', ...runtimes.map((rt) => {
            if (rt === base) return '1.00x';
            const g = data.geomeans[rt];
            if (!g) return '-';
            const text = `**${g.value.toFixed(2)}x**`;
            return g.programs < programs.length ? `${text} (${g.programs}/${programs.length})` : text;
        })]);
    }
    const out = [];
    out.push(`### Time (${base ? 'ratio to python3, lower is faster' : 'seconds'})`, '');
    out.push(table(['program', ...runtimes], rows, ['l']), '');
    out.push(`Medians of ${data.runs} runs, alternating between runtimes.${base ? ' The python3 column is its median time; the others are their median time divided by python3\'s.' : ''}`);
    for (const rt of runtimes) out.push(`- ${rt}: ${data.notes[rt]}.`);
    if (base) out.push('- `error` or `wrong` (a checksum other than python3\'s) marks a failed program; it is left out of that runtime\'s geomean, whose count of programs then follows it.');
    for (const note of footnotes) out.push(`- ${note}`);
    out.push('');

    // Median seconds, for reference.
    out.push('### Time (median seconds)', '');
    out.push(table(['program', ...runtimes], programs.map((prog) => [prog, ...runtimes.map((rt) => {
        const cell = data.programs[prog][rt];
        return cell.timesMs.length ? (cell.medianMs / 1000).toFixed(3) : '-';
    })]), ['l']), '');

    // Peak memory: the largest RSS of the runtime's process over the program's runs; for
    // the in-process wasm runtimes, the size of the instance's memory after the run.
    out.push('### Peak memory (max RSS of the process; wasm, wasm-cold: the instance\'s memory)', '');
    const memRows = programs.map((prog) => [prog, ...runtimes.map((rt) => mb(data.programs[prog][rt].maxRssKb))]);
    memRows.push(['**max**', ...runtimes.map((rt) => {
        const all = programs.map((prog) => data.programs[prog][rt].maxRssKb).filter((v) => v != null);
        return all.length ? `**${mb(Math.max(...all))}**` : '-';
    })]);
    out.push(table(['program', ...runtimes], memRows, ['l']), '');
    out.push(`Measured with ${hasGnuTime ? 'GNU time (`%M`)' : 'process.resourceUsage() in bench/host.mjs (GNU time is not installed: the process runtimes show -)'}, over all runs of a program. The wasm and wasm-cold columns run inside the harness: they show the size of the fresh edge.wasm instance's memory after the run (\`memoryBytes()\`, which only grows, so it is the run's peak), without Node's own; wasm-cli is edge.wasm in a Node process of its own, Node included. A failed run counts only until it failed.`, '');

    if (data.sizes) {
        out.push('### Size (what each wasm runtime loads before it runs a program)', '');
        out.push(table(['files', 'raw', 'gzip -9'], Object.entries(data.sizes).filter(([, s]) => s).map(([name, s]) => [name, kib(s.raw), kib(s.gzip)]), ['l']), '');
    }
    if (data.startup) {
        out.push('### Startup', '');
        out.push(table(['command', 'to first print', 'to exit', 'runtime load'],
            data.startup.map((s) => [s.command, s.error ? `error: ${s.error}` : millis(s.firstPrintMs), millis(s.exitMs), millis(s.loadMs)]), ['l']), '');
        out.push(`Cold start: medians of ${data.runs} fresh processes, from spawn to the first byte on stdout and to exit; runtime load is bench/host.mjs's own measure of loading the runtime (no program).`);
        const w = data.warmStart;
        if (w) {
            out.push(`Warm start, in the harness's Node process with edge.wasm compiled once: createEdge() + run('print(1)') takes ${millis(w.instantiateAndPrintMs)} (median of ${w.runs}); the harness's one WebAssembly.compile of edge.wasm, at its start, took ${millis(w.compileMs)}${w.coldCompileMs != null ? `; a cold compile (new bytes each time, as wasm-cold does) takes ${millis(w.coldCompileMs)} (median of ${w.runs})` : ''}.`);
        }
        out.push('');
    }
    const batches = info.batches ? ` Run in ${info.batches.length} batches (load average at their starts: ${info.batches.map((b) => b.loadavg[0]).join(', ')}).` : '';
    out.push(`Machine: ${info.nproc} cores (${info.cpu}), Node ${info.node}, ${info.python3}, MicroPython ${info.micropython ?? '-'} (npm), Pyodide ${info.pyodide ?? '-'} (npm); commit ${info.commit ?? '?'}; ${info.date}. Load average ${info.loadavg.join(' ')} at the start, ${(info.loadavgEnd ?? []).join(' ')} at the end.${batches}`);
    return out.join('\n');
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const data = summarize(opts.merge ? mergeData(opts.merge) : await measure(opts));
    console.log(render(data));
    if (opts.json) {
        fs.writeFileSync(opts.json, JSON.stringify(data, null, 2) + '\n');
        console.error(`wrote ${opts.json}`);
    }
    // Edge Python's own runtimes (and python3) must run every program right, so scripts
    // notice; MicroPython's and Pyodide's failures are reported, not fatal.
    const failed = Object.values(data.programs).some((row) => data.runtimes.some((rt) => RUNTIMES[rt]?.edge && !row[rt].ok));
    if (failed) process.exitCode = 1;
}

await main();
