#!/usr/bin/env node
// cli.js — the `edge` command of the npm package: runs a program on edge.wasm in Node.
// Behaves like the native build/native/edge: input() reads stdin line by line, output is
// written synchronously in program order, exit status 0 / 1 (uncaught error) / 2 (usage).
// Before a program runs, its imports are resolved with web/modules.js: files read from
// disk on every run, URLs through fetch (with an on-disk cache for hash-pinned ones), names
// through packages.json next to the program. `edge lock` and `edge bundle` work on the
// same resolution; `edge app.epy` runs a bundle.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createEdge } from './edge.js';
import { STANDARD_MODULES, createResolverCore, packBundle, resolveProgram, unpackBundle } from './modules.js';

const usage = `usage: edge [options] FILE | -c CODE | -
       edge [options] APP.epy
       edge lock FILE
       edge bundle FILE [-o OUT.epy]
Runs an Edge Python program on edge.wasm.

  FILE         run the program in FILE ('-' reads it from stdin)
  -c CODE      run CODE given as a string
  APP.epy      run a bundle that \`edge bundle\` made (no network needed)
  lock FILE    write packages.lock.json next to FILE, pinning the sha256 of every module
               the program imports from a URL; later runs check them
  bundle FILE  seal FILE and every module it imports into one file (-o: its name,
               default FILE with .epy)
  --steps N    run in slices of N steps (suspend and resume between them)
  --max-steps N   end the program with TimeoutError after N steps (calls and loop turns)
  --timeout MS    end the program with TimeoutError after MS milliseconds of running
  --max-output N  end the program with OSError once it would write more than N bytes
  --no-cache   neither read nor write the on-disk cache of hash-pinned URL modules
  --version    print the version and exit
  -h, --help   print this help and exit

input() reads lines from stdin. Exit status: 0 when the program finished, 1 after an
uncaught exception, a syntax error or an import that failed, 2 for a usage error.
Imports: a name maps through packages.json next to the program ({"imports": {"name":
"./path.py"}}), then the standard modules, then NAME.py next to the importing file;
"./path.py", "https://host/m.wasm", each optionally with #sha256-<hash>.
EDGE_WASM=path selects another edge.wasm, EDGE_MODULES=dir the folder of the standard
modules (math.py, collections.py, ...; default build/modules), EDGE_CACHE_DIR the cache
(default ~/.cache/edge-python).
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
    const args = { command: 'run', steps: undefined, code: undefined, path: undefined, out: undefined, cache: true };
    let i = 0;
    // A subcommand comes first; run a file of that name as ./lock.
    if (argv[0] === 'lock' || argv[0] === 'bundle') args.command = argv[i++];
    for (; i < argv.length; i++) {
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
        } else if (a === '--max-steps' && i + 1 < argv.length) {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1) fail('--max-steps needs a positive whole number');
            args.maxSteps = n;
        } else if (a === '--max-output' && i + 1 < argv.length) {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1) fail('--max-output needs a positive whole number of bytes');
            args.maxOutput = n;
        } else if (a === '--timeout' && i + 1 < argv.length) {
            const n = Number(argv[++i]);
            if (!(n > 0)) fail('--timeout needs a positive number of milliseconds');
            args.timeout = n;
        } else if (a === '--no-cache') {
            args.cache = false;
        } else if (a === '-o' && args.command === 'bundle' && i + 1 < argv.length) {
            args.out = argv[++i];
        } else if (a.startsWith('-') && a !== '-') {
            process.stderr.write(`edge: unknown option '${a}'\n${usage}`);
            process.exit(2);
        } else {
            args.path = a;
            if (args.command === 'run') break; // the rest would be the program's arguments
        }
    }
    if (args.command !== 'run' && (args.path === undefined || args.path === '-' || args.code !== undefined)) {
        fail(`${args.command} needs a FILE`);
    }
    return args;
}

// The bytes of FILE, or exit as CPython does when it cannot open it.
function readFile(file) {
    try {
        return fs.readFileSync(file);
    } catch (err) {
        // Node's message reads "ENOENT: no such file or directory, open '...'".
        const why = /^\w+: ([^,]*)/.exec(err.message)?.[1] ?? err.code;
        fail(`can't open file '${file}': [Errno ${-err.errno}] ${why[0].toUpperCase()}${why.slice(1)}`);
    }
}

