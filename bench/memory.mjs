// memory.mjs — peak memory of every bench/ program and every corpus program (tests/lang)
// on python3, the native build and edge.wasm, as ratios to python3's. Native and python3
// are whole processes measured by GNU time (max RSS); edge.wasm runs in this process, a
// fresh instance per program, and counts its memory's size after the run (memoryBytes(),
// which only grows: the run's peak). Prints the programs past the targets (native 1.5x,
// wasm 2x python3's) and a summary; --json writes every figure.
//
// usage: node bench/memory.mjs [--only SUBSTRING] [--json FILE] [--jobs N]

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../web/edge.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NATIVE = path.join(ROOT, 'build', 'native', 'edge');
const WASM = path.join(ROOT, 'build', 'wasm', 'edge.wasm');
const TARGET = { native: 1.5, wasm: 2 };

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const only = opt('--only');
const jobs = Number(opt('--jobs') ?? 2);

function programs() {
    const list = [];
    const walk = (dir) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const p = path.join(dir, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.name.endsWith('.py')) list.push(p);
        }
    };
    for (const f of fs.readdirSync(path.join(ROOT, 'bench')).sort()) if (f.endsWith('.py')) list.push(path.join(ROOT, 'bench', f));
    walk(path.join(ROOT, 'tests', 'lang'));
    // The standard-module programs import modules the native build cannot load.
    return list.filter((p) => !p.includes('/stdlib/') && (!only || p.includes(only)));
}

// Peak RSS in KB of one process, or null when it failed.
function rss(cmd, file) {
    const stdinFile = file.replace(/\.py$/, '.stdin');
    return new Promise((resolve) => {
        const out = path.join(os.tmpdir(), `edge-mem-${process.pid}-${Math.random().toString(36).slice(2)}`);
        const child = spawn('/usr/bin/time', ['-f', '%M', '-o', out, cmd, file], {
            cwd: path.dirname(file), stdio: [fs.existsSync(stdinFile) ? fs.openSync(stdinFile, 'r') : 'ignore', 'ignore', 'ignore'],
        });
        child.on('close', () => {
            const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8').trim().split('\n').pop() : '';
            fs.rmSync(out, { force: true });
            const kb = Number(text);
            resolve(Number.isFinite(kb) && kb > 0 ? kb : null);
        });
    });
}

const module = await WebAssembly.compile(fs.readFileSync(WASM));
async function wasmBytes(file) {
    const stdinFile = file.replace(/\.py$/, '.stdin');
    const lines = fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile, 'utf8').split('\n') : [];
    const edge = await createEdge({ wasm: module, stdout: () => {}, stderr: () => {}, stdin: () => lines.shift() ?? null });
    edge.runSync(fs.readFileSync(file, 'utf8'), { filename: path.basename(file) });
    return edge.memoryBytes() / 1024;
}

const python = (await import('node:child_process')).spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim() || 'python3';
const files = programs();
const rows = [];
let next = 0;
async function worker() {
    while (next < files.length) {
        const file = files[next++];
        const py = await rss(python, file);
        const native = await rss(NATIVE, file);
        rows.push({ file: path.relative(ROOT, file), python3: py, native, wasm: null });
    }
}
await Promise.all(Array.from({ length: jobs }, worker));
for (const row of rows) row.wasm = await wasmBytes(path.join(ROOT, row.file));
rows.sort((a, b) => a.file.localeCompare(b.file));

const over = { native: [], wasm: [] };
for (const row of rows) {
    if (!row.python3) continue;
    for (const rt of ['native', 'wasm']) {
        if (row[rt] == null) continue;
        const ratio = row[rt] / row.python3;
        row[`${rt}Ratio`] = ratio;
        if (ratio > TARGET[rt]) over[rt].push(row);
    }
}
const mbs = (kb) => `${(kb / 1024).toFixed(1)} MB`;
console.log(`${rows.length} programs (bench/ and tests/lang, without tests/lang/stdlib)`);
for (const rt of ['native', 'wasm']) {
    const ratios = rows.map((r) => r[`${rt}Ratio`]).filter((v) => v != null);
    const worst = Math.max(...ratios);
    console.log(`${rt}: past ${TARGET[rt]}x python3 on ${over[rt].length}; median ${ratios.sort((a, b) => a - b)[ratios.length >> 1].toFixed(2)}x, worst ${worst.toFixed(2)}x`);
    for (const row of over[rt]) console.log(`  ${row.file}: ${mbs(row[rt])} vs python3 ${mbs(row.python3)} (${row[`${rt}Ratio`].toFixed(2)}x)`);
}
if (opt('--json')) fs.writeFileSync(opt('--json'), JSON.stringify(rows, null, 1));
