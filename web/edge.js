// edge.js — the JavaScript host of edge.wasm (createEdge), for browsers and Node alike.
// It instantiates the standalone module, provides its `env` imports (output, input, clock;
// src/wasm.c, through wasm-abi.js), resolves a program's imports (modules.js) and runs it
// in slices of steps so a long program never freezes the page. It uses no Node-only API.

import { hostCallbacks, stoppedResult } from './callbacks.js';
import { loadProgram, releaseNatives, resolveProgram, resumeProgram, unpackBundle } from './modules.js';
import {
    DONE, ERROR, INPUT_CALLS_HOST, INPUT_WAITS, REQUEST_INPUT, REQUEST_LINE, REQUEST_SLEEP, SUSPENDED, WAITING,
    edgeImports, initVM, memoryBytes, readCString, setTrace, traceState, vmError, withBytes, withCStrings,
} from './wasm-abi.js';

// The output a run may write when options.maxOutput is not given: a page that keeps all of
// it (a console, a notebook cell) stays alive when a program prints in an endless loop.
const DEFAULT_MAX_OUTPUT = 64 << 20;

// The heap cap when options.heapLimit is not given: well below what a wasm32 instance can
// address, so a runaway program meets MemoryError, which it can catch, and not the end of
// the instance's memory, which ends the instance.
const DEFAULT_HEAP_LIMIT = 1 << 30;

/** Steps per slice for run() when no stepBudget is given. */
export const DEFAULT_STEP_BUDGET = 1_000_000;

// runSync() also runs in slices, though it never yields: engines such as V8 cannot move a
// running wasm call onto the optimized code they compile meanwhile, so the interpreter
// loop, entered once for a whole program, would stay on baseline code to the end.
// Re-entering it every slice picks up the optimized code (twice as fast for long runs).
const SYNC_SLICE = 100_000;

// The prompt passed to the stdin callback is what stdout got since its last newline or
// the last input line (whose newline a terminal would have echoed): what input(prompt)
// wrote, usually. Only its end is kept.
const PROMPT_MAX = 1000;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

// The text of a program given as a string or as bytes (a file's contents, say), or null for
// bytes that are not UTF-8: those go to the front end as they are, which reports CPython's
// SyntaxError ("Non-UTF-8 code starting with ...") before anything runs. A Buffer is bytes
// too: String() would decode it, turning the bad bytes into U+FFFD, and run it.
function sourceText(source) {
    if (!(source instanceof Uint8Array)) return String(source);
    try {
        return strictDecoder.decode(source);
    } catch {
        return null;
    }
}

/**
 * Creates an Edge Python interpreter.
 *
 * options.wasm    where edge.wasm comes from: a URL or URL string (fetched), an ArrayBuffer,
 *                 a typed array, or a WebAssembly.Module. Default: ../build/wasm/edge.wasm
 *                 next to this file. Node cannot fetch file: URLs: the package's Node entry
 *                 (node.js) reads them from disk; this module needs the bytes.
 * options.stdout  called with each chunk of text the program writes to stdout, exactly as
 *                 written (no line buffering). Default: console.log, line by line.
 * options.stderr  the same for stderr (default: console.error, line by line).
 * options.stdin   stdin(prompt) returns the next input line (the newline optional) or null
 *                 at end of input, where input() raises EOFError; in run() it may also
 *                 return a promise of one. `prompt` is the unfinished line of stdout.
 *                 `input` is another name for it. Default: always null.
 * options.maxDepth   Python call depth before RecursionError (default 1000).
 * options.heapLimit  bytes of live heap before MemoryError (default 1 GiB; 0: no limit,
 *                    and a program that fills the 2 GiB memory ends the instance).
 * options.maxSteps   steps a run may take before it ends with TimeoutError (default: no
 *                    limit); a run's own maxSteps option overrides it.
 * options.maxOutput  bytes of output (stdout and stderr) a run may write before it ends
 *                    with OSError (default 64 MiB; 0: no limit); a run's own overrides it.
 * options.baseUrl, importMap, fetch, cache, lock, standardModules: how imports resolve
 *                    (resolveProgram in modules.js), for every run; a run's own override
 *                    them.
 *
 * Resolves to { run, runSync, runBundle, session, stop, memoryBytes, module }. One instance runs one program at a
 * time and any number of programs one after another; run() calls queue up.
 */