function readProgram(args) {
    if (args.code !== undefined) return { source: args.code, filename: '<string>' };
    if (args.path === undefined) {
        process.stderr.write(usage);
        process.exit(2);
    }
    if (args.path === '-') return { source: fs.readFileSync(0, 'utf8'), filename: '<stdin>' };
    return { source: readFile(args.path).toString('utf8'), filename: args.path };
}

// ---- modules ----

// The folder of the standard modules when EDGE_MODULES names one: NAME.py there, for
// each name of the default table (build/modules/ holds math.py and random.py with their
// .wasm, and the plain-Python modules: collections.py, itertools.py, ...).
function standardModules() {
    const dir = process.env.EDGE_MODULES;
    if (!dir) return undefined;
    const url = pathToFileURL(path.resolve(dir) + path.sep);
    return Object.fromEntries(Object.keys(STANDARD_MODULES).map((name) => [name, new URL(`${name}.py`, url).href]));
}

// The bytes of this run by URL (modules.js caches only what comes over the network), over
// the on-disk cache of modules a hash pinned: each file is named by its sha256, and the
// resolver checks what it reads back against that hash. Redirected modules are not kept
// on disk (their base URL would be lost).
function moduleCache(dir) {
    const memory = new Map();
    return {
        async get(url, hex) {
            if (memory.has(url)) return memory.get(url);
            if (!dir || !hex) return undefined;
            try {
                return { url, bytes: new Uint8Array(await fs.promises.readFile(path.join(dir, hex))) };
            } catch {
                return undefined;
            }
        },
        async set(url, entry, pinned) {
            memory.set(url, entry);
            if (!dir || !pinned || entry.url !== url) return;
            const file = path.join(dir, Buffer.from(entry.digest).toString('hex'));
            try {
                await fs.promises.mkdir(dir, { recursive: true });
                const tmp = `${file}.${process.pid}.tmp`;
                await fs.promises.writeFile(tmp, entry.bytes);
                await fs.promises.rename(tmp, file); // whole or not at all
            } catch {
                // A cache we cannot write is no cache: the run goes on.
            }
        },
    };
}

function cacheDir() {
    if (process.env.EDGE_CACHE_DIR) return process.env.EDGE_CACHE_DIR;
    const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
    return path.join(base, 'edge-python');
}

// The lockfile's pins, { url: "sha256-…" }, or undefined when there is none.
function readLock(file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch {
        return undefined;
    }
    try {
        const lock = JSON.parse(text);
        if (lock && typeof lock.modules === 'object') return lock.modules;
    } catch {
        // reported below
    }
    fail(`${file}: not a lockfile (expected {"lockfileVersion": 1, "modules": {...}})`, 1);
}

// How modules.js should resolve `filename`'s imports: against its folder (the current
// one for -c and stdin), with packages.json and packages.lock.json from there. Modules
// in files are named the way the program was (lib/x.py next to main.py, /abs/lib/x.py
// next to /abs/main.py), as the native edge names them.
function moduleOptions(args, filename, output) {
    const isFile = args.code === undefined && args.path !== '-';
    const dir = path.resolve(isFile ? path.dirname(filename) : '.');
    const shown = isFile ? path.dirname(filename) : '.';
    const mapFile = path.join(dir, 'packages.json');
    const lockFile = path.join(dir, 'packages.lock.json');
    return {
        baseUrl: isFile ? pathToFileURL(path.resolve(filename)) : pathToFileURL(dir + path.sep),
        importMap: fs.existsSync(mapFile) ? pathToFileURL(mapFile) : undefined,
        lock: args.command === 'lock' ? undefined : readLock(lockFile),
        lockName: path.join(shown, 'packages.lock.json'),
        lockFile,
        cache: moduleCache(args.cache ? cacheDir() : null),
        standardModules: standardModules(),
        moduleName: (url) => (url.protocol === 'file:' ? path.join(shown, path.relative(dir, fileURLToPath(url))) : url.href),
        warn: (text) => output.stderr(text),
    };
}

