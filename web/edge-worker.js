// edge-worker.js — the worker side of createEdgeWorker (worker.js): a Web Worker, or a
// Node worker thread, running edge.js. It receives the compiled module and programs by
// message, and sends back output (gathered for a few ms at most), requests for input lines
// and results. The messages are listed in worker.js.

import { createEdge } from './edge.js';

const port = typeof WorkerGlobalScope !== 'undefined' ? self : await nodeParentPort();

async function nodeParentPort() {
    const threads = 'node:worker_threads'; // a variable, so no bundler tries to resolve it
    const { parentPort } = await import(/* webpackIgnore: true */ /* @vite-ignore */ threads);
    return {
        postMessage: (msg) => parentPort.postMessage(msg),
        set onmessage(fn) { parentPort.on('message', (data) => fn({ data })); },
    };
}

let edge = null;
const sessions = new Map(); // session id -> session
const aborts = new Map(); // run id -> AbortController
const inputs = new Map(); // input request id -> { resolve, reject } of the stdin promise
let inputCount = 0;
const steps = new Map(); // pause id -> { resolve, reject } of a stepped run's trace.pause
let pauseCount = 0;

// Output goes out at once when nothing went out for a few ms; otherwise it is gathered
// and sent in one message at the end of the slice (a message per print would make a
// printing loop several times slower). The worker may sit in one long C operation after
// a print: then only output of the last few ms waits for it.
const BATCH_MS = 4;
const now = () => performance.now();
let chunks = [];
let flushed = -Infinity;
function write(stream, text) {
    if (chunks.length === 0) queueMicrotask(flush);
    const last = chunks[chunks.length - 1];
    if (last && last[0] === stream) last[1] += text;
    else chunks.push([stream, text]);
    if (now() - flushed >= BATCH_MS) flush();
}
function flush() {
    if (chunks.length === 0) return;
    port.postMessage({ type: 'out', chunks });
    chunks = [];
    flushed = now();
}
function post(msg) {
    flush();
    port.postMessage(msg);
}

function stdin(prompt) {
    const id = ++inputCount;
    post({ type: 'input', id, prompt });
    return new Promise((resolve, reject) => inputs.set(id, { resolve, reject }));
}

function target(sessionId) {
    if (sessionId === null) return edge;
    if (!sessions.has(sessionId)) sessions.set(sessionId, edge.session());
    return sessions.get(sessionId);
}

function errorObject(err) {
    return { name: err?.name ?? 'Error', message: err?.message ?? String(err) };
}

const handlers = {
    async init({ module, options }) {
        try {
            edge = await createEdge({
                ...options,
                wasm: module,
                stdout: (text) => write(1, text),
                stderr: (text) => write(2, text),
                stdin,
            });
            post({ type: 'started' });
        } catch (err) {
            post({ type: 'failed', id: 0, error: errorObject(err) });
        }
    },
    run({ id, session, source, opts, bundle }) {
        const abort = new AbortController();
        aborts.set(id, abort);
        if (opts.trace) {
            // A stepped run: each pause goes to the page, which answers with the next step.
            opts.trace.pause = (state) => {
                const pause = ++pauseCount;
                post({ type: 'pause', id, pause, state });
                return new Promise((resolve, reject) => steps.set(pause, { resolve, reject }));
            };
        }
        const options = { ...opts, signal: abort.signal };
        (bundle ? edge.runBundle(source, options) : target(session).run(source, options)).then(
            (result) => post({ type: 'done', id, result }),
            (err) => post({ type: 'failed', id, error: errorObject(err) }),
        ).finally(() => aborts.delete(id));
    },
    abort({ id }) {
        aborts.get(id)?.abort();
    },
    stop({ session }) {
        (session === null ? edge : sessions.get(session))?.stop();
    },
    reset({ id, session }) {
        const s = sessions.get(session);
        (s ? s.reset() : Promise.resolve()).then(() => post({ type: 'done', id, result: undefined }));
    },
    step({ pause, next, error }) {
        const waiting = steps.get(pause);
        steps.delete(pause);
        if (error) waiting?.reject(Object.assign(new Error(error.message), { name: error.name }));
        else waiting?.resolve(next);
    },
    // The runner asks whether the worker is held inside one long call: it is not if it
    // answers.
    ping({ id }) {
        post({ type: 'pong', id });
    },
    input({ id, line, error }) {
        const waiting = inputs.get(id);
        inputs.delete(id);
        if (error) waiting?.reject(Object.assign(new Error(error.message), { name: error.name }));
        else waiting?.resolve(line);
    },
};

port.onmessage = ({ data }) => handlers[data.type](data);