export async function createEdge(options = {}) {
    const module = await compileWasm(options.wasm);
    const runs = new Set(); // the runs of the instance and of its sessions, queued or running
    const host = new Host(module, options, runs, INPUT_WAITS);
    await host.start();
    return {
        module,
        run: (source, opts) => host.enqueue(source, opts),
        runSync: (source, opts) => host.runSync(source, opts),
        runBundle: async (bytes, opts = {}) => {
            const program = await unpackBundle(bytes, { warn: host.stderr, integrity: opts.integrity });
            return host.enqueue(program.source, { ...opts, filename: program.filename, program });
        },
        session: () => {
            const cells = new Host(module, options, runs, INPUT_WAITS, true);
            return {
                run: (source, opts) => cells.enqueue(source, opts),
                reset: () => cells.reset(),
                stop: () => cells.stop(),
            };
        },
        stop: () => stopRuns(runs, () => true),
        // The size of the instance's memory in bytes: WebAssembly memory only grows, so this
        // is the most the instance has ever needed.
        memoryBytes: () => host.exports?.memory.buffer.byteLength ?? 0,
    };
}

/**
 * Compiles edge.wasm from any of the forms options.wasm takes (default: the package's own),
 * so several instances (or workers) can share one compiled module.
 */
export async function compileWasm(wasm = new URL('../build/wasm/edge.wasm', import.meta.url)) {
    if (wasm instanceof WebAssembly.Module) return wasm;
    if (wasm instanceof ArrayBuffer || ArrayBuffer.isView(wasm)) return WebAssembly.compile(wasm);
    if (typeof wasm === 'string' || wasm instanceof URL) {
        const url = new URL(wasm, typeof location !== 'undefined' ? location.href : import.meta.url);
        let response;
        try {
            response = await fetch(url);
        } catch (err) {
            if (url.protocol === 'file:') {
                throw new Error(`cannot fetch ${url.href} here: pass the bytes instead, ` +
                    'e.g. createEdge({ wasm: fs.readFileSync(url) })', { cause: err });
            }
            throw err;
        }
        if (!response.ok) {
            throw new Error(`cannot load ${url.href}: HTTP ${response.status} ` +
                '(a bundler may not have copied edge.wasm: pass options.wasm)');
        }
        const type = response.headers.get('content-type') || '';
        if (WebAssembly.compileStreaming && type.startsWith('application/wasm')) {
            return WebAssembly.compileStreaming(response);
        }
        return WebAssembly.compile(await response.arrayBuffer());
    }
    throw new TypeError('options.wasm must be a URL, a string, bytes or a WebAssembly.Module');
}

// Stops the queued and running runs that `which` picks: each ends at its next slice
// boundary, or at once when it waits for input.
function stopRuns(runs, which) {
    for (const run of runs) {
        if (!which(run)) continue;
        run.stopped = true;
        run.wake?.();
    }
}

// Lets the event loop run pending tasks (timers, I/O, rendering) before the next slice.
const yieldToEventLoop = (() => {
    if (typeof setImmediate === 'function') return () => new Promise((r) => setImmediate(r));
    if (typeof MessageChannel === 'function') {
        const channel = new MessageChannel();
        const waiting = [];
        channel.port1.onmessage = () => waiting.shift()();
        return () => new Promise((r) => {
            waiting.push(r);
            channel.port2.postMessage(0);
        });
    }
    return () => new Promise((r) => setTimeout(r, 0));
})();

// Milliseconds since the epoch, as precisely as the platform tells: time.time() reads it
// (through host_clock), and so do the deadlines of timeouts.
const now = typeof performance !== 'undefined' && performance.timeOrigin
    ? () => performance.timeOrigin + performance.now()
    : () => Date.now();

// One wasm instance and its VM. An instance created by createEdge runs programs with fresh
// globals each; a session's instance (session = true) keeps its globals between runs.
class Host {
    constructor(module, options, runs, flags, session = false) {
        this.module = module;
        this.options = options;
        this.runs = runs;
        this.flags = flags; // the edge_init flags of the current VM
        this.session = session;
        Object.assign(this, hostCallbacks(options)); // stdout, stderr, stdin
        this.exports = null;
        this.prompt = '';
        this.queue = Promise.resolve();
        this.pending = 0; // run() calls queued or running
        this.busy = false; // a program is loaded and not finished
    }

    imports() {
        return edgeImports(this.module, this.envImports(), () => this.exports,
            (fd, text) => (fd === 2 ? this.stderr : this.stdout)(text));
    }

    // Creates the wasm instance and its VM.
    async start() {
        this.setup(await WebAssembly.instantiate(this.module, this.imports()));
    }

    // Replaces the instance after a trap, since a trapped instance may have stopped half-way
    // through changing its memory (a session's globals are lost with it). Browsers may refuse
    // to instantiate synchronously on the main thread: then the next run() does it.
    restart() {
        this.exports = null;
        try {
            this.setup(new WebAssembly.Instance(this.module, this.imports()));
        } catch {
            this.exports = null;
        }
    }