// Prints a failed result's report; the exit status becomes 1.
function report(output, result) {
    output.flush();
    const { type, message, text, exitStatus } = result.error;
    if (type === 'SystemExit') {
        // exit(n): no traceback, the status n; exit("why"): the text, status 1.
        if (text) writeAll(2, Buffer.from(text, 'utf8'));
        process.exitCode = exitStatus ?? 1;
        return;
    }
    const report = text || `${type}: ${message}`;
    writeAll(2, Buffer.from(report.endsWith('\n') ? report : report + '\n', 'utf8'));
    process.exitCode = 1;
}

function lockCommand(program, options) {
    const modules = Object.fromEntries(Object.entries(program.urls).sort(([a], [b]) => a.localeCompare(b)));
    const lock = { lockfileVersion: 1, modules };
    fs.writeFileSync(options.lockFile, JSON.stringify(lock, null, 2) + '\n');
    const n = Object.keys(modules).length;
    process.stdout.write(`locked ${n} module${n === 1 ? '' : 's'} in ${options.lockName}\n`);
}

function bundleCommand(program, args) {
    const out = args.out ?? args.path.replace(/(\.py)?$/, '.epy');
    fs.writeFileSync(out, packBundle(program));
    const n = program.modules.length;
    process.stdout.write(`wrote ${out} (${program.filename} and ${n} module${n === 1 ? '' : 's'})\n`);
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    const bundle = args.command === 'run' && args.path?.endsWith('.epy') ? readFile(args.path) : null;
    let { source, filename } = bundle ? {} : readProgram(args);
    let wasm;
    try {
        wasm = fs.readFileSync(wasmPath);
    } catch {
        fail(`cannot read ${wasmPath instanceof URL ? wasmPath.pathname : wasmPath}: run \`make wasm\` first`);
    }
    const output = new Output();
    const edge = await createEdge({
        wasm,
        stdout: (text) => output.stdout(text),
        stderr: (text) => output.stderr(text),
        stdin: stdinLines(output),
        // A terminal or a file takes any amount of output; the cap is for pages.
        maxOutput: args.maxOutput ?? 0,
    });
    // Every module is fetched and checked before the program runs: runSync cannot wait.
    let program;
    if (bundle) {
        try {
            program = await unpackBundle(bundle, { warn: (text) => output.stderr(text) });
        } catch (err) {
            fail(`${args.path}: ${err.message}`, 1);
        }
        ({ source, filename } = program);
    } else {
        const options = moduleOptions(args, filename, output);
        const core = await createResolverCore(edge.module, { stderr: (text) => output.stderr(text) });
        program = await resolveProgram(core, source, filename, options);
        if (!program.ok) return report(output, program);
        if (args.command === 'lock') return lockCommand(program, options);
        if (args.command === 'bundle') return bundleCommand(program, args);
    }
    if (program.modules.length > 0 && typeof edge.runBundle !== 'function') {
        fail('this edge.js cannot load modules yet (web/modules.js is not wired into it)', 70);
    }
    let result;
    try {
        result = edge.runSync(source, { filename, stepBudget: args.steps, maxSteps: args.maxSteps, timeout: args.timeout, program });
    } catch (err) {
        output.flush();
        fail(`internal error: ${err.message}`, 70);
    }
    output.flush();
    if (!result.ok) report(output, result);
}

main();
