// edge.js — the JavaScript host of edge.wasm, one ES module for browsers and Node alike.
// It instantiates the standalone module, provides its `env` imports (output, input, clock;
// see the comment at the top of src/wasm.c) and runs programs in slices of steps so a
// long program never freezes the page. It uses no Node-only API.

const DONE = 0;
const SUSPENDED = 1;
const ERROR = 2;

/** Steps per slice for run() when no stepBudget is given. */
export const DEFAULT_STEP_BUDGET = 1_000_000;

// runSync() also runs in slices, though it never yields: engines such as V8 cannot move a
// running wasm call onto the optimized code they compile meanwhile, so the interpreter
// loop, entered once for a whole program, would stay on baseline code to the end.
// Re-entering it every slice picks up the optimized code (twice as fast for long runs).
const SYNC_SLICE = 100_000;

const encoder = new TextEncoder();

/**
 * Creates an Edge Python interpreter.
 *
 * options.wasm    where edge.wasm comes from: a URL or URL string (fetched), an ArrayBuffer,
 *                 a typed array, or a WebAssembly.Module. Default: ../build/wasm/edge.wasm
 *                 next to this file. Node cannot fetch file: URLs, so Node hosts pass the
 *                 bytes (fs.readFileSync(url)) or a compiled module.
 * options.stdout  called with each chunk of text the program writes to stdout, exactly as
 *                 written (no line buffering). Default: console.log, line by line.
 * options.stderr  the same for stderr (default: console.error, line by line).
 * options.stdin   returns the next input line (the newline optional) or null at end of
 *                 input; input() raises EOFError then. Default: always null.
 * options.maxDepth   Python call depth before RecursionError (default 1000).
 * options.heapLimit  bytes of heap before MemoryError (default: no limit).
 *
 * Resolves to { run, runSync, module }. One instance runs one program at a time and any
 * number of programs one after another; run() calls queue up.
 */
export async function createEdge(options = {}) {
    const module = await compileWasm(options.wasm ?? new URL('../build/wasm/edge.wasm', import.meta.url));
    const host = new Host(module, options);
    await host.start();
    return {
        module,
        run: (source, opts) => host.enqueue(source, opts),
        runSync: (source, opts) => host.runSync(source, opts),
    };
}

async function compileWasm(wasm) {
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
        if (!response.ok) throw new Error(`cannot load ${url.href}: HTTP ${response.status}`);
        const type = response.headers.get('content-type') || '';
        if (WebAssembly.compileStreaming && type.startsWith('application/wasm')) {
            return WebAssembly.compileStreaming(response);
        }
        return WebAssembly.compile(await response.arrayBuffer());
    }
    throw new TypeError('options.wasm must be a URL, a string, bytes or a WebAssembly.Module');
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

// The console prints whole lines only, so the default writers gather a line before
// printing it; the rest is printed when a program ends. Callbacks get the exact chunks.
function consoleWriter(print) {
    let partial = '';
    const write = (text) => {
        const lines = (partial + text).split('\n');
        partial = lines.pop();
        for (const line of lines) print(line);
    };
    write.flush = () => {
        if (partial) print(partial);
        partial = '';
    };
    return write;
}

const now = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

class Host {
    constructor(module, options) {
        this.module = module;
        this.options = options;
        this.stdout = options.stdout ?? consoleWriter((line) => console.log(line));
        this.stderr = options.stderr ?? consoleWriter((line) => console.error(line));
        this.stdin = options.stdin ?? (() => null);
        this.queue = Promise.resolve();
        this.pending = 0; // run() calls queued or running
        this.busy = false; // a program is loaded and not finished
    }

    imports() {
        return { env: this.envImports(), wasi_snapshot_preview1: this.wasiImports() };
    }

    // Creates the wasm instance and its VM.
    async start() {
        this.setup(await WebAssembly.instantiate(this.module, this.imports()));
    }

