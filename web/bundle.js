// bundle.js — a resolved program and every module it imports, sealed into one file
// (packBundle, `edge bundle`) and turned back into a program with no network
// (unpackBundle, `edge app.epy`, runBundle). The file carries a digest over all it holds,
// each module its hash, and every import that pins a hash is checked against the module
// it names: an edit anywhere is refused, unless the whole file is sealed again, which a
// host that pins the bundle's digest (options.integrity) refuses too.

import { formatHash, fromBase64, parseIntegrity, sameBytes, sha256, toBase64 } from './integrity.js';
import { JsonError, parseJson } from './json.js';
import { compileNative } from './native-modules.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The `format` of a bundle (packBundle), with its `version`. */
export const BUNDLE_FORMAT = 'edge-python-bundle';
const BUNDLE_VERSION = 2;

// What a bundle's digest covers: all it holds but the digest, in a fixed order.
function sealed(b) {
    const modules = b.modules.map((m) => [m.key, m.kind, m.sha256, m.kind === 'python' ? m.source : m.base64]);
    return encoder.encode(JSON.stringify([b.format, b.version, b.entry, b.source, modules, b.imports]));
}

async function digestOf(bytes) {
    const digest = await sha256(bytes);
    if (!digest) throw new Error('bundle: crypto.subtle is not available here, so the bundle cannot be checked');
    return digest;
}

/**
 * Seals a resolved program and all its modules into one file: UTF-8 JSON
 *   { format: "edge-python-bundle", version: 2, entry, source,
 *     modules: [{ key, kind: "python" | "wasm", sha256, source | base64 }],
 *     imports: [[importer, spec, key, pin?]], sha256 }
 * where the last sha256 is the digest of all the rest. Resolves to its bytes, which
 * unpackBundle() turns back into a program, with no network.
 */
export async function packBundle(program) {
    if (!program?.ok) throw new TypeError('packBundle needs a program resolveProgram() resolved');
    const bundle = {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        entry: program.filename,
        source: program.source,
        modules: await Promise.all(program.modules.map(async (m) => ({
            key: m.key,
            kind: m.kind,
            sha256: m.sha256 ?? formatHash(await digestOf(m.bytes)),
            ...(m.kind === 'python' ? { source: m.source } : { base64: toBase64(m.bytes) }),
        }))),
        imports: program.imports,
    };
    bundle.sha256 = formatHash(await digestOf(sealed(bundle)));
    return encoder.encode(JSON.stringify(bundle, null, 1) + '\n');
}

/** The digest a bundle's bytes carry ("sha256-…"), what options.integrity of unpackBundle pins. */
export function bundleDigest(bytes) {
    return readBundle(bytes).sha256;
}

const isString = (v) => typeof v === 'string';

// Only the fields a bundle has, each of its type: anything else is not a bundle this
// version reads, rather than something left unchecked.
function sameKeys(object, keys) {
    const have = Object.keys(object).sort();
    return have.length === keys.length && [...keys].sort().every((k, i) => k === have[i]);
}

// The bundle's JSON, its shape checked. Throws an Error saying what is wrong.
function readBundle(bytes) {
    let bundle;
    try {
        bundle = parseJson(decoder.decode(bytes));
    } catch (err) {
        if (!(err instanceof JsonError)) throw err;
        // A field given twice would be read one way here and maybe another elsewhere.
        if (err.message.startsWith('duplicate key')) throw new Error(`bundle: ${err.message}`);
        bundle = null;
    }
    if (bundle?.format !== BUNDLE_FORMAT) throw new Error('not an Edge Python bundle');
    if (bundle.version !== BUNDLE_VERSION) {
        throw new Error(`a bundle of version ${bundle.version}: this version of Edge Python reads version ${BUNDLE_VERSION} ` +
            '(make it again with `edge bundle`)');
    }
    const bad = (what) => new Error(`bundle: ${what}`);
    if (!sameKeys(bundle, ['format', 'version', 'entry', 'source', 'modules', 'imports', 'sha256'])) {
        throw bad('its fields are not those of a bundle (format, version, entry, source, modules, imports, sha256)');
    }
    if (!isString(bundle.entry) || !isString(bundle.source) || !Array.isArray(bundle.modules) || !Array.isArray(bundle.imports)) {
        throw bad('entry and source must be strings, modules and imports lists');
    }
    if (!isString(bundle.sha256) || parseIntegrity(bundle.sha256).error) throw bad('it carries no digest (sha256) of its content');
    const keys = new Set();
    for (const m of bundle.modules) {
        const content = m?.kind === 'python' ? 'source' : 'base64';
        if (!m || (m.kind !== 'python' && m.kind !== 'wasm') || !sameKeys(m, ['key', 'kind', 'sha256', content]) ||
            !isString(m.key) || !isString(m[content])) {
            throw bad(`module ${JSON.stringify(m?.key ?? null)} is not { key, kind: "python" | "wasm", sha256, source | base64 }`);
        }
        if (!isString(m.sha256) || parseIntegrity(m.sha256).error) throw bad(`module '${m.key}' has no sha256 hash`);
        // An import may pin a hash in its spec ("./x.py#sha256-…"); a module keyed by such a
        // spec would be found by it without the imports below, where the pin is checked.
        if (m.key.includes('#')) throw bad(`module '${m.key}': a module's key has no fragment`);
        if (keys.has(m.key)) throw bad(`module '${m.key}' is there twice`);
        keys.add(m.key);
    }
    for (const row of bundle.imports) {
        if (!Array.isArray(row) || row.length < 3 || row.length > 4 || !row.every(isString)) {
            throw bad('an import is not [importer, spec, module, pin?]');
        }
        if (!keys.has(row[2])) throw bad(`the import '${row[1]}' in '${row[0]}' names a module that is not there: '${row[2]}'`);
    }
    return bundle;
}

