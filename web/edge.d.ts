// edge.d.ts — types of the package's public API: createEdge (edge.js, node.js), and the
// types createEdgeWorker (worker.d.ts) and runScripts (auto.d.ts) share with it.

/** Where edge.wasm comes from: a URL (fetched; in Node a file: URL or a path is read from
 * disk), its bytes, or a module compiled before. */
export type WasmSource = URL | string | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

export interface EdgeOptions extends ModuleOptions {
    /** Default: the package's build/wasm/edge.wasm, found next to the module. */
    wasm?: WasmSource;
    /** Each chunk the program writes to stdout, exactly as written. Default: the console,
     * line by line. */
    stdout?: (text: string) => void;
    /** The same for stderr. */
    stderr?: (text: string) => void;
    /**
     * The next line for input() (its newline optional), or null at end of input, where
     * input() raises EOFError. run() also accepts a promise of one; runSync() needs the
     * line at once. `prompt` is the unfinished last line of stdout: what input(prompt)
     * wrote. Default: always null.
     */
    stdin?: (prompt: string) => string | null | undefined | Promise<string | null | undefined>;
    /** Another name for stdin. */
    input?: EdgeOptions['stdin'];
    /** Python call depth before RecursionError (default 1000). */
    maxDepth?: number;
    /** Bytes of live heap before MemoryError (default 1 GiB; 0: no limit). */
    heapLimit?: number;
    /** Steps (calls and loop turns) a run may take before it ends with a TimeoutError that no
     * except clause catches (default: no limit; a run's own maxSteps overrides it). */
    maxSteps?: number;
    /** Bytes of output (stdout and stderr) a run may write before it ends with an OSError
     * (default 64 MiB; 0: no limit). */
    maxOutput?: number;
}

/** How a program's imports resolve (README, Modules): on createEdge() for every run, or on
 * one run. */
export interface ModuleOptions {
    /** The program's URL: its relative imports resolve against it (default: the page's URL
     * in a browser, none elsewhere). In Node a file: URL is read from disk. */
    baseUrl?: string | URL;
    /** The packages.json import map: its URL, its parsed object, or { url, text }. */
    importMap?: string | URL | { imports: Record<string, string> } | { url: string | URL; text: string };
    /** The fetch used for modules (default: globalThis.fetch; in Node file: URLs are read
     * from disk unless a fetch is given). */
    fetch?: typeof globalThis.fetch;
    /** Modules fetched over http(s), by URL; false turns caching off (default: one cache
     * per instance). Local files are read every time. */
    cache?: ModuleCache | false;
    /** packages.lock.json's pins: { "https://…": "sha256-…" }, or the whole lockfile (its
     * object or text). A malformed one is an error. */
    lock?: Record<string, string> | { lockfileVersion: number; modules: Record<string, string> } | string;
    /** What messages call the lockfile (default "packages.lock.json"). */
    lockName?: string;
    /** true: every module fetched over http(s) must be pinned (#sha256- in its import or its
     * packages.json target) or locked (lock); any other is refused before anything runs. */
    frozen?: boolean;
    /** Where the standard modules (math, random, collections, ...; modules/README.md) live:
     * the URL of a folder holding NAME.py for each (a copy of the package's build/modules/,
     * "edge-python/modules/*"), a URL by name, or the modules inlined: the object of
     * "edge-python/modules/all.json". Default: the package's build/modules/. */
    standardModules?: string | URL | Record<string, string | URL> | InlinedModules;
}

/** build/modules/all.json ("edge-python/modules/all.json"): every standard module by file
 * name, .py files as text and .wasm files in base64. */
export interface InlinedModules {
    format: 'edge-python-modules' | (string & {});
    files: Record<string, string>;
}

/** A cache of fetched modules: a Map does. `pinned` is true when an integrity hash pins
 * the entry, which may then be kept longer (the CLI keeps those on disk). */
export interface ModuleCache {
    get(url: string, sha256hex?: string): ModuleCacheEntry | undefined | Promise<ModuleCacheEntry | undefined>;
    set(url: string, entry: ModuleCacheEntry, pinned?: boolean): unknown;
}

