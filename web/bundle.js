// bundle.js — a resolved program and every module it imports, sealed into one file
// (packBundle, `edge bundle`) and turned back into a program with no network
// (unpackBundle, `edge app.epy`, runBundle), each module checked against its hash.

import { formatHash, fromBase64, sha256, toBase64 } from './integrity.js';
import { compileNative } from './native-modules.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The `format` of a bundle (packBundle), with its `version`. */
export const BUNDLE_FORMAT = 'edge-python-bundle';
const BUNDLE_VERSION = 1;

/**
 * Seals a resolved program and all its modules into one file: UTF-8 JSON
 *   { format: "edge-python-bundle", version: 1, entry, source,
 *     modules: [{ key, kind: "python" | "wasm", sha256, source | base64 }],
 *     imports: [[importer, spec, key]] }
 * that unpackBundle() turns back into a program, with no network.
 */
export function packBundle(program) {
    if (!program?.ok) throw new TypeError('packBundle needs a program resolveProgram() resolved');
    const bundle = {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        entry: program.filename,
        source: program.source,
        modules: program.modules.map((m) => ({
            key: m.key,
            kind: m.kind,
            sha256: m.sha256,
            ...(m.kind === 'python' ? { source: m.source } : { base64: toBase64(m.bytes) }),
        })),
        imports: program.imports,
    };
    return encoder.encode(JSON.stringify(bundle, null, 1) + '\n');
}

/**
 * A program from a bundle's bytes (a Uint8Array or ArrayBuffer), ready for loadProgram:
 * each module's hash is checked and native modules compiled. Throws an Error when the
 * bytes are not a bundle this version reads. options.warn gets warnings (skipped exports).
 */
export async function unpackBundle(bytes, options = {}) {
    const warn = options.warn ?? ((text) => console.warn(text.trimEnd()));
    let bundle;
    try {
        bundle = JSON.parse(decoder.decode(bytes));
    } catch {
        bundle = null;
    }
    if (bundle?.format !== BUNDLE_FORMAT) throw new Error('not an Edge Python bundle');
    if (bundle.version !== BUNDLE_VERSION) throw new Error(`a bundle of version ${bundle.version}: this version of Edge Python reads version ${BUNDLE_VERSION}`);
    const modules = await Promise.all(bundle.modules.map(async (m) => {
        const data = m.kind === 'python' ? encoder.encode(m.source) : fromBase64(m.base64 ?? '');
        if (!data) throw new Error(`bundle: module '${m.key}' is not valid base64`);
        const digest = await sha256(data);
        if (m.sha256 && digest && formatHash(digest) !== m.sha256) {
            throw new Error(`bundle: module '${m.key}' is damaged (expected ${m.sha256}, got ${formatHash(digest)})`);
        }
        const out = { key: m.key, url: m.key, kind: m.kind, bytes: data, sha256: m.sha256 ?? null, source: m.source };
        if (m.kind === 'wasm') Object.assign(out, await compileNative(data, m.key, warn, digest));
        return out;
    }));
    return { ok: true, filename: bundle.entry, source: bundle.source, modules, imports: bundle.imports, urls: {} };
}
