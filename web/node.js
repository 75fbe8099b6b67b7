// node.js — the package's entry point in Node (the "node" condition of its exports): the
// API of edge.js, except that edge.wasm given as a file: URL or path — by default the
// package's own build/wasm/edge.wasm — is read from disk, since Node cannot fetch files.

import { readFile } from 'node:fs/promises';

import * as edge from './edge.js';

export * from './edge.js';

const DEFAULT_WASM = new URL('../build/wasm/edge.wasm', import.meta.url);

// Bytes for a path, a file: URL or a file: string; anything else as it is.
async function readLocal(wasm) {
    if (wasm instanceof URL) return wasm.protocol === 'file:' ? readFile(wasm) : wasm;
    if (typeof wasm !== 'string') return wasm;
    if (wasm.startsWith('file:')) return readFile(new URL(wasm));
    return /^[a-z][a-z0-9+.-]+:/i.test(wasm) ? wasm : readFile(wasm); // a URL, or a path
}

export async function compileWasm(wasm = DEFAULT_WASM) {
    return edge.compileWasm(await readLocal(wasm));
}

export async function createEdge(options = {}) {
    return edge.createEdge({ ...options, wasm: await compileWasm(options.wasm) });
}