export interface ModuleCacheEntry {
    /** Where the bytes came from after redirects. */
    url: string;
    bytes: Uint8Array;
}

export interface RunOptions extends ModuleOptions {
    /** The name in tracebacks and error objects (default "main.py"). */
    filename?: string;
    /** Steps per slice; run() lets the event loop run between slices (default 1,000,000). */
    stepBudget?: number;
    /** ms of running (waiting for input or in time.sleep() does not count) before the
     * program ends with a TimeoutError, which no except clause catches. Checked inside
     * builtins that call back into Python (sum() over an endless generator) too. */
    timeout?: number;
    /** Steps (calls and loop iterations) before the program ends with a TimeoutError
     * (default: options.maxSteps, else no limit). */
    maxSteps?: number;
    /** Bytes of output a run may write before it ends with an OSError (default:
     * options.maxOutput). */
    maxOutput?: number;
    /** Aborting it ends the run at once: the promise rejects with the signal's reason. */
    signal?: AbortSignal;
    /** Steps through the program: it pauses at line events (web/stepper.js wraps this). */
    trace?: TraceOptions;
}

/** Where a stepped run pauses next: at the next line ('into'), the next line of this frame
 * or its caller ('over'), once this frame returns ('out'), at a breakpoint only
 * ('continue'), or nowhere ('off'). Every mode but 'off' pauses at a breakpoint. */
export type StepMode = 'into' | 'over' | 'out' | 'continue' | 'off';

export interface TraceOptions {
    /** Where the run first pauses (default 'into': at its first line). */
    mode?: StepMode;
    /** Lines of the program's file where the run pauses whatever the mode. */
    breakpoints?: number[];
    /** Called at each pause with where the program is; returns (or, in run(), resolves to)
     * the next step: a mode, or a mode with new breakpoints. stop() ends a paused run. */
    pause(state: TraceState): StepMode | { mode: StepMode; breakpoints?: number[] } | Promise<StepMode | { mode: StepMode; breakpoints?: number[] }>;
}

/** A value: an object drawn apart (by id), or a number, bool, None or str by its repr. */
export type TraceValue = { ref: string } | { type: string; repr: string };

/** An object of a TraceState, by kind. Long containers list 100 items, `more` the rest. */
export type TraceObject = { type: string; more?: number } & (
    | { kind: 'list' | 'tuple' | 'set'; items: TraceValue[] }
    | { kind: 'dict'; entries: [TraceValue, TraceValue][] }
    | { kind: 'instance'; attrs: [string, TraceValue][] }
    | { kind: 'class'; name: string; attrs: [string, TraceValue][] }
    | { kind: 'function'; name: string; params: string[] }
    | { kind: 'other'; repr: string });

/** Where a paused program is (edge_trace_state in edge.h), read without running Python. */
export interface TraceState {
    /** 'end': the program ended; the one frame holds the globals as it left them. */
    event: 'line' | 'end';
    line?: number;
    file?: string;
    /** The call stack, outermost first. */
    frames: { name: string; file: string; line: number; depth: number; locals: [string, TraceValue][] }[];
    /** Each object the frames reach, once, by id (id() as a string); at most 400. */
    objects: Record<string, TraceObject>;
    truncated: boolean;
}

export interface EdgeError {
    /** "SyntaxError", "ZeroDivisionError", ...; "TimeoutError" after the timeout or maxSteps,
     * "KeyboardInterrupt" (message "stopped") after stop(). */
    type: string;
    message: string;
    filename: string;
    /** 1-based; 0 when unknown. */
    line: number;
    /** 1-based; 0 when unknown. */
    col: number;
    /** The report as a user should see it: a traceback, or a diagnostic with a caret. */
    text: string;
    /** For "SystemExit" (exit(n), sys.exit("why")): the status a command line exits with. */
    exitStatus?: number;
    /** true for a syntax error only because the source ended too soon (inside brackets or
     * a triple-quoted string, after a backslash, where an indented block should start): a
     * REPL reads another line and runs the two together. */
    incomplete?: boolean;
}

