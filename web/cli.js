#!/usr/bin/env node
// cli.js — the `edge` command of the npm package: runs a program on edge.wasm in Node.
// Behaves like the native build/native/edge: input() reads stdin line by line, output is
// written synchronously in program order, exit status 0 / 1 (uncaught error) / 2 (usage).

import fs from 'node:fs';
import { createEdge } from './edge.js';

const usage = `usage: edge [options] FILE | -c CODE | -
Runs an Edge Python program on edge.wasm.

  FILE         run the program in FILE ('-' reads it from stdin)
  -c CODE      run CODE given as a string
  --steps N    run in slices of N steps (suspend and resume between them)
  --version    print the version and exit
  -h, --help   print this help and exit

input() reads lines from stdin. Exit status: 0 when the program finished, 1 after an
uncaught exception or syntax error, 2 for a usage error.
EDGE_WASM=path selects another edge.wasm.
`;

const packageUrl = new URL('../package.json', import.meta.url);
const wasmPath = process.env.EDGE_WASM || new URL('../build/wasm/edge.wasm', import.meta.url);

// Sleeps without spinning while a non-blocking descriptor has nothing for us.
function pause() {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

// Writes all of `bytes` to `fd`, riding out EAGAIN on non-blocking pipes. A closed pipe
// (EPIPE) ends the program quietly, as it would for a shell command.
function writeAll(fd, bytes) {
    let off = 0;
    while (off < bytes.length) {
        try {
            off += fs.writeSync(fd, bytes, off, bytes.length - off);
        } catch (err) {
            if (err.code === 'EAGAIN') pause();
            else if (err.code === 'EPIPE') process.exit(1);
            else throw err;
        }
    }
}

// stdout is gathered in a buffer (like CPython does when it is not a terminal) and flushed
// before anything goes to stderr, before input is read, and at exit, so the order of the
// two streams is the program's.
class Output {
    constructor() {
        this.chunks = [];
        this.size = 0;
        this.direct = process.stdout.isTTY === true;
    }
    stdout(text) {
        const bytes = Buffer.from(text, 'utf8');
        if (this.direct) return writeAll(1, bytes);
        this.chunks.push(bytes);
        this.size += bytes.length;
        if (this.size >= 1 << 16) this.flush();
    }
    stderr(text) {
        this.flush();
        writeAll(2, Buffer.from(text, 'utf8'));
    }
    flush() {
        if (this.size === 0) return;
        const bytes = Buffer.concat(this.chunks, this.size);
        this.chunks = [];
        this.size = 0;
        writeAll(1, bytes);
    }
}

// Returns a function giving the next line of stdin (without its newline) or null at the
// end, reading synchronously so input() can stay a plain call inside the VM.
function stdinLines(output) {
    let pending = Buffer.alloc(0);
    let eof = false;
    const chunk = Buffer.alloc(1 << 16);
    return () => {
        output.flush(); // a prompt must be visible before we wait for the answer
        for (;;) {
            const nl = pending.indexOf(10);
            if (nl >= 0 || (eof && pending.length > 0)) {
                const end = nl >= 0 ? nl : pending.length;
                // Like CPython reading a pipe, only the newline goes: a '\r' before it stays.
                const line = pending.subarray(0, end);
                pending = pending.subarray(nl >= 0 ? nl + 1 : end);
                return line.toString('utf8');
            }
            if (eof) return null;
            let n;
            try {
                n = fs.readSync(0, chunk, 0, chunk.length, null);
            } catch (err) {
                if (err.code === 'EAGAIN') {
                    pause();
                    continue;
                }
                if (err.code !== 'EOF') throw err;
                n = 0;
            }
            if (n === 0) eof = true;
            else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
        }
    };
}

function fail(message, status = 2) {
    process.stderr.write(`edge: ${message}\n`);
    process.exit(status);
}

function parseArgs(argv) {
    const args = { steps: undefined, code: undefined, path: undefined };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '-h' || a === '--help') {
            process.stdout.write(usage);
            process.exit(0);
        } else if (a === '--version' || a === '-V') {
            const { version } = JSON.parse(fs.readFileSync(packageUrl, 'utf8'));
            process.stdout.write(`Edge Python ${version}\n`);
            process.exit(0);
        } else if (a === '-c' && i + 1 < argv.length) {
            args.code = argv[++i];
            break; // the rest would be the program's arguments
        } else if (a === '--steps' && i + 1 < argv.length) {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1) fail('--steps needs a positive whole number');
            args.steps = n;
        } else if (a.startsWith('-') && a !== '-') {
            process.stderr.write(`edge: unknown option '${a}'\n${usage}`);
            process.exit(2);
        } else {
            args.path = a;
            break;
        }
    }
    return args;
}

function readProgram(args) {
    if (args.code !== undefined) return { source: args.code, filename: '<string>' };
    if (args.path === undefined) {
        process.stderr.write(usage);
        process.exit(2);
    }
    if (args.path === '-') return { source: fs.readFileSync(0, 'utf8'), filename: '<stdin>' };
    try {
        return { source: fs.readFileSync(args.path, 'utf8'), filename: args.path };
    } catch (err) {
        // Node's message reads "ENOENT: no such file or directory, open '...'".
        const why = /^\w+: ([^,]*)/.exec(err.message)?.[1] ?? err.code;
        fail(`can't open file '${args.path}': [Errno ${-err.errno}] ${why[0].toUpperCase()}${why.slice(1)}`);
    }
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    const { source, filename } = readProgram(args);
    let bytes;
    try {
        bytes = fs.readFileSync(wasmPath);
    } catch {
        fail(`cannot read ${wasmPath instanceof URL ? wasmPath.pathname : wasmPath}: run \`make wasm\` first`);
    }
    const output = new Output();
    const edge = await createEdge({
        wasm: bytes,
        stdout: (text) => output.stdout(text),
        stderr: (text) => output.stderr(text),
        stdin: stdinLines(output),
    });
    let result;
    try {
        result = edge.runSync(source, { filename, stepBudget: args.steps });
    } catch (err) {
        output.flush();
        fail(`internal error: ${err.message}`, 70);
    }
    output.flush();
    if (!result.ok) {
        const { type, message, text } = result.error;
        const report = text || `${type}: ${message}`;
        writeAll(2, Buffer.from(report.endsWith('\n') ? report : report + '\n', 'utf8'));
        process.exitCode = 1;
    }
}

main();
