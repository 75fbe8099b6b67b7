// run.mjs — times the bench/*.py programs on Edge Python and CPython and prints a table.
// Runtimes: edge.wasm inside this Node process (the run alone, compile included), the
// `edge` CLI on edge.wasm (the whole process), the native build, and python3. Each
// program runs --runs times per runtime (default 5), alternating runtimes, and the median
// counts. Every program prints a checksum last; all runtimes must print the same one.
//
// usage: node bench/run.mjs [--runs N] [--only fib,loops] [--runtimes python3,native]

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../web/edge.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, 'bench');
const NATIVE = path.join(ROOT, 'build', 'native', 'edge');
const WASM = path.join(ROOT, 'build', 'wasm', 'edge.wasm');
const CLI = path.join(ROOT, 'web', 'cli.js');
const TIMEOUT_MS = 120_000;

function parseArgs(argv) {
    const opts = { runs: 5, only: null, runtimes: null };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
        else if (argv[i] === '--only') opts.only = argv[++i].split(',');
        else if (argv[i] === '--runtimes') opts.runtimes = argv[++i].split(',');
        else {
            console.error('usage: node bench/run.mjs [--runs N] [--only fib,loops] [--runtimes python3,native,wasm,wasm-cli]');
            process.exit(2);
        }
    }
    if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs needs a positive whole number');
    return opts;
}

function lastLine(text) {
    const lines = text.trimEnd().split('\n');
    return lines[lines.length - 1];
}

// Runs a command once; returns { ms, checksum } or { error }.
function timeProcess(cmd, args) {
    const start = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = performance.now() - start;
    if (r.error) return { error: r.error.message };
    if (r.status !== 0) return { error: lastLine(r.stderr || `exit status ${r.status ?? r.signal}`) };
    return { ms, checksum: lastLine(r.stdout) };
}

const wasmModule = fs.existsSync(WASM) ? await WebAssembly.compile(fs.readFileSync(WASM)) : null;

// edge.wasm in this process: a fresh instance each time, and only runSync is timed.
async function timeWasm(file) {
    let out = '';
    const edge = await createEdge({ wasm: wasmModule, stdout: (t) => { out += t; }, stderr: () => {} });
    const source = fs.readFileSync(file, 'utf8');
    const start = performance.now();
    const result = edge.runSync(source, { filename: path.relative(ROOT, file) });
    const ms = performance.now() - start;
    if (!result.ok) return { error: lastLine(result.error.text || `${result.error.type}: ${result.error.message}`) };
    return { ms, checksum: lastLine(out) };
}

const RUNTIMES = {
    'python3': { ready: () => true, run: (file) => timeProcess('python3', [file]) },
    'native': { ready: () => fs.existsSync(NATIVE), run: (file) => timeProcess(NATIVE, [file]) },
    'wasm': { ready: () => wasmModule !== null, run: timeWasm },
    'wasm-cli': { ready: () => wasmModule !== null, run: (file) => timeProcess(process.execPath, [CLI, file]) },
};

function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function geomean(values) {
    return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

function pad(text, width, right = false) {
    text = String(text);
    return right ? text.padStart(width) : text.padEnd(width);
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const names = opts.runtimes ?? Object.keys(RUNTIMES);
    for (const name of names) if (!RUNTIMES[name]) throw new Error(`unknown runtime ${name}`);
    const runtimes = names.filter((name) => {
        if (RUNTIMES[name].ready()) return true;
        console.error(`skipping ${name}: not built (run \`make\`)`);
        return false;
    });
    const programs = fs.readdirSync(BENCH_DIR).filter((f) => f.endsWith('.py')).sort()
        .map((f) => f.slice(0, -3)).filter((name) => !opts.only || opts.only.includes(name));

    const results = {}; // results[program][runtime] = { times: [], checksum, error }
    for (const prog of programs) {
        const file = path.join(BENCH_DIR, `${prog}.py`);
        results[prog] = {};
        for (const rt of runtimes) results[prog][rt] = { times: [] };
        for (let run = 0; run < opts.runs; run++) {
            // Alternate the order so no runtime always follows the same neighbour.
            const order = run % 2 ? [...runtimes].reverse() : runtimes;
            for (const rt of order) {
                const slot = results[prog][rt];
                if (slot.error) continue;
                const r = await RUNTIMES[rt].run(file);
                if (r.error) {
                    slot.error = r.error;
                    continue;
                }
                slot.times.push(r.ms);
                slot.checksum = r.checksum;
            }
        }
        const parts = runtimes.map((rt) => {
            const slot = results[prog][rt];
            return `${rt} ${slot.error ? 'failed' : (median(slot.times) / 1000).toFixed(3) + ' s'}`;
        });
        console.error(`${prog}: ${parts.join(', ')}`);
    }

    // The table: median seconds per runtime, and the ratio to python3 when it ran.
    const base = runtimes.includes('python3') ? 'python3' : null;
    const width = Math.max(9, ...programs.map((p) => p.length)) + 2;
    const col = 18;
    let header = pad('program', width);
    for (const rt of runtimes) header += pad(rt, col, true);
    console.log(header);
    console.log('-'.repeat(header.length));
    const ratios = Object.fromEntries(runtimes.map((rt) => [rt, []]));
    let mismatches = 0;
    for (const prog of programs) {
        const row = results[prog];
        const expected = base && !row[base].error ? row[base].checksum : undefined;
        let line = pad(prog, width);
        for (const rt of runtimes) {
            const slot = row[rt];
            let cell;
            if (slot.error) {
                cell = 'FAILED';
            } else {
                const secs = median(slot.times) / 1000;
                cell = `${secs.toFixed(3)} s`;
                if (base && rt !== base && !row[base].error) {
                    const ratio = median(slot.times) / median(row[base].times);
                    ratios[rt].push(ratio);
                    cell += ` ${ratio.toFixed(2)}x`;
                }
                if (expected !== undefined && slot.checksum !== expected) {
                    cell += ' !';
                    mismatches++;
                }
            }
            line += pad(cell, col, true);
        }
        console.log(line);
    }
    if (base) {
        let line = pad('geomean', width);
        for (const rt of runtimes) {
            const g = rt === base ? '1.00x' : ratios[rt].length ? `${geomean(ratios[rt]).toFixed(2)}x` : '-';
            line += pad(g, col, true);
        }
        console.log(line);
        console.log(`times are medians of ${opts.runs} runs; ratios are time / python3 time (lower is faster)`);
        console.log('wasm: edge.wasm in this process, the run alone (load and compile of the program included;');
        console.log('      the wasm module is compiled once and warm); wasm-cli: the whole `node web/cli.js` process');
    }
    for (const prog of programs) {
        for (const rt of runtimes) {
            const slot = results[prog][rt];
            if (slot.error) console.log(`${prog} on ${rt} failed: ${slot.error}`);
            else if (base && !results[prog][base].error && slot.checksum !== results[prog][base].checksum) {
                console.log(`${prog} on ${rt}: checksum ${slot.checksum}, python3 says ${results[prog][base].checksum}`);
            }
        }
    }
    // A failed program or a wrong checksum makes the whole run fail, so scripts notice.
    const failed = programs.some((prog) => runtimes.some((rt) => results[prog][rt].error));
    if (mismatches || failed) process.exitCode = 1;
}

await main();
