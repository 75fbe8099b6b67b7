// worker.js — createEdgeWorker: the API of createEdge (edge.js) with the interpreter in a
// Web Worker (browsers) or a worker thread (Node), so that even a single long operation
// inside the C core, such as 10 ** 10 ** 6, can be ended: stop() asks the worker to stop,
// and terminates it and starts another when it does not answer in time.
//
// Messages to the worker: init {module, options}; run {id, session, source, opts};
// abort {id}; stop {session}; reset {id, session}; input {id, line | error};
// step {pause, next | error} (a stepped run's next step: stepper.js).
// From the worker: started; out {chunks: [[stream, text], ...]}; input {id, prompt};
// pause {id, pause, state} (a stepped run paused at a line);
// done {id, result}; failed {id, error: {name, message}} (id 0: init failed).

import { hostCallbacks, stoppedResult } from './callbacks.js';
import { compileWasm } from './edge.js';

const isNode = typeof process !== 'undefined' && process.versions?.node !== undefined && typeof window === 'undefined';

// How long stop() lets the worker take to end its runs before terminating it (ms).
const STOP_GRACE = 500;

/**
 * Creates an Edge Python interpreter in a worker. Takes the options of createEdge, plus
 * options.workerUrl  where edge-worker.js is (default: next to this file), for bundlers
 *                    that do not handle new Worker(new URL(...)) and for CDNs;
 * options.stopGrace  ms stop() waits for the worker before terminating it (default 500).
 * Resolves to { run, session, stop, terminate, module }; no runSync. In Node the worker
 * does not keep the process alive while no run is pending.
 */
export async function createEdgeWorker(options = {}) {
    const module = await compileModule(options.wasm);
    const runner = new Runner(module, options);
    await runner.spawn();
    let sessions = 0;
    return {
        module,
        run: (source, opts) => runner.run(source, opts, null),
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

// The module options (README, Modules) that can travel to the worker: all but `fetch`, a
// function, and a cache other than false; URLs go as strings.
function moduleOptions(options) {
    const plain = (v) => (v instanceof URL ? v.href
        : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
    const out = {};
    for (const key of ['baseUrl', 'importMap', 'lock', 'standardModules']) {
        if (options[key] !== undefined) out[key] = plain(options[key]);
    }
    if (options.cache === false) out.cache = false;
    return out;
}

// A request to the worker (a run, a reset) that it has not answered yet.
class Request {
    constructor(id, session, stopped, resolve, reject) {
        this.id = id;
        this.session = session;
        this.stopped = stopped; // what the promise resolves to when stop() ends it
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

class Runner {
    constructor(module, options) {
        this.module = module;
        this.options = options;
        Object.assign(this, hostCallbacks(options)); // stdout, stderr, stdin: as createEdge's
        this.pending = new Map(); // id -> Request
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
            const { maxDepth, heapLimit, maxSteps, maxOutput } = this.options;
            // A page's programs resolve against the page, not against the worker's script.
            const modules = moduleOptions({ baseUrl: typeof location !== 'undefined' ? location.href : undefined, ...this.options });
            worker.post({ type: 'init', module: this.module, options: { maxDepth, heapLimit, maxSteps, maxOutput, ...modules } });
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

    // The worker died of an uncaught error: its requests fail, and another worker starts.
    crashed(worker, err) {
        if (worker !== this.worker) return;
        if (this.starting) return this.starting.reject(err);
        for (const request of this.pending.values()) {
            if (!request.posted) continue;
            request.fail(err);
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
    request(msg, session, stopped, signal = undefined, pause = undefined) {
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
            });
        });
    }

    run(source, opts = {}, session) {
        const { filename = 'main.py', stepBudget, timeout, maxSteps, maxOutput, signal } = opts;
        const msg = { type: 'run', source: source instanceof Uint8Array ? source.slice() : String(source), opts: { filename, stepBudget, timeout, maxSteps, maxOutput, ...moduleOptions(opts) } };
        if (opts.trace) msg.opts.trace = { mode: opts.trace.mode, breakpoints: opts.trace.breakpoints };
        return this.request(msg, session, stoppedResult(filename), signal, opts.trace?.pause);
    }

    // Ends the requests of one session (or, for null, all of them) at once: their promises
    // resolve now, and the worker is terminated if it has not ended them within the grace
    // period.
    stop(session) {
        const stopped = [...this.pending.values()].filter((r) => !r.settled && (session === null || r.session === session));
        if (stopped.length === 0) return;
        for (const request of stopped) request.settle(request.stopped);
        this.worker?.post({ type: 'stop', session });
        this.awaitAnswers(stopped);
    }

    // Holds back new requests until the worker has answered `requests`, or replaces it.
    awaitAnswers(requests) {
        const grace = this.options.stopGrace ?? STOP_GRACE;
        this.later(async () => {
            let timer;
            const late = new Promise((resolve) => { timer = setTimeout(resolve, grace, true); });
            const tooLate = await Promise.race([Promise.all(requests.map((r) => r.answer)), late]);
            clearTimeout(timer);
            if (tooLate === true && !this.ended) await this.replace();
        });
    }

    // Terminates the worker (its sessions' globals go with it) and starts another. The
    // requests it had end as stopped; those not sent yet go to the new one.
    async replace() {
        this.worker.terminate();
        this.worker = null;
        for (const request of this.pending.values()) {
            if (!request.posted) continue;
            request.settle(request.stopped);
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