/** `exited` is there when the program ended by exit(), exit(0) or sys.exit(). `restarted`
 * (createEdgeWorker only) when the run ended because the worker was replaced under it
 * (stop() or its timeout could not end it otherwise): every session lost its globals.
 * `trace` (the globals as left) when it was stepped through. */
export type RunResult = ({ ok: true; exited?: true } | { ok: false; error: EdgeError; restarted?: true }) & { trace?: TraceState };

/** A session run's result: `value` is the repr of the cell's final expression statement,
 * null when it ends otherwise or the value is None; `exited` as in RunResult (a REPL
 * leaves then). */
export type SessionResult = { ok: true; value: string | null; exited?: true } | { ok: false; error: EdgeError; restarted?: true };

/** Runs that share their globals, as the cells of a notebook or the lines of a REPL. */
export interface Session {
    /** Runs `source` in the globals the session's earlier runs left. */
    run(source: string | Uint8Array, options?: RunOptions): Promise<SessionResult>;
    /** Forgets the globals, once the runs queued before it have ended. */
    reset(): Promise<void>;
    /** Ends the session's queued and running runs: they resolve to a KeyboardInterrupt. */
    stop(): void;
}

export interface Edge {
    /** The compiled edge.wasm, to create more instances without compiling again. */
    module: WebAssembly.Module;
    /** Runs a program with fresh globals, in slices, yielding to the event loop between
     * them. `source` is text, or a file's bytes: bytes that are not UTF-8 are a
     * SyntaxError, as in CPython. Calls queue up: one program runs at a time. input() awaits options.stdin; it
     * cannot wait inside a nested call (a lambda run by map(), say): RuntimeError there. */
    run(source: string | Uint8Array, options?: RunOptions): Promise<RunResult>;
    /** Runs a program to its end without yielding; options.stdin must answer at once.
     * Throws while a run() is queued or running. */
    runSync(source: string | Uint8Array, options?: Omit<RunOptions, 'signal' | keyof ModuleOptions>): RunResult;
    /** Runs a bundle made by `edge bundle` (the program and all its modules, sealed with
     * their hashes): no network needed. */
    runBundle(bytes: Uint8Array | ArrayBuffer, options?: RunOptions): Promise<RunResult>;
    /** A new session, with a VM of its own. */
    session(): Session;
    /** Ends every queued and running run of the instance and of its sessions: each
     * resolves to a KeyboardInterrupt result. Runs called after stop() run as usual. */
    stop(): void;
    /** The size of the instance's memory in bytes (it only grows: the most it needed). */
    memoryBytes(): number;
}

/** Creates an interpreter: one wasm instance with its VM. */
export function createEdge(options?: EdgeOptions): Promise<Edge>;

/** Compiles edge.wasm once, so that several instances or workers share the module. */
export function compileWasm(wasm?: WasmSource): Promise<WebAssembly.Module>;

/** Steps per slice for run() when no stepBudget is given. */
export const DEFAULT_STEP_BUDGET: number;

export interface EdgeWorkerOptions extends EdgeOptions {
    /** Where edge-worker.js is, for bundlers that do not follow
     * new Worker(new URL('./edge-worker.js', import.meta.url)). Default: next to worker.js. */
    workerUrl?: URL | string;
    /** ms stop() gives the worker to end its runs before terminating it, and ms a worker
     * past a run's timeout has to answer (default 500). */
    stopGrace?: number;
}

/** createEdge's API with the interpreter in a Web Worker (or a Node worker thread). Every
 * option goes to the worker; one that cannot (a function such as fetch, a cache object) is
 * a TypeError. stop() resolves each run to the worker's KeyboardInterrupt, or, when the
 * worker does not end it within stopGrace ms (one long C operation, a native function's
 * loop), terminates the worker and resolves it with `restarted: true`: then every session
 * starts again with fresh globals. A run past its timeout that the worker cannot end goes
 * the same way, as a TimeoutError. A run rejects when the worker dies (the error has
 * `restarted: true`) or the interpreter traps. */
export interface EdgeWorker extends Omit<Edge, 'runSync' | 'memoryBytes'> {
    /** Terminates the worker; pending runs resolve to a KeyboardInterrupt, later ones reject. */
    terminate(): void;
}