/**
 * A program from a bundle's bytes (a Uint8Array or ArrayBuffer), ready for loadProgram:
 * its digest, each module's hash, and every pin an import holds are checked, and native
 * modules compiled. Throws an Error when the bytes are not a bundle this version reads or
 * fail a check. options.integrity ("sha256-…", as `edge bundle` prints it) pins the
 * bundle's digest; options.warn gets warnings (skipped exports).
 */
export async function unpackBundle(bytes, options = {}) {
    const warn = options.warn ?? ((text) => console.warn(text.trimEnd()));
    const bundle = readBundle(bytes);
    // Each module against its own hash first: the message can then name the one changed.
    const modules = await Promise.all(bundle.modules.map(async (m) => {
        const data = m.kind === 'python' ? encoder.encode(m.source) : fromBase64(m.base64);
        if (!data) throw new Error(`bundle: module '${m.key}' is not valid base64`);
        const digest = await digestOf(data);
        if (!sameBytes(digest, parseIntegrity(m.sha256).digest)) {
            throw new Error(`bundle: module '${m.key}' is damaged (expected ${m.sha256}, got ${formatHash(digest)})`);
        }
        return { key: m.key, url: m.key, kind: m.kind, bytes: data, sha256: formatHash(digest), source: m.source, digest };
    }));
    // Then the whole: the entry's source, the imports, and a module whose hash was made
    // again after an edit.
    const digest = await digestOf(sealed(bundle));
    if (!sameBytes(digest, parseIntegrity(bundle.sha256).digest)) {
        throw new Error(`bundle: it was changed after it was sealed (its digest says ${bundle.sha256}, its content is ${formatHash(digest)})`);
    }
    if (options.integrity !== undefined && options.integrity !== null) {
        const pin = parseIntegrity(String(options.integrity).replace(/^#/, ''));
        if (pin.error) throw new Error(`options.integrity: ${pin.error}`);
        if (!sameBytes(pin.digest, digest)) throw new Error(`bundle: expected the bundle ${formatHash(pin.digest)}, got ${formatHash(digest)}`);
    }
    // Every pin an import holds, in its spec or given with it, is checked against the
    // module it names, as resolving the program checked it.
    const byKey = new Map(modules.map((m) => [m.key, m]));
    for (const [importer, spec, key, given] of bundle.imports) {
        const hash = spec.indexOf('#');
        for (const text of [hash < 0 ? null : spec.slice(hash + 1), given ?? null]) {
            if (text === null) continue;
            const pin = parseIntegrity(text);
            const module = byKey.get(key);
            if (pin.error || !sameBytes(pin.digest, module.digest)) {
                throw new Error(`bundle: module '${key}' is not what the import '${spec}' in '${importer}' pins ` +
                    `(${pin.error ?? `expected ${formatHash(pin.digest)}, got ${module.sha256}`})`);
            }
        }
    }
    for (const m of modules) {
        if (m.kind === 'wasm') Object.assign(m, await compileNative(m.bytes, m.key, warn, m.digest));
        delete m.digest;
    }
    return { ok: true, filename: bundle.entry, source: bundle.source, modules, imports: bundle.imports, urls: {} };
}