    setup(instance) {
        this.exports = instance.exports;
        this.exports._initialize();
        this.decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
        this.pendingLine = null;
        this.init(this.flags);
    }

    // (Re)creates the VM with the given flags. Between programs a VM holds nothing worth
    // keeping, except a session's globals: sessions never change their flags.
    init(flags) {
        initVM(this.exports, this.options.maxDepth ?? 0, this.options.heapLimit ?? DEFAULT_HEAP_LIMIT, flags);
        this.flags = flags;
    }

    // host_write, host_read_line and host_clock (src/wasm.c).
    envImports() {
        return {
            host_write: (stream, ptr, len) => {
                const text = this.decoders[stream === 2 ? 2 : 1].decode(memoryBytes(this.exports, ptr, len), { stream: true });
                if (!text) return;
                if (stream === 2) return this.stderr(text);
                const nl = text.lastIndexOf('\n');
                this.prompt = (nl < 0 ? this.prompt + text : text.slice(nl + 1)).slice(-PROMPT_MAX);
                this.stdout(text);
            },
            host_read_line: (buf, cap) => {
                if (this.pendingLine === null) {
                    const line = this.stdin(this.prompt);
                    if (typeof line?.then === 'function') {
                        throw new TypeError('edge: runSync() needs a stdin callback that returns a string; use run()');
                    }
                    if (line === null || line === undefined) return -1;
                    this.pendingLine = encoder.encode(chomp(line));
                    this.prompt = '';
                }
                const line = this.pendingLine;
                // A line longer than the buffer stays pending: the module asks again with
                // a buffer of line.length bytes.
                if (line.length <= cap) {
                    memoryBytes(this.exports, buf, line.length).set(line);
                    this.pendingLine = null;
                }
                return line.length;
            },
            host_clock: () => now() / 1000,
        };
    }

    // Calls into the module; a trap (a bug in the interpreter, an exhausted native stack)
    // leaves the instance unusable, so it is replaced before the error propagates.
    guarded(fn) {
        try {
            return fn();
        } catch (err) {
            this.restart();
            throw err;
        }
    }

    load(source, filename) {
        const e = this.exports;
        const load = this.session ? e.edge_load_session_source : e.edge_load_source;
        this.prompt = '';
        return withBytes(e, source, (src, len) => withCStrings(e, [filename], (name) => load(src, len, name)));
    }

    // Answers input(): a line, or null for the end of input.
    provideInput(line) {
        const e = this.exports;
        this.prompt = '';
        if (line === null || line === undefined) return e.edge_provide_input(0, -1);
        withBytes(e, chomp(line), (ptr, len) => e.edge_provide_input(ptr, len));
    }

    // Flushes the stream decoders so bytes of an incomplete character are not carried over
    // into the next program's output.
    flush() {
        for (const stream of [1, 2]) {
            const rest = this.decoders[stream].decode();
            if (rest) (stream === 2 ? this.stderr : this.stdout)(rest);
        }
        this.stdout.flush?.();
        this.stderr.flush?.();
        this.pendingLine = null;
    }

    result(status) {
        this.flush();
        const e = this.exports;
        if (status === DONE) {
            // exit() and exit(0) end a program normally; a REPL leaves then.
            const exited = readCString(e, e.edge_error_type()) === 'SystemExit' ? { exited: true } : {};
            if (!this.session) return { ok: true, ...exited };
            const repr = e.edge_last_value_repr();
            return { ok: true, value: repr ? readCString(e, repr) : null, ...exited };
        }
        const error = vmError(e);
        // A syntax error only because the source ended too soon: a REPL reads on.
        if (e.edge_error_incomplete()) error.incomplete = true;
        // exit(3) and sys.exit("why"): what a command line exits with.
        if (error.type === 'SystemExit') error.exitStatus = e.edge_error_exit_status();
        return { ok: false, error };
    }

    // Ends the paused program that stop() ended: a KeyboardInterrupt whose traceback names
    // the line each frame was at (the stopped result with no traceback if it had ended).
    interrupt(filename) {
        const e = this.exports;
        const status = this.guarded(() => withCStrings(e, ['stopped'], (message) => e.edge_interrupt(message)));
        return status === ERROR ? this.result(status) : stoppedResult(filename);
    }

