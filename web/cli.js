#!/usr/bin/env node
// cli.js — the `edge` command of the npm package: runs a program on edge.wasm in Node.
// Behaves like the native build/native/edge: input() reads stdin line by line, output is
// written synchronously in program order, exit status 0 / 1 (uncaught error) / 2 (usage).
// With no program on a terminal it is an interactive prompt, as python3 is (a session).
// Before a program runs, its imports are resolved with web/modules.js: files read from
// disk on every run, URLs through fetch (with an on-disk cache for hash-pinned ones), names
// through packages.json next to the program. `edge lock` and `edge bundle` work on the
// same resolution; `edge app.epy` runs a bundle.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createEdge } from './edge.js';
import { STANDARD_MODULES, bundleDigest, createResolverCore, packBundle, resolveProgram, unpackBundle } from './modules.js';

const USAGE_LINE = 'usage: edge [options] FILE | -c CODE | -';
const usage = `${USAGE_LINE}
       edge [options] APP.epy
       edge lock FILE
       edge bundle FILE [-o OUT.epy]
Runs an Edge Python program on edge.wasm; with none on a terminal, an interactive prompt.

  FILE         run the program in FILE ('-' reads it from stdin, as does no FILE
               when stdin is not a terminal)
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
  --frozen     refuse a module that is neither pinned (#sha256-<hash>) nor locked
               (packages.lock.json); local files and the standard modules need neither
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
// At the interactive prompt (holdLine), the unfinished last line is held back instead: the
// prompt that follows it (">>> ", or input()'s line editor) shows it as its own start, since
// redrawing the line being edited redraws the whole line.
class Output {
    constructor({ holdLine = false } = {}) {
        this.chunks = [];
        this.size = 0;
        this.direct = process.stdout.isTTY === true;
        this.holdLine = holdLine;
        this.held = '';
    }
    stdout(text) {
        if (this.holdLine) {
            const all = this.held + text;
            const nl = all.lastIndexOf('\n');
            this.held = all.slice(nl + 1);
            text = all.slice(0, nl + 1);
            if (!text) return;
        }
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
    // The held unfinished line, for the prompt to start with; what stdout has gathered
    // goes out first.
    takeLine() {
        const line = this.held;
        this.held = '';
        this.flush();
        return line;
    }
    flush() {
        if (this.held) {
            writeAll(1, Buffer.from(this.held, 'utf8'));
            this.held = '';
        }
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

// A usage error as python3 reports one: what is wrong, the usage line, where help is.
function usageError(message) {
    process.stderr.write(`${message}\n${USAGE_LINE}\nTry \`edge -h' for more information.\n`);
    process.exit(2);
}

const WITH_ARGUMENT = new Set(['-c', '--steps', '--max-steps', '--max-output', '--timeout']);

function parseArgs(argv) {
    const args = { command: 'run', steps: undefined, code: undefined, path: undefined, out: undefined, cache: true, frozen: false };
    let i = 0;
    // A subcommand comes first; run a file of that name as ./lock.
    if (argv[0] === 'lock' || argv[0] === 'bundle') args.command = argv[i++];
    for (; i < argv.length; i++) {
        const a = argv[i];
        if (i + 1 === argv.length && (WITH_ARGUMENT.has(a) || (a === '-o' && args.command === 'bundle'))) {
            usageError(`Argument expected for the ${a} option`);
        }
        if (a === '-h' || a === '--help') {
            process.stdout.write(usage);
            process.exit(0);
        } else if (a === '--version' || a === '-V') {
            const { version } = JSON.parse(fs.readFileSync(packageUrl, 'utf8'));
            process.stdout.write(`Edge Python ${version}\n`);
            process.exit(0);
        } else if (a === '-c') {
            args.code = argv[++i];
            break; // the rest would be the program's arguments
        } else if (a === '--steps') {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1) fail('--steps needs a positive whole number');
            args.steps = n;
        } else if (a === '--max-steps') {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1) fail('--max-steps needs a positive whole number');
            args.maxSteps = n;
        } else if (a === '--max-output') {
            const n = Number(argv[++i]);
            if (!Number.isInteger(n) || n < 1) fail('--max-output needs a positive whole number of bytes');
            args.maxOutput = n;
        } else if (a === '--timeout') {
            const n = Number(argv[++i]);
            if (!(n > 0)) fail('--timeout needs a positive number of milliseconds');
            args.timeout = n;
        } else if (a === '--no-cache') {
            args.cache = false;
        } else if (a === '--frozen') {
            args.frozen = true;
        } else if (a === '-o' && args.command === 'bundle') {
            args.out = argv[++i];
        } else if (a.startsWith('-') && a !== '-') {
            // python3's two spellings
            usageError(a.startsWith('--') ? `unknown option ${a}` : `Unknown option: ${a}`);
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

// The program: -c's text, or the bytes of FILE or stdin (edge.js decodes them; bytes that
// are not UTF-8 are the front end's SyntaxError, as in CPython).
function readProgram(args) {
    if (args.code !== undefined) return { source: args.code, filename: '<string>' };
    if (args.path === '-') return { source: fs.readFileSync(0), filename: '<stdin>' };
    return { source: readFile(args.path), filename: args.path };
}

// The text of a program's bytes, or null when they are not UTF-8.
function utf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return null;
    }
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

