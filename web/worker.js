// worker.js — createEdgeWorker: the API of createEdge (edge.js) with the interpreter in a
// Web Worker (browsers) or a worker thread (Node), so that even a single long operation
// inside the C core, such as 10 ** 10 ** 6, or an endless loop in a native module, can be
// ended: stop() asks the worker to stop, and terminates it and starts another when it does
// not answer in time; a run past its timeout that the worker cannot end goes the same way.
// Every option of createEdge and of a run goes to the worker, except the callbacks the
// runner calls itself; one that cannot cross (a function) is an error, not dropped.
//
// Messages to the worker: init {module, options}; run {id, session, source, opts, bundle};
// abort {id}; stop {session}; reset {id, session}; input {id, line | error}; ping {id};
// step {pause, next | error} (a stepped run's next step: stepper.js).
// From the worker: started; out {chunks: [[stream, text], ...]}; input {id, prompt};
// pause {id, pause, state} (a stepped run paused at a line);
// done {id, result}; failed {id, error: {name, message}} (id 0: init failed); pong {id}.

import { hostCallbacks, stoppedResult, timedOutResult } from './callbacks.js';
import { compileWasm } from './edge.js';

const isNode = typeof process !== 'undefined' && process.versions?.node !== undefined && typeof window === 'undefined';

// How long stop() lets the worker take to end its runs before terminating it (ms).
const STOP_GRACE = 500;

/**
 * Creates an Edge Python interpreter in a worker. Takes the options of createEdge, plus
 * options.workerUrl  where edge-worker.js is (default: next to this file), for bundlers
 *                    that do not handle new Worker(new URL(...)) and for CDNs;
 * options.stopGrace  ms stop() waits for the worker before terminating it, and a worker
 *                    past a run's timeout has to answer (default 500).
 * The other options go to createEdge in the worker; a function (fetch, moduleName, warn)
 * or a cache other than false cannot, and is a TypeError.
 * Resolves to { run, runBundle, session, stop, terminate, module }; no runSync. In Node
 * the worker does not keep the process alive while no run is pending.
 */
export async function createEdgeWorker(options = {}) {
    crossing(options, 'options'); // a TypeError now rather than when the worker starts
    const module = await compileModule(options.wasm);
    const runner = new Runner(module, options);
    await runner.spawn();
    let sessions = 0;
    return {
        module,
        run: (source, opts) => runner.run(source, opts, null),
        runBundle: (bytes, opts) => runner.run(bytes, opts, null, true),
        session: () => {
            const id = ++sessions;
            return {
                run: (source, opts) => runner.run(source, opts, id),
                reset: () => runner.request({ type: 'reset' }, id, undefined),
                stop: () => runner.stop(id),
            };
        },
        stop: () => runner.stop(null),
        terminate: () => runner.end(),
    };
}

// Node reads the package's own edge.wasm (or a file: URL) from disk, through node.js.
async function compileModule(wasm) {
    if (isNode && !(wasm instanceof WebAssembly.Module)) {
        const nodeEntry = new URL('./node.js', import.meta.url).href;
        const node = await import(/* webpackIgnore: true */ /* @vite-ignore */ nodeEntry);
        return node.compileWasm(wasm);
    }
    return compileWasm(wasm);
}

// A Web Worker, or a Node worker thread behind the same small interface.
async function startWorker(url) {
    if (!isNode) {
        const worker = url
            ? new Worker(url, { type: 'module' })
            : new Worker(new URL('./edge-worker.js', import.meta.url), { type: 'module' });
        return {
            post: (msg) => worker.postMessage(msg),
            listen: (onMessage, onError) => {
                worker.onmessage = (event) => onMessage(event.data);
                worker.onerror = (event) => onError(new Error(event.message || 'edge: the worker failed to start'));
            },
            terminate: () => worker.terminate(),
            ref: () => {},
            unref: () => {},
        };
    }
    const threads = 'node:worker_threads';
    const { Worker: NodeWorker } = await import(/* webpackIgnore: true */ /* @vite-ignore */ threads);
    const worker = new NodeWorker(url ?? new URL('./edge-worker.js', import.meta.url));
    return {
        post: (msg) => worker.postMessage(msg),
        listen: (onMessage, onError) => {
            worker.on('message', onMessage);
            worker.on('error', onError);
        },
        terminate: () => worker.terminate(),
        ref: () => worker.ref(),
        unref: () => worker.unref(),
    };
}