    // The run's limits live in the VM, which checks them even where a slice cannot end
    // (an endless generator under sum()): steps in all, and the deadline (ms of running,
    // not of waiting, so it moves on after each wait).
    setLimits(opts, deadline) {
        const maxSteps = opts.maxSteps ?? this.options.maxSteps ?? 0;
        const maxOutput = opts.maxOutput ?? this.options.maxOutput ?? DEFAULT_MAX_OUTPUT;
        const timeout = opts.timeout ?? 0;
        this.exports.edge_set_limits(maxSteps, deadline === Infinity ? 0 : deadline / 1000, timeout, maxOutput);
    }

    // The run loop of run() and runSync(), written once. It creates the VM with `flags` if
    // it has others, registers the program's modules, loads `source`, sets the run's limits
    // and resumes it in slices of `slice` steps until it ends, returning its result. After
    // a slice it yields SUSPENDED, and WAITING when the program waits (input(), a
    // time.sleep()): how its driver goes on is all the two runs do differently. A run that
    // `run` stopped or `signal` aborted while it was yielded ends there.
    *runLoop(source, program, opts, flags, slice, run = null, signal = undefined) {
        const filename = opts.filename ?? 'main.py';
        let status = this.guarded(() => {
            if (this.flags !== flags) this.init(flags);
            return loadProgram(this, program, () => this.load(source, filename));
        });
        if (status !== DONE) return typeof status === 'object' ? status : this.result(status);
        let deadline = opts.timeout !== undefined ? now() + opts.timeout : Infinity;
        this.setLimits(opts, deadline);
        if (opts.trace) this.guarded(() => setTrace(this.exports, opts.trace.mode ?? 'into', opts.trace.breakpoints ?? []));
        for (;;) {
            status = this.guarded(() => resumeProgram(this, slice));
            if (status === WAITING) {
                const waited = now();
                yield WAITING;
                deadline += now() - waited;
                this.setLimits(opts, deadline);
            } else if (status === SUSPENDED) {
                yield SUSPENDED;
            } else {
                const result = this.result(status);
                // A stepped run ends showing its globals as they were left.
                if (opts.trace) result.trace = traceState(this.exports);
                return result;
            }
            if (run?.stopped) {
                this.flush();
                return this.interrupt(filename);
            }
            if (signal?.aborted) {
                this.flush();
                throw signal.reason;
            }
        }
    }

    // runSync(source, { filename, stepBudget, timeout, maxSteps, program }): runs to the end
    // without yielding, in slices of stepBudget steps (default SYNC_SLICE); input() calls
    // the stdin callback through host_read_line, and time.sleep() blocks. Past its timeout
    // (ms of running, not of sleeping) or maxSteps steps, the program ends with a
    // TimeoutError.
    runSync(source, opts = {}) {
        if (this.busy || this.pending > 0) throw new Error('edge: a program is already running on this instance');
        if (!this.exports) this.restart();
        if (!this.exports) throw new Error('edge: the instance is being replaced after a crash; use run()');
        this.busy = true;
        try {
            const loop = this.runLoop(sourceText(source) ?? source, opts.program, opts, INPUT_CALLS_HOST, opts.stepBudget ?? SYNC_SLICE);
            for (;;) {
                const { done, value } = loop.next();
                if (done) return value;
                if (value === WAITING) this.waitSync(opts.trace);
            }
        } finally {
            this.endProgram();
        }
    }

    // After a run: the program's native instances go, so their memories can be freed (a
    // session keeps them, as it keeps its globals, until reset()).
    endProgram() {
        this.busy = false;
        if (!this.session) releaseNatives(this);
    }

    enqueue(source, opts = {}) {
        const run = { host: this, stopped: false, wake: null };
        this.runs.add(run);
        this.pending++;
        const next = this.queue.then(() => this.runAsync(source, opts, run)).finally(() => {
            this.pending--;
            this.runs.delete(run);
        });
        this.queue = next.catch(() => {});
        return next;
    }

    stop() {
        stopRuns(this.runs, (run) => run.host === this);
    }

    // Forgets a session's globals, and the instances of the native modules it imported,
    // once the runs queued before have ended.
    reset() {
        const next = this.queue.then(() => {
            this.exports?.edge_reset_session();
            releaseNatives(this);
        });
        this.queue = next.catch(() => {});
        return next;
    }