// The bytes of this run by URL (the resolver caches only what comes over the network), over
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

// The lockfile's text, or undefined when there is none: the resolver reads it, and a
// malformed one fails the run (with the place of the mistake).
function readLock(file) {
    try {
        return fs.readFileSync(file, 'utf8');
    } catch (err) {
        if (err.code === 'ENOENT') return undefined;
        return fail(`cannot read ${file}: ${err.code ?? err.message}`, 1);
    }
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
        frozen: args.frozen && args.command !== 'lock',
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

async function bundleCommand(program, args) {
    const out = args.out ?? args.path.replace(/(\.py)?$/, '.epy');
    const bytes = await packBundle(program);
    fs.writeFileSync(out, bytes);
    const n = program.modules.length;
    // The digest, for a host that pins the bundle (runBundle's options.integrity).
    process.stdout.write(`wrote ${out} (${program.filename} and ${n} module${n === 1 ? '' : 's'}): ${bundleDigest(bytes)}\n`);
}

// ---- the interactive prompt: `edge` with no program, on a terminal ----
// As python3's: ">>> " for a statement, "... " while it goes on (a compound statement until
// an empty line; open brackets, strings and backslashes until they end), the repr of an
// expression, errors reported without ending the session, Ctrl-C dropping the input or
// stopping the run with KeyboardInterrupt, Ctrl-D (or exit()) leaving. Every input runs as
// "<stdin>" in one session.

// The first line of a compound statement (or a decorator): its input goes on to an empty
// line even when it is whole already (`if x: print(x)`), as in python3's prompt.
const OPENS_BLOCK = /^[ \t]*(@|(if|while|for|try|with|def|class|async)(?![\w\u0080-\uffff]))/;

// What Terminal.read() gives for Ctrl-C.
const INTERRUPTED = Symbol('interrupted');

// Lines from the terminal: with line editing and history (node:readline) while a prompt
// waits; while a program runs, the terminal is in its ordinary mode, where Ctrl-C is SIGINT.
// The prompts go to stdout when it is the terminal, else to stderr, as python3's do.
class Terminal {
    constructor() {
        this.out = process.stdout.isTTY ? process.stdout : process.stderr;
        this.editing = this.out.isTTY === true; // else the terminal's own line editing
        this.waiting = null; // resolves the pending read
        this.queued = []; // lines typed (or pasted) ahead of their prompt
        this.onRunInterrupt = null;
        process.on('SIGINT', () => this.interrupt());
        this.open([]);
    }

    open(history) {
        this.closed = false;
        this.rl = readline.createInterface({ input: process.stdin, output: this.out, terminal: this.editing, history, historySize: 1000 });
        this.rl.on('line', (line) => this.deliver(line));
        this.rl.on('close', () => {
            this.closed = true;
            this.deliver(null);
        });
        this.rl.on('SIGINT', () => this.interrupt());
        this.idle();
    }

    // Ctrl-D ended an input(): the prompt goes on with a new line editor.
    reopen() {
        if (this.closed) this.open(this.rl.history);
    }

    idle() {
        this.rl.pause();
        if (this.editing) process.stdin.setRawMode(false);
    }

    deliver(line) {
        const waiting = this.waiting;
        this.waiting = null;
        if (waiting) waiting(line);
        else if (line !== null) this.queued.push(line); // shown already as it was typed
    }

    // Writes `prompt` and resolves to the line typed, null at the end of input (Ctrl-D), or
    // INTERRUPTED (Ctrl-C).
    read(prompt) {
        if (this.queued.length > 0) return Promise.resolve(this.queued.shift());
        if (this.closed) return Promise.resolve(null);
        return new Promise((resolve) => {
            this.waiting = (line) => {
                if (!this.closed) this.idle();
                resolve(line);
            };
            if (this.editing) process.stdin.setRawMode(true);
            this.rl.setPrompt(prompt);
            this.rl.prompt();
        });
    }

    // Ctrl-C: drops the line being typed, or stops the program that runs.
    interrupt() {
        if (this.waiting) {
            if (this.editing && typeof this.rl.clearLine === 'function') this.rl.clearLine();
            else this.out.write('\n');
            this.deliver(INTERRUPTED);
        } else {
            this.onRunInterrupt?.();
        }
    }

    close() {
        if (!this.closed) this.rl.close();
    }
}

async function repl(args, wasm) {
    const { version } = JSON.parse(fs.readFileSync(packageUrl, 'utf8'));
    const term = new Terminal();
    const output = new Output({ holdLine: term.out === process.stdout && term.editing });
    let session;
    const edge = await createEdge({
        wasm,
        stdout: (text) => output.stdout(text),
        stderr: (text) => output.stderr(text),
        // input(): its prompt is the held unfinished line.
        stdin: async () => {
            const line = await term.read(output.takeLine());
            if (line === INTERRUPTED) session.stop();
            if (line === null) term.reopen(); // Ctrl-D: EOFError, and the prompt goes on
            return line === INTERRUPTED ? null : line;
        },
        maxOutput: args.maxOutput ?? 0,
    });
    session = edge.session();
    term.onRunInterrupt = () => session.stop();
    const runOptions = {
        ...moduleOptions({ ...args, path: '-' }, '<stdin>', output),
        filename: '<stdin>',
        stepBudget: args.steps,
        maxSteps: args.maxSteps,
        timeout: args.timeout,
    };
    process.stderr.write(`Edge Python ${version} (Ctrl-D or exit() to leave)\n`);
    let source = '';
    let block = false;
    let status = 0;
    for (;;) {
        const line = await term.read(output.takeLine() + (source ? '... ' : '>>> '));
        if (line === INTERRUPTED) { // Ctrl-C at the prompt drops what was typed
            output.stderr('KeyboardInterrupt\n');
            source = '';
            block = false;
            continue;
        }
        if (line === null) term.out.write('\n'); // Ctrl-D: what follows starts a line
        if (line === null && !source) break;
        if (line !== null) {
            if (!source && !line.trim()) continue;
            if (!source) block = OPENS_BLOCK.test(line);
            source += line + '\n';
            if (block && line.trim()) continue; // a block goes on to an empty line
        }
        const result = await session.run(source, runOptions);
        const indent = !result.ok && result.error.type === 'IndentationError';
        // Unfinished: an open bracket or string reads on; so does a missing block, until
        // the empty line that ends the statement leaves it missing. At Ctrl-D, it is run.
        if (line !== null && !result.ok && result.error.incomplete && !(block && indent)) {
            block ||= indent;
            continue;
        }
        source = '';
        block = false;
        if (result.ok && result.exited) break; // exit()
        if (result.ok) {
            if (result.value !== null) output.stdout(result.value + '\n');
        } else if (result.error.type === 'KeyboardInterrupt') {
            output.stderr('KeyboardInterrupt\n');
        } else {
            const { type, text, exitStatus } = result.error;
            if (text) output.stderr(text.endsWith('\n') ? text : text + '\n');
            if (type === 'SystemExit') { // exit(n), exit("why")
                status = exitStatus ?? 1;
                break;
            }
        }
        if (line === null) break; // Ctrl-D after an unfinished statement
    }
    output.flush();
    term.close();
    process.exit(status);
}

function readWasm() {
    try {
        return fs.readFileSync(wasmPath);
    } catch {
        fail(`cannot read ${wasmPath instanceof URL ? wasmPath.pathname : wasmPath}: run \`make wasm\` first`);
    }
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    if (args.command === 'run' && args.code === undefined && args.path === undefined) {
        if (process.stdin.isTTY) return repl(args, readWasm());
        args.path = '-'; // `echo 'print(3)' | edge`: the program comes from stdin
    }
    const bundle = args.command === 'run' && args.path?.endsWith('.epy') ? readFile(args.path) : null;
    let { source, filename } = bundle ? {} : readProgram(args);
    const wasm = readWasm();
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
        // Bytes that are not UTF-8 resolve no import: runSync's load reports CPython's
        // SyntaxError before anything runs (for lock and bundle too).
        const text = typeof source === 'string' ? source : utf8(source);
        if (text !== null) {
            source = text;
            const options = moduleOptions(args, filename, output);
            const core = await createResolverCore(edge.module, { stderr: (text) => output.stderr(text) });
            program = await resolveProgram(core, source, filename, options);
            if (!program.ok) return report(output, program);
            if (args.command === 'lock') return lockCommand(program, options);
            if (args.command === 'bundle') return bundleCommand(program, args);
        }
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

// Whatever goes wrong in the host itself (edge.wasm trapped or ran out of memory outside a
// run, say) is an internal error, reported in one line, never as a JavaScript stack.
main().catch((err) => fail(`internal error: ${err?.message ?? err}`, 70));