// The options that stay with the runner: the callbacks it calls itself, its own settings,
// and what it handles on this side (a run's signal).
const RUNNER_OPTIONS = new Set(['stdout', 'stderr', 'stdin', 'input', 'wasm', 'workerUrl', 'stopGrace', 'signal']);

// URLs go as strings, in plain objects and arrays too (a URL does not cross); the rest
// crosses as it is (structured clone: bytes, compiled modules, plain data).
const plain = (v) => {
    if (v instanceof URL) return v.href;
    if (Array.isArray(v)) return v.map(plain);
    if (v && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    return v;
};

// The options (of createEdge, or of a run) that go to the worker: all but the runner's
// own. A page that moved to the worker would otherwise lose, say, its lockfile's pins
// without a word, so an option that cannot cross is an error.
function crossing(options, what) {
    const out = {};
    for (const [key, value] of Object.entries(options ?? {})) {
        if (RUNNER_OPTIONS.has(key) || value === undefined) continue;
        if (typeof value === 'function' || (key === 'cache' && value !== false)) {
            throw new TypeError(`${what}.${key} cannot go to the worker (a function does not cross to it): ` +
                'the worker runs with its own' + (key === 'cache' ? ' cache; pass false to turn it off' : ''));
        }
        out[key] = plain(value);
    }
    return out;
}

// A request to the worker (a run, a reset) that it has not answered yet.
class Request {
    constructor(id, session, stopped, resolve, reject) {
        this.id = id;
        this.session = session;
        this.stopped = stopped; // what the promise resolves to when stop() ends it
        this.ended = null; // ... when the worker is replaced under it: stopped, or timed out
        this.posted = false;
        this.settled = false;
        this.resolve = resolve;
        this.reject = reject;
        this.answer = new Promise((r) => { this.answered = r; }); // the worker is done with it
    }

    settle(value) {
        if (!this.settled) this.resolve(value);
        this.settled = true;
    }

    fail(err) {
        if (!this.settled) this.reject(err);
        this.settled = true;
    }
}

const remoteError = ({ name, message }) => Object.assign(new Error(message), { name });

// What a run ends with when its worker is replaced under it: its sessions start again with
// fresh globals, which `restarted` tells.
const restarted = (result) => ({ ...result, restarted: true });

class Runner {
    constructor(module, options) {
        this.module = module;
        this.options = options;
        Object.assign(this, hostCallbacks(options)); // stdout, stderr, stdin: as createEdge's
        this.pending = new Map(); // id -> Request
        this.pings = new Map(); // ping id -> resolve(true) of ping()
        this.count = 0;
        this.gate = Promise.resolve(); // requests are sent once it resolves: not during a stop
        this.worker = null;
        this.ended = null; // why the runner ended (terminate(), or a worker that cannot start)
    }

    // Starts a worker and resolves once its interpreter is created.
    async spawn() {
        const worker = await startWorker(this.options.workerUrl);
        this.worker = worker;
        await new Promise((resolve, reject) => {
            this.starting = { resolve, reject };
            worker.listen((msg) => this.receive(worker, msg), (err) => this.crashed(worker, err));
            // A page's programs resolve against the page, not against the worker's script.
            const page = typeof location !== 'undefined' ? { baseUrl: location.href } : {};
            worker.post({ type: 'init', module: this.module, options: crossing({ ...page, ...this.options }, 'options') });
        });
        this.starting = null;
        this.refresh();
    }

    // Runs `step` after what the gate holds; if it fails, the runner ends.
    later(step) {
        this.gate = this.gate.then(step).catch((err) => this.end(err));
    }

    receive(worker, msg) {
        if (worker !== this.worker) return; // a terminated worker's last words
        if (msg.type === 'out') {
            for (const [stream, text] of msg.chunks) (stream === 2 ? this.stderr : this.stdout)(text);
        } else if (msg.type === 'input') {
            Promise.resolve().then(() => this.stdin(msg.prompt)).then(
                (line) => worker.post({ type: 'input', id: msg.id, line: line == null ? null : String(line) }),
                (err) => worker.post({ type: 'input', id: msg.id, error: { name: err?.name, message: err?.message ?? String(err) } }),
            );
        } else if (msg.type === 'pause') {
            const pause = this.pending.get(msg.id)?.pause;
            Promise.resolve().then(() => pause(msg.state)).then(
                (next) => worker.post({ type: 'step', pause: msg.pause, next }),
                (err) => worker.post({ type: 'step', pause: msg.pause, error: { name: err?.name, message: err?.message ?? String(err) } }),
            );
        } else if (msg.type === 'pong') {
            this.pings.get(msg.id)?.(true);
        } else if (msg.type === 'started') {
            this.starting?.resolve();
        } else if (msg.type === 'failed' && msg.id === 0) {
            this.starting?.reject(remoteError(msg.error));
        } else {
            const request = this.pending.get(msg.id);
            if (!request) return;
            this.stdout.flush?.();
            this.stderr.flush?.();
            if (msg.type === 'done') request.settle(msg.result);
            else request.fail(remoteError(msg.error));
            this.done(request);
        }
    }

    // The worker died of an uncaught error: its requests fail, and another worker starts,
    // whose sessions have fresh globals.
    crashed(worker, err) {
        if (worker !== this.worker) return;
        if (this.starting) return this.starting.reject(err);
        const died = Object.assign(new Error(`the worker died (${err?.message ?? err}); another one starts, ` +
            'and sessions begin again with fresh globals', { cause: err }), { restarted: true });
        for (const request of this.pending.values()) {
            if (!request.posted) continue;
            request.fail(died);
            this.done(request);
        }
        this.later(() => this.replace());
    }

    done(request) {
        this.pending.delete(request.id);
        request.answered();
        this.refresh();
    }

    // While requests are pending, a Node worker keeps the process alive; otherwise not.
    refresh() {
        if (this.pending.size > 0) this.worker?.ref();
        else this.worker?.unref();
    }

    // Sends `msg` to the worker once no stop is under way, and resolves to its answer, or
    // to `stopped` when stop() ends the request.
    request(msg, session, stopped, signal = undefined, timeout = undefined, pause = undefined) {
        if (this.ended) return Promise.reject(this.ended);
        if (signal?.aborted) return Promise.reject(signal.reason);
        const id = ++this.count;
        return new Promise((resolve, reject) => {
            const request = new Request(id, session, stopped, resolve, reject);
            request.pause = pause; // a stepped run's trace.pause, which stays on this side
            this.pending.set(id, request);
            this.refresh();
            if (signal) {
                const onAbort = () => {
                    if (request.settled) return;
                    request.fail(signal.reason);
                    if (request.posted) this.worker?.post({ type: 'abort', id });
                    this.awaitAnswers([request]);
                };
                signal.addEventListener('abort', onAbort, { once: true });
                request.answer.then(() => signal.removeEventListener('abort', onAbort));
            }
            this.later(() => {
                if (request.settled) return this.done(request); // stopped before it was sent
                request.posted = true;
                this.worker.post({ ...msg, id, session });
                if (timeout > 0 && timeout < Infinity) this.watch(request, timeout);
            });
        });
    }

    run(source, opts = {}, session, bundle = false) {
        const filename = opts.filename ?? 'main.py';
        let msg;
        try {
            const text = source instanceof Uint8Array || source instanceof ArrayBuffer ? new Uint8Array(source).slice() : String(source);
            // A stepped run's pause stays on this side: the worker asks it by message.
            const trace = opts.trace && { mode: opts.trace.mode, breakpoints: opts.trace.breakpoints };
            msg = { type: 'run', source: text, bundle, opts: crossing({ ...opts, trace }, 'run options') };
        } catch (err) {
            return Promise.reject(err);
        }
        return this.request(msg, session, stoppedResult(filename), opts.signal, opts.timeout, opts.trace?.pause);
    }

    get grace() {
        return this.options.stopGrace ?? STOP_GRACE;
    }

    // Resolves to true when the worker answers a ping within the grace period: it is
    // between two slices, or waiting (input, sleep), not held inside one long call.
    ping() {
        const id = ++this.count;
        return new Promise((resolve) => {
            const timer = setTimeout(resolve, this.grace, false);
            this.pings.set(id, (alive) => {
                clearTimeout(timer);
                resolve(alive);
            });
            this.worker?.post({ type: 'ping', id });
        }).finally(() => this.pings.delete(id));
    }

    // A run past its timeout ends in the worker, whose VM reads the clock even inside
    // builtins; but not while the worker is held in one long call (an endless loop in a
    // native module): past the timeout and the grace period, a worker that does not answer
    // a ping is replaced, and the run ends with a TimeoutError. One that answers (it waits
    // for input, which does not count) is looked at again a timeout later.
    watch(request, timeout) {
        let timer;
        const check = async () => {
            if (request.settled || this.ended) return;
            const alive = await this.ping();
            if (request.settled || this.ended) return;
            if (alive) {
                timer = setTimeout(check, timeout);
            } else {
                request.ended = timedOutResult(request.stopped.error.filename, timeout);
                this.later(() => this.replace());
            }
        };
        timer = setTimeout(check, timeout + this.grace);
        request.answer.then(() => clearTimeout(timer));
    }

    // Ends the requests of one session (or, for null, all of them): each resolves to what
    // the worker answers (a KeyboardInterrupt that names the line the program was at), or,
    // if the worker has not answered within the grace period, to the stopped result once
    // the worker is terminated and replaced. Requests not yet sent resolve now.
    stop(session) {
        const stopped = [...this.pending.values()].filter((r) => !r.settled && (session === null || r.session === session));
        if (stopped.length === 0) return;
        for (const request of stopped) if (!request.posted) request.settle(request.stopped);
        this.worker?.post({ type: 'stop', session });
        this.awaitAnswers(stopped);
    }

    // Holds back new requests until the worker has answered `requests`, or replaces it.
    awaitAnswers(requests) {
        this.later(async () => {
            let timer;
            const late = new Promise((resolve) => { timer = setTimeout(resolve, this.grace, true); });
            const tooLate = await Promise.race([Promise.all(requests.map((r) => r.answer)), late]);
            clearTimeout(timer);
            if (tooLate === true && !this.ended) await this.replace();
        });
    }

    // Terminates the worker (its sessions' globals go with it) and starts another. The
    // requests it had end as stopped (or timed out), with `restarted`; those not sent yet
    // go to the new one.
    async replace() {
        this.worker.terminate();
        this.worker = null;
        for (const request of this.pending.values()) {
            if (!request.posted) continue;
            request.settle(restarted(request.ended ?? request.stopped));
            this.done(request);
        }
        await this.spawn();
    }

    // Ends the runner: pending requests resolve as stopped (or fail with `err`), later
    // ones reject.
    end(err = null) {
        this.ended ??= err ?? new Error('edge: the worker was terminated');
        for (const request of this.pending.values()) {
            if (err) request.fail(err);
            else request.settle(request.stopped);
            this.done(request);
        }
        this.worker?.terminate();
        this.worker = null;
    }
}