    // Replaces the instance after a trap, since a trapped instance may have stopped half-way
    // through changing its memory. Browsers may refuse to instantiate synchronously on the
    // main thread: then the next run() instantiates asynchronously.
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
        this.exports._initialize?.();
        const maxDepth = this.options.maxDepth ?? 0;
        const heapLimit = this.options.heapLimit ?? 0;
        if (this.exports.edge_init(maxDepth, heapLimit) !== 0) {
            throw new Error('edge.wasm: out of memory creating the VM');
        }
        this.decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
        this.pendingLine = null;
    }

    bytes(ptr, len) {
        return new Uint8Array(this.exports.memory.buffer, ptr, len);
    }

    cstring(ptr) {
        const mem = new Uint8Array(this.exports.memory.buffer);
        let end = ptr;
        while (mem[end] !== 0) end++;
        return new TextDecoder().decode(mem.subarray(ptr, end));
    }

    envImports() {
        return {
            host_write: (stream, ptr, len) => {
                const text = this.decoders[stream === 2 ? 2 : 1].decode(this.bytes(ptr, len), { stream: true });
                if (text) (stream === 2 ? this.stderr : this.stdout)(text);
            },
            host_read_line: (buf, cap) => {
                if (this.pendingLine === null) {
                    let line = this.stdin();
                    if (line === null || line === undefined) return -1;
                    line = String(line);
                    if (line.endsWith('\n')) line = line.slice(0, line.endsWith('\r\n') ? -2 : -1);
                    this.pendingLine = encoder.encode(line);
                }
                const line = this.pendingLine;
                // A line longer than the buffer stays pending: the module asks again with
                // a buffer of line.length bytes.
                if (line.length <= cap) {
                    this.bytes(buf, line.length).set(line);
                    this.pendingLine = null;
                }
                return line.length;
            },
            host_clock: () => now() / 1000,
            // Emscripten reports memory growth; views are made afresh on every access.
            emscripten_notify_memory_growth: () => {},
        };
    }

    // libc reaches WASI only on fatal paths (abort() calls proc_exit after printing to fd 2).
    // Everything else WASI offers is reported as unsupported (ENOSYS).
    wasiImports() {
        const stubs = {};
        for (const imp of WebAssembly.Module.imports(this.module)) {
            if (imp.module === 'wasi_snapshot_preview1' && imp.kind === 'function') {
                stubs[imp.name] = () => 52;
            }
        }
        stubs.proc_exit = (code) => {
            throw new WebAssembly.RuntimeError(`edge.wasm exited (status ${code})`);
        };
        stubs.fd_write = (fd, iovs, iovsLen, nwritten) => {
            const view = new DataView(this.exports.memory.buffer);
            let total = 0;
            for (let i = 0; i < iovsLen; i++) {
                const ptr = view.getUint32(iovs + i * 8, true);
                const len = view.getUint32(iovs + i * 8 + 4, true);
                const text = new TextDecoder().decode(this.bytes(ptr, len));
                (fd === 2 ? this.stderr : this.stdout)(text);
                total += len;
            }
            view.setUint32(nwritten, total, true);
            return 0;
        };
        return stubs;
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
        const src = encoder.encode(String(source));
        const name = encoder.encode(String(filename) + '\0');
        const e = this.exports;
        const srcPtr = e.edge_alloc(src.length);
        const namePtr = e.edge_alloc(name.length);
        try {
            this.bytes(srcPtr, src.length).set(src);
            this.bytes(namePtr, name.length).set(name);
            return e.edge_load_source(srcPtr, src.length, namePtr);
        } finally {
            e.edge_free(namePtr);
            e.edge_free(srcPtr);
        }
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
    }

    result(status) {
        this.flush();
        this.pendingLine = null;
        if (status === DONE) return { ok: true };
        const e = this.exports;
        return {
            ok: false,
            error: {
                type: this.cstring(e.edge_error_type()),
                message: this.cstring(e.edge_error_message()),
                filename: this.cstring(e.edge_error_filename()),
                line: e.edge_error_line(),
                col: e.edge_error_col(),
                text: this.cstring(e.edge_error_text()),
            },
        };
    }

    timeoutResult(filename, ms) {
        this.flush();
        this.pendingLine = null;
        const message = `program ran longer than ${ms} ms`;
        return {
            ok: false,
            error: { type: 'TimeoutError', message, filename, line: 0, col: 0, text: `TimeoutError: ${message}` },
        };
    }

    // runSync(source, { filename, stepBudget, timeout }): runs to the end without yielding,
    // in slices of stepBudget steps (default SYNC_SLICE). With a timeout (ms) it gives up
    // between two slices once the time is over, returning a TimeoutError.
    runSync(source, opts = {}) {
        if (this.busy || this.pending > 0) throw new Error('edge: a program is already running on this instance');
        const filename = opts.filename ?? 'main.py';
        const timeout = opts.timeout;
        const slice = opts.stepBudget ?? SYNC_SLICE;
        if (!this.exports) this.restart();
        if (!this.exports) throw new Error('edge: the instance is being replaced after a crash; use run()');
        this.busy = true;
        try {
            return this.guarded(() => {
                let status = this.load(source, filename);
                if (status !== DONE) return this.result(status);
                const deadline = timeout !== undefined ? now() + timeout : Infinity;
                do {
                    status = this.exports.edge_resume_steps(slice);
                    if (status === SUSPENDED && now() > deadline) return this.timeoutResult(filename, timeout);
                } while (status === SUSPENDED);
                return this.result(status);
            });
        } finally {
            this.busy = false;
        }
    }

    enqueue(source, opts) {
        this.pending++;
        const next = this.queue.then(() => this.runAsync(source, opts)).finally(() => this.pending--);
        this.queue = next.catch(() => {});
        return next;
    }

    // run(source, { filename, stepBudget, timeout, signal }): runs in slices of stepBudget
    // steps, letting the event loop run between slices. An aborted signal rejects with its
    // reason; a timeout (ms) resolves to a TimeoutError result.
    async runAsync(source, opts = {}) {
        const filename = opts.filename ?? 'main.py';
        const slice = opts.stepBudget ?? DEFAULT_STEP_BUDGET;
        const { timeout, signal } = opts;
        signal?.throwIfAborted();
        this.busy = true;
        try {
            if (!this.exports) await this.start();
            let status = this.guarded(() => this.load(source, filename));
            if (status !== DONE) return this.result(status);
            const deadline = timeout !== undefined ? now() + timeout : Infinity;
            for (;;) {
                status = this.guarded(() => this.exports.edge_resume_steps(slice));
                if (status !== SUSPENDED) return this.result(status);
                if (now() > deadline) return this.timeoutResult(filename, timeout);
                await yieldToEventLoop();
                if (signal?.aborted) {
                    this.flush();
                    throw signal.reason;
                }
            }
        } finally {
            this.busy = false;
        }
    }
}
