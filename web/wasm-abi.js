// wasm-abi.js — edge.wasm's interface as JavaScript sees it (the contract is the comment at
// the top of src/wasm.c): its status, request and flag numbers, the imports an instance is
// created with, strings and bytes copied into and out of its memory, and the error the VM
// reported last. Every other file of the host reaches edge.wasm's memory through these.

/** What edge_resume_steps (and the loads and registrations) return. */
export const DONE = 0;
export const SUSPENDED = 1; // the step budget ran out: resume again
export const ERROR = 2; // the VM holds the error (vmError)
export const WAITING = 3; // the program waits for what edge_request() says

/** What a program that returned WAITING waits for (edge_request()). */
export const REQUEST_INPUT = 1; // a line for input(), given with edge_provide_input
export const REQUEST_SLEEP = 2; // the end of time.sleep(edge_request_seconds())
export const REQUEST_LINE = 3; // the host's next step: a trace paused at a line event

/** edge_trace's modes, by the names a run's `trace` option gives them. */
export const TRACE_MODES = { off: 0, into: 1, over: 2, out: 3, continue: 4 };

/**
 * edge_init's flags: how input() gets its line. INPUT_CALLS_HOST calls host_read_line,
 * which works inside nested calls too (a lambda given to map()) but cannot wait;
 * INPUT_WAITS pauses the VM (WAITING) until the host answers, as an asynchronous stdin
 * callback needs.
 */
export const INPUT_CALLS_HOST = 0;
export const INPUT_WAITS = 1;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The imports of an instance of edge.wasm (`module`). `env` gives the three host functions
 * (host_write, host_read_line, host_clock); Emscripten's memory-growth notice needs nothing,
 * since views of the memory are made afresh on every access. libc reaches WASI only on its
 * fatal paths: abort() writes its message to fd 2 (given to print(fd, text), read from the
 * memory of exports()), then calls proc_exit, which traps. Other WASI calls answer ENOSYS.
 */
export function edgeImports(module, env, exports, print = () => {}) {
    const wasi = {};
    for (const imp of WebAssembly.Module.imports(module)) {
        if (imp.module === 'wasi_snapshot_preview1' && imp.kind === 'function') wasi[imp.name] = () => 52;
    }
    wasi.proc_exit = (code) => {
        throw new WebAssembly.RuntimeError(`edge.wasm exited (status ${code})`);
    };
    wasi.fd_write = (fd, iovs, iovsLen, nwritten) => {
        const e = exports();
        const view = new DataView(e.memory.buffer);
        let total = 0;
        for (let i = 0; i < iovsLen; i++) {
            const ptr = view.getUint32(iovs + i * 8, true);
            const len = view.getUint32(iovs + i * 8 + 4, true);
            print(fd, decoder.decode(memoryBytes(e, ptr, len)));
            total += len;
        }
        view.setUint32(nwritten, total, true);
        return 0;
    };
    return { env: { ...env, emscripten_notify_memory_growth() {} }, wasi_snapshot_preview1: wasi };
}

/**
 * Creates the VM of an instance (again: a new VM replaces the old one), with the Python
 * call depth before RecursionError (0: the default), the bytes of live heap before
 * MemoryError (0: no limit) and the flags above.
 */
export function initVM(exports, maxDepth, heapLimit, flags) {
    if (exports.edge_init(maxDepth, heapLimit, flags) !== 0) {
        throw new Error('edge.wasm: out of memory creating the VM');
    }
}

/** A view of `len` bytes of the instance's memory at `ptr` (valid until it grows). */
export function memoryBytes(exports, ptr, len) {
    return new Uint8Array(exports.memory.buffer, ptr, len);
}

/** The NUL-terminated UTF-8 string at `ptr`. */
export function readCString(exports, ptr) {
    const mem = new Uint8Array(exports.memory.buffer);
    let end = ptr;
    while (mem[end] !== 0) end++;
    return decoder.decode(mem.subarray(ptr, end));
}

/** Calls fn with a pointer to each of `strings`, copied in NUL-terminated, freed afterwards. */
export function withCStrings(exports, strings, fn) {
    const ptrs = [];
    try {
        for (const s of strings) {
            const bytes = encoder.encode(String(s) + '\0');
            const ptr = exports.edge_alloc(bytes.length);
            ptrs.push(ptr);
            memoryBytes(exports, ptr, bytes.length).set(bytes);
        }
        return fn(...ptrs);
    } finally {
        for (const ptr of ptrs) exports.edge_free(ptr);
    }
}

/**
 * Calls fn(ptr, len) with a copy of `bytes` (or of a string, as UTF-8) in the instance's
 * memory, freed afterwards.
 */
export function withBytes(exports, bytes, fn) {
    if (!(bytes instanceof Uint8Array)) bytes = encoder.encode(String(bytes));
    const ptr = exports.edge_alloc(bytes.length);
    try {
        memoryBytes(exports, ptr, bytes.length).set(bytes);
        return fn(ptr, bytes.length);
    } finally {
        exports.edge_free(ptr);
    }
}

/**
 * Sets a trace (edge_trace): where the run pauses next (a TRACE_MODES name), and, when
 * `breakpoints` is given, the lines where it pauses whatever the mode.
 */
export function setTrace(exports, mode, breakpoints) {
    const code = TRACE_MODES[mode];
    if (code === undefined) throw new TypeError(`edge: unknown step '${mode}' (into, over, out, continue or off)`);
    if (breakpoints) {
        const lines = Int32Array.from(breakpoints, (n) => Number(n) | 0);
        withBytes(exports, new Uint8Array(lines.buffer), (ptr) => exports.edge_trace_breakpoints(ptr, lines.length));
    }
    if (exports.edge_trace(code) !== 0) throw new Error('edge.wasm: out of memory setting a trace');
}

/** Where the paused (or ended) program is: edge_trace_state's JSON, parsed; null if none. */
export function traceState(exports) {
    const ptr = exports.edge_trace_state();
    return ptr ? JSON.parse(readCString(exports, ptr)) : null;
}

/**
 * The error the VM reported last (edge_error_*), as results carry it:
 * { type, message, filename, line, col, text }.
 */
export function vmError(exports) {
    return {
        type: readCString(exports, exports.edge_error_type()),
        message: readCString(exports, exports.edge_error_message()),
        filename: readCString(exports, exports.edge_error_filename()),
        line: exports.edge_error_line(),
        col: exports.edge_error_col(),
        text: readCString(exports, exports.edge_error_text()),
    };
}