    // run(source, { filename, stepBudget, timeout, maxSteps, signal, program, ... }):
    // resolves the program's imports, then runs it in slices of stepBudget steps, letting
    // the event loop run between slices, and awaits the stdin callback when input() waits
    // for a line, or a timer when time.sleep() waits. stop() ends it with a
    // KeyboardInterrupt result, an aborted signal rejects with its reason, and a timeout
    // (ms of running, not of waiting) or maxSteps resolves to a TimeoutError result.
    async runAsync(source, opts, run) {
        const filename = opts.filename ?? 'main.py';
        const { signal } = opts;
        signal?.throwIfAborted();
        if (run.stopped) return stoppedResult(filename);
        this.busy = true;
        try {
            if (!this.exports) await this.start();
            const text = sourceText(source);
            const program = opts.program ?? (text === null ? null : await this.resolve(text, filename, opts));
            if (program?.ok === false) return program;
            const loop = this.runLoop(text ?? source, program, opts, INPUT_WAITS, opts.stepBudget ?? DEFAULT_STEP_BUDGET, run, signal);
            for (;;) {
                const { done, value } = loop.next();
                if (done) return value;
                await (value === WAITING ? this.wait(run, signal, opts.trace) : yieldToEventLoop());
            }
        } finally {
            this.endProgram();
        }
    }

    // Resolves a program's imports on this instance, whose VM lists them: a trap there
    // (edge.wasm out of memory) replaces the instance, as a trap in a run does.
    async resolve(text, filename, opts) {
        try {
            return await resolveProgram(this, text, filename, { ...this.options, ...opts });
        } catch (err) {
            if (err instanceof WebAssembly.RuntimeError) this.restart();
            throw err;
        }
    }

    // Does what the waiting program asks: awaits the stdin callback's line for input(), the
    // end of a time.sleep(), or the next step of a stepped run (trace.pause). A stop or an
    // abort ends the wait at once.
    async wait(run, signal, trace) {
        const request = this.exports.edge_request();
        let wake;
        const interrupted = new Promise((resolve) => { wake = resolve; });
        run.wake = wake;
        signal?.addEventListener('abort', wake);
        let timer;
        try {
            if (request === REQUEST_INPUT) {
                this.stdout.flush?.(); // the console shows the prompt before the program waits
                const line = await Promise.race([Promise.resolve().then(() => this.stdin(this.prompt)), interrupted]);
                if (!run.stopped && !signal?.aborted) this.guarded(() => this.provideInput(line));
            } else if (request === REQUEST_SLEEP) {
                // A timer may fire a little before the clock the program reads says it is
                // due: wait again for what is left, so time.sleep(t) never returns early.
                const end = now() + this.exports.edge_request_seconds() * 1000;
                let stopped = false;
                interrupted.then(() => { stopped = true; });
                while (!stopped && now() < end) {
                    await Promise.race([new Promise((resolve) => { timer = setTimeout(resolve, end - now()); }), interrupted]);
                    clearTimeout(timer);
                }
            } else if (request === REQUEST_LINE) {
                this.stdout.flush?.(); // the output so far shows beside the paused program
                const state = traceState(this.exports);
                const next = await Promise.race([Promise.resolve().then(() => trace.pause(state)), interrupted]);
                if (!run.stopped && !signal?.aborted) this.guarded(() => this.step(next));
            } else {
                throw new Error(`edge.wasm waits for an unknown request (${request})`);
            }
        } finally {
            clearTimeout(timer);
            run.wake = null;
            signal?.removeEventListener('abort', wake);
        }
    }

    // runSync's wait: a time.sleep() blocks (input() calls host_read_line instead), and a
    // stepped run asks trace.pause, which must answer at once.
    waitSync(trace) {
        const request = this.exports.edge_request();
        if (request === REQUEST_SLEEP) sleepSync(this.exports.edge_request_seconds() * 1000);
        if (request === REQUEST_LINE) {
            const next = trace.pause(traceState(this.exports));
            if (typeof next?.then === 'function') {
                throw new TypeError('edge: runSync() needs a trace.pause that returns the next step; use run()');
            }
            this.step(next);
        }
    }

    // Sets where a paused stepped run pauses next: a mode ('into', 'over', 'out',
    // 'continue', 'off'), or { mode, breakpoints } to change the breakpoints too.
    step(next) {
        const { mode, breakpoints } = typeof next === 'string' || next == null ? { mode: next ?? 'off' } : next;
        setTrace(this.exports, mode ?? 'into', breakpoints);
    }
}

// Blocks for `ms`: with Atomics.wait where the thread may block (Node, workers), else by
// spinning (a page's main thread, where runSync blocks anyway).
function sleepSync(ms) {
    const end = now() + ms;
    try {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    } catch {
        // no SharedArrayBuffer, or a thread that may not wait
    }
    while (now() < end) {
        // spin
    }
}

// A line without its line ending.
function chomp(line) {
    line = String(line);
    if (line.endsWith('\n')) line = line.slice(0, line.endsWith('\r\n') ? -2 : -1);
    return line;
}
