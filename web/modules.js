// modules.js — compile-time imports for the JavaScript hosts (edge.js and the CLI): finds a
// program's imports, resolves and fetches every module in parallel, checks #sha256
// integrity hashes before anything is compiled, and registers the modules with edge.wasm
// right before the program loads. Also packs a program and its modules into one bundle.
// It uses fetch and crypto.subtle, so it runs unchanged in browsers and in Node; in Node,
// whose fetch cannot read them, file: URLs are read from disk (node:fs, imported then).
//
// The model (src/include/edge.h): the VM never fetches. A host lists the program's import
// specs (edge_list_imports), resolves each against the importing file's URL and the
// packages.json import map, fetches and verifies them, scans the code modules for their
// own imports, then registers every module (edge_add_module_source for .py; for .wasm the
// exports of a sibling instance with no access to edge.wasm) and maps each import
// statement to the module it resolved to (edge_map_import). Registration is redone per
// program: edge_clear_modules first.
//
// A spec is a bare name (`utils`: the import map, then the standard modules, then
// `utils.py` next to the importing file), a relative path ("./lib/x.py"), or an http(s)
// URL, each optionally followed by `#sha256-<64 hex digits or base64>`.
//
// For a host: resolveProgram() (async: fetches) gives a program; loadProgram() registers
// it around the host's own edge_load_source call; resumeProgram() replaces
// edge_resume_steps, so a native function's trap or exception becomes a Python one.
// packBundle() / unpackBundle() turn a program into one file and back. A `core` is
// { exports: edge.wasm's exports, stderr?(text) } (a web/edge.js Host is one), or
// createResolverCore() for resolving apart from any run.

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

import { DONE, ERROR, edgeImports, initVM, readCString, vmError, withBytes, withCStrings } from './wasm-abi.js';


/** Modules built into the VM: nothing to fetch or register. */
export const BUILTIN_MODULES = ['time', 'sys'];

/**
 * The standard modules that ship as files, by name: the default of options.standardModules.
 * `make sdk` builds them into build/modules/: math.py and random.py import their native
 * halves (./math.wasm, ./random.wasm) next to them; the others are plain Python
 * (modules/README.md).
 */
export const STANDARD_MODULES = Object.freeze({
    bisect: new URL('../build/modules/bisect.py', import.meta.url).href,
    collections: new URL('../build/modules/collections.py', import.meta.url).href,
    copy: new URL('../build/modules/copy.py', import.meta.url).href,
    functools: new URL('../build/modules/functools.py', import.meta.url).href,
    heapq: new URL('../build/modules/heapq.py', import.meta.url).href,
    itertools: new URL('../build/modules/itertools.py', import.meta.url).href,
    keyword: new URL('../build/modules/keyword.py', import.meta.url).href,
    math: new URL('../build/modules/math.py', import.meta.url).href,
    operator: new URL('../build/modules/operator.py', import.meta.url).href,
    random: new URL('../build/modules/random.py', import.meta.url).href,
    string: new URL('../build/modules/string.py', import.meta.url).href,
    typing: new URL('../build/modules/typing.py', import.meta.url).href,
});

/** The `format` of a bundle (packBundle), with its `version`. */
export const BUNDLE_FORMAT = 'edge-python-bundle';
const BUNDLE_VERSION = 1;

// Native code for another machine: never loaded, whatever the host.
const NATIVE_LIBRARY = /\.(so|dylib|dll)$/i;

// A wasm function export can become a Python function when it takes 0 to 8 i64 value
// words and returns one (the VM's CALL_EXTERN calls at most 8 parameters).
const MAX_NATIVE_PARAMS = 8;

/**
 * The imports `source` makes, in order: [{ spec, line, col }], or null on a syntax error
 * (the VM then holds its diagnostic). core.exports are edge.wasm's exports.
 */
export function listImports(core, source, filename) {
    const e = core.exports;
    const src = encoder.encode(String(source));
    const ptr = withBytes(e, src, (srcPtr, len) => withCStrings(e, [filename], (name) => e.edge_list_imports(srcPtr, len, name)));
    if (ptr === 0) return null;
    const text = readCString(e, ptr);
    e.edge_free(ptr);
    const found = [];
    for (const row of text.split('\n')) {
        if (!row) continue;
        const [line, col, ...spec] = row.split('\t');
        found.push({ spec: spec.join('\t'), line: Number(line), col: Number(col) });
    }
    return found;
}

// ---- bytes: base64, hex, SHA-256 ----

function toBase64(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
}

// Standard or URL-safe base64, padded or not; null when it is not base64.
function fromBase64(text) {
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return null;
    let s = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    if (s.length % 4 === 1) return null;
    s += '='.repeat((4 - (s.length % 4)) % 4);
    const bin = atob(s);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
}

const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex) {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return bytes;
}

const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

async function sha256(bytes) {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) return null; // an insecure browser context: hashes cannot be checked
    return new Uint8Array(await subtle.digest('SHA-256', bytes));
}

/** A SHA-256 digest the way integrity fragments and lockfiles write it: "sha256-<base64>". */
export const formatHash = (digest) => `sha256-${toBase64(digest)}`;

// "#sha256-…" → { digest, hex } (hex: the hash was written in hex), or a message.
function parseIntegrity(fragment) {
    const m = /^sha256-(.*)$/.exec(fragment);
    if (!m) return { error: `unsupported fragment '#${fragment}': only #sha256-<hash> is allowed` };
    const value = m[1];
    if (/^[0-9a-fA-F]{64}$/.test(value)) return { digest: fromHex(value), hex: true };
    const digest = fromBase64(value);
    if (digest?.length === 32) return { digest, hex: false };
    return { error: `invalid integrity hash 'sha256-${value}': expected 64 hex digits or 32 bytes in base64` };
}

// The hash as the user wrote it: hex when they used hex.
const showHash = (digest, hex) => `sha256-${hex ? toHex(digest) : toBase64(digest)}`;

// ---- diagnostics ----

// Where an import statement names `spec`: the column of the spec itself (its opening
// quote for a string) and its width, in code points. `col` is where the statement's
// import starts ("from" or the name), as edge_list_imports reports it.
function locate(source, line, col, spec) {
    const text = (String(source).split('\n')[line - 1] ?? '').replace(/\r$/, '');
    const chars = Array.from(text);
    const start = Math.max(col - 1, 0);
    const rest = chars.slice(start).join('');
    for (const needle of [`"${spec}"`, `'${spec}'`, spec]) {
        const i = rest.indexOf(needle);
        if (i >= 0) return { col: start + Array.from(rest.slice(0, i)).length + 1, width: Array.from(needle).length };
    }
    return { col, width: 1 };
}

// A run() error result for a problem the host found, reading like the VM's diagnostics:
// "error: <message>", any notes, then where: `at` is { filename, text (the file), line,
// col, width }. `kind` other than 'error' heads the text as the VM does ("SyntaxError:").
function failure(message, notes = [], at = null, kind = 'error') {
    const lines = [`${kind}: ${message}`, ...notes];
    if (at) {
        const text = (String(at.text ?? '').split('\n')[at.line - 1] ?? '').replace(/\r$/, '');
        const num = String(at.line);
        const pad = ' '.repeat(num.length + 1);
        const lead = Array.from(text).slice(0, at.col - 1).map((c) => (c === '\t' ? '\t' : ' ')).join('');
        lines.push(`   --> ${at.filename}:${at.line}:${at.col}`, `${pad} |`, ` ${num} | ${text}`, `${pad} | ${lead}${'^'.repeat(at.width ?? 1)}`);
    }
    const error = {
        type: kind === 'error' ? 'ImportError' : kind,
        message,
        filename: at?.filename ?? '',
        line: at?.line ?? 0,
        col: at?.col ?? 0,
        text: lines.join('\n') + '\n',
    };
    return { ok: false, error };
}

// Where an import statement (a site: { importer, spec, line, col }) names its spec.
function siteLocation(site) {
    if (!site) return null;
    const { col, width } = locate(site.importer.source ?? '', site.line, site.col, site.spec);
    return { filename: site.importer.key, text: site.importer.source, line: site.line, col, width };
}

// Thrown inside the resolver, turned into a result at the top.
class ModuleError extends Error {
    constructor(result) {
        super(result.error.message);
        this.result = result;
    }
}

const fail = (message, notes, site) => new ModuleError(failure(message, notes, siteLocation(site)));

// ---- the import map (packages.json) ----

// Loads the map into the VM (for its diagnostics) and reads each name's target back.
function parseImportMap(core, text, url, key) {
    const e = core.exports;
    const json = encoder.encode(text);
    const status = withBytes(e, json, (ptr, len) => withCStrings(e, [key], (name) => e.edge_load_import_map(ptr, len, name)));
    if (status !== DONE) throw new ModuleError({ ok: false, error: vmError(e) });
    // The VM keeps names as written; JSON.parse only lists them (escapes aside, the same).
    // The VM's parser (jsmn) lets some mistakes through, such as a missing colon or a
    // trailing comma: JSON.parse catches those.
    let names;
    try {
        names = Object.keys(JSON.parse(text).imports ?? {});
    } catch (err) {
        const why = err.message.replace(/ (in|after) JSON at position \d+.*$/, '');
        const pos = Number(/at position (\d+)/.exec(err.message)?.[1] ?? text.length);
        const before = text.slice(0, pos).split('\n');
        const at = { filename: key, text, line: before.length, col: Array.from(before.at(-1)).length + 1 };
        throw new ModuleError(failure(`invalid JSON: ${why}`, [], at, 'SyntaxError'));
    }
    const targets = new Map();
    for (const name of names) {
        const target = withCStrings(e, [name], (ptr) => e.edge_import_map_get(ptr));
        if (target) targets.set(name, readCString(e, target));
    }
    return { url, key, targets };
}

// ---- WebAssembly modules: their exports' types ----

const VALTYPES = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref' };

// Reads the types of a module's exports from its binary (JavaScript cannot ask a
// function its signature yet): [{ name, kind: 'function', params, results } |
// { name, kind: 'global', type } | { name, kind: 'memory' | 'table' | 'tag' }].
export function wasmExports(bytes) {
    let p = 0;
    const u32 = () => {
        let r = 0;
        let shift = 0;
        let b;
        do {
            b = bytes[p++];
            r += (b & 0x7f) * 2 ** shift;
            shift += 7;
        } while (b & 0x80);
        return r;
    };
    const skipLeb = () => {
        while (bytes[p++] & 0x80);
    };
    const name = () => {
        const n = u32();
        p += n;
        return decoder.decode(bytes.subarray(p - n, p));
    };
    const valtype = () => {
        const b = bytes[p++];
        if (b === 0x63 || b === 0x64) skipLeb(); // (ref null? heaptype)
        return VALTYPES[b] ?? 'ref';
    };
    const vec = (read) => Array.from({ length: u32() }, read);
    const limits = () => {
        const flags = u32();
        u32();
        if (flags & 1) u32();
    };
    const constExpr = () => {
        for (;;) {
            const op = bytes[p++];
            if (op === 0x0b) return;
            if (op === 0x41 || op === 0x42 || op === 0xd0) skipLeb();
            else if (op === 0x43) p += 4;
            else if (op === 0x44) p += 8;
            else if (op === 0x23 || op === 0xd2) u32();
            else if (op === 0xfd && u32() === 12) p += 16;
            else if (![0x6a, 0x6b, 0x6c, 0x7c, 0x7d, 0x7e].includes(op)) throw new Error('unsupported constant expression');
        }
    };
    if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
        throw new Error('not a WebAssembly module');
    }
    p = 8;
    const types = [];
    const funcs = [];
    const globals = [];
    const exports = [];
    while (p < bytes.length) {
        const id = bytes[p++];
        const size = u32();
        const end = p + size;
        if (id === 1) {
            for (let n = u32(); n > 0; n--) {
                const form = bytes[p++];
                if (form !== 0x60) throw new Error('uses types of the GC proposal, which Edge Python does not support');
                types.push({ params: vec(valtype), results: vec(valtype) });
            }
        } else if (id === 2) {
            for (let n = u32(); n > 0; n--) {
                name();
                name();
                const kind = bytes[p++];
                if (kind === 0) funcs.push(types[u32()]);
                else if (kind === 1) valtype(), limits();
                else if (kind === 2) limits();
                else if (kind === 3) globals.push(valtype()), p++;
                else if (kind === 4) p++, u32();
            }
        } else if (id === 3) {
            for (let n = u32(); n > 0; n--) funcs.push(types[u32()]);
        } else if (id === 6) {
            for (let n = u32(); n > 0; n--) {
                globals.push(valtype());
                p++;
                constExpr();
            }
        } else if (id === 7) {
            for (let n = u32(); n > 0; n--) {
                const exportName = name();
                const kind = bytes[p++];
                const index = u32();
                if (kind === 0) exports.push({ name: exportName, kind: 'function', ...funcs[index] });
                else if (kind === 3) exports.push({ name: exportName, kind: 'global', type: globals[index] });
                else exports.push({ name: exportName, kind: ['function', 'table', 'memory', 'global', 'tag'][kind] ?? 'other' });
            }
            return exports;
        }
        p = end;
    }
    return exports;
}

const signature = (f) => `(${f.params.join(', ')}) -> ${f.results.length === 1 ? f.results[0] : `(${f.results.join(', ')})`}`;
const sameTypes = (a, b) => a.length === b.length && a.every((t, i) => t === b[i]);
const isWordFunction = (ex) => ex?.kind === 'function' && ex.params.every((t) => t === 'i64') && sameTypes(ex.results, ['i64']);

// What a native module's imports get (sdk/ABI.md): emcc's growth notice does nothing, and
// every other function is a stub that traps when called, so a module that merely links
// one (a libc's unused fd_write) still loads, and none reaches the host. Memories, tables
// and globals are refused when the module compiles.
function stubImports(module) {
    const object = { env: { emscripten_notify_memory_growth() {} } };
    for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
        if (kind !== 'function' || (from === 'env' && name === 'emscripten_notify_memory_growth')) continue;
        (object[from] ??= {})[name] = () => {
            throw new WebAssembly.RuntimeError(`native modules cannot call the host ('${from}.${name}')`);
        };
    }
    return object;
}

// An ABI v2 module's declarations (its `edge_abi` custom sections): "name(p: T, q: T =
// None) -> T" declares a function, "name: T" a constant, one a line. The one reading of
// them: sdk/abi.mjs, the SDK's loader, uses this too.
export const ABI_TYPES = ['int', 'float', 'bool', 'str', 'any', 'None'];

/** Parses an edge_abi section's text into declarations; throws on a line it cannot read. */
export function parseDeclarations(text) {
    const decls = [];
    const ident = '[A-Za-z_][A-Za-z0-9_]*';
    const fnRe = new RegExp(`^(${ident})\\s*\\((.*)\\)\\s*->\\s*(${ident})$`);
    const constRe = new RegExp(`^(${ident})\\s*:\\s*(${ident})$`);
    const paramRe = new RegExp(`^(${ident})\\s*:\\s*(${ident})(\\s*=\\s*None)?$`);
    for (const raw of text.replace(/\0/g, '\n').split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#')) continue;
        let m;
        if ((m = fnRe.exec(line))) {
            const [, name, list, result] = m;
            if (!ABI_TYPES.includes(result)) throw new Error(`'${line}': unknown result type '${result}'`);
            const params = [];
            for (const piece of list.trim() ? list.split(',') : []) {
                const p = paramRe.exec(piece.trim());
                if (!p) throw new Error(`'${line}': cannot read parameter '${piece.trim()}'`);
                const [, pname, type, dflt] = p;
                if (!ABI_TYPES.includes(type) || type === 'None') throw new Error(`'${line}': unknown parameter type '${type}'`);
                const optional = Boolean(dflt);
                if (optional && type === 'str') throw new Error(`'${line}': a str parameter cannot default to None`);
                if (!optional && params.some((q) => q.optional))
                    throw new Error(`'${line}': '${pname}' follows a parameter with a default`);
                params.push({ name: pname, type, optional });
            }
            decls.push({ kind: 'function', name, params, result });
        } else if ((m = constRe.exec(line))) {
            const [, name, type] = m;
            if (!ABI_TYPES.includes(type) || type === 'None') throw new Error(`'${line}': unknown constant type '${type}'`);
            decls.push({ kind: 'constant', name, type });
        } else {
            throw new Error(`cannot read declaration '${line}'`);
        }
    }
    return decls;
}

// What of a native module the VM can use (the rules of sdk/ABI.md):
//   { functions: [{ name, nparams, nrequired, str, params, result }],
//     constants: [{ name, from, type }], skipped: Map(name → why), canRaise }
// str: the function passes or returns a str (its params and result are the declared
// types), so it is called through glue that copies strings; canRaise: it exports
// edge_error, so a function may return the error word.
function nativeInterface(module, bytes) {
    const exports = new Map(wasmExports(bytes).map((ex) => [ex.name, ex]));
    const functions = [];
    const constants = [];
    const skipped = new Map();
    const sections = WebAssembly.Module.customSections(module, 'edge_abi');
    const err = exports.get('edge_error');
    const canRaise = isWordFunction(err) && err.params.length === 0;
    if (sections.length === 0) {
        // ABI v1: every function of i64 words to an i64 word, every i64 or f64 global. The
        // toolchain's exports (memory, _initialize, __heap_base) and the ABI's own (edge_*)
        // are left out silently; anything else is skipped with a warning.
        for (const ex of exports.values()) {
            if (/^(_initialize|_start|__.*|edge_.*)$/.test(ex.name)) continue;
            if (ex.kind === 'function') {
                if (!isWordFunction(ex)) skipped.set(ex.name, `function '${ex.name}' has the signature ${signature(ex)}: native functions take and return i64 value words`);
                else if (ex.params.length > MAX_NATIVE_PARAMS) skipped.set(ex.name, `function '${ex.name}' takes ${ex.params.length} arguments (at most ${MAX_NATIVE_PARAMS})`);
                else functions.push({ name: ex.name, nparams: ex.params.length, nrequired: ex.params.length, str: false, params: ex.params.map(() => 'any'), result: 'any' });
            } else if (ex.kind === 'global') {
                if (ex.type === 'i64' || ex.type === 'f64') constants.push({ name: ex.name, from: 'global', type: ex.type });
                else skipped.set(ex.name, `global '${ex.name}' is ${ex.type}: constants are i64 value words or f64`);
            }
        }
        return { functions, constants, skipped, canRaise: false };
    }
    // ABI v2: the declarations are the whole interface, and must match the exports.
    const text = sections.map((b) => decoder.decode(b)).join('\n');
    const seen = new Set();
    for (const d of parseDeclarations(text)) {
        if (seen.has(d.name)) throw new Error(`'${d.name}' is declared twice`);
        seen.add(d.name);
        const ex = exports.get(d.name);
        if (!ex) throw new Error(`'${d.name}' is declared but not exported`);
        if (d.kind === 'function') {
            const wire = d.params.flatMap((q) => (q.type === 'str' ? ['i32', 'i32'] : ['i64']));
            if (ex.kind !== 'function' || !sameTypes(ex.params, wire) || !sameTypes(ex.results, ['i64'])) {
                throw new Error(`export '${d.name}' does not match its declaration (wasm (${wire.join(', ')}) -> i64)`);
            }
            if (d.params.length > MAX_NATIVE_PARAMS) throw new Error(`'${d.name}' takes more than ${MAX_NATIVE_PARAMS} arguments`);
            if ((d.result === 'str' || d.params.some((q) => q.type === 'str')) && !isMemoryAndAlloc(exports)) {
                throw new Error(`'${d.name}' passes a str, so the module must export its memory and edge_alloc(i32) -> i32`);
            }
            const str = d.result === 'str' || d.params.some((q) => q.type === 'str');
            functions.push({
                name: d.name, nparams: d.params.length, nrequired: d.params.filter((q) => !q.optional).length, str,
                params: d.params.map((q) => q.type), result: d.result,
            });
        } else if (isWordFunction(ex) && ex.params.length === 0) {
            if (d.type === 'str' && !exports.has('memory')) throw new Error(`'${d.name}' is a str constant, so the module must export its memory`);
            constants.push({ name: d.name, from: 'getter', type: d.type });
        } else if (ex.kind === 'global' && d.type !== 'str' && (ex.type === 'i64' || (ex.type === 'f64' && d.type === 'float'))) {
            constants.push({ name: d.name, from: 'global', type: ex.type });
        } else {
            throw new Error(`export '${d.name}' does not match its declaration (a () -> i64 function or an i64 global)`);
        }
    }
    return { functions, constants, skipped, canRaise };
}

// What a module that passes strings must export (sdk/ABI.md, Strings).
function isMemoryAndAlloc(exports) {
    const alloc = exports.get('edge_alloc');
    return exports.get('memory')?.kind === 'memory' && alloc?.kind === 'function' &&
        sameTypes(alloc.params, ['i32']) && sameTypes(alloc.results, ['i32']);
}

// Compiled native modules by their SHA-256: the same bytes, read again from a file or
// fetched again, are not compiled again. The most recent few are kept.
const compiled = new Map(); // "hex digest" → { module, iface }
const COMPILED_KEPT = 32;

// Compiles a native module and reads its interface; warnings go to `warn`. `digest`, the
// bytes' SHA-256 when known, finds a module compiled before. Throws a message for the
// caller to place.
async function compileNative(bytes, key, warn, digest = null) {
    const id = digest ? toHex(digest) : null;
    let done = id ? compiled.get(id) : undefined;
    if (!done) {
        let module;
        try {
            module = await WebAssembly.compile(bytes);
        } catch (err) {
            throw new Error(`native module '${key}' is not valid WebAssembly: ${err.message}`);
        }
        for (const imp of WebAssembly.Module.imports(module)) {
            if (imp.kind !== 'function') {
                throw new Error(`native module '${key}' imports the ${imp.kind} '${imp.module}.${imp.name}': ` +
                    'a native module has only its own memory, tables and globals');
            }
        }
        try {
            done = { module, iface: nativeInterface(module, bytes) };
        } catch (err) {
            throw new Error(`native module '${key}': ${err.message}`);
        }
    }
    if (id) {
        compiled.delete(id); // the most recent last
        compiled.set(id, done);
        if (compiled.size > COMPILED_KEPT) compiled.delete(compiled.keys().next().value);
    }
    for (const why of done.iface.skipped.values()) warn(`warning: native module '${key}': skipped ${why}\n`);
    return done;
}

// ---- trampolines: the error word of ABI v2 ----
// A function of a module that exports edge_error may return the error word instead of a
// value. Its table entry is then a trampoline, a few wasm instructions generated here:
// it calls the function (wasm to wasm, no JavaScript) and, on the error word only, calls
// the host's raise(), which throws a NativeRaise out of edge.wasm; resumeProgram turns
// it into the Python exception. A function that passes a str gets a trampoline whose
// callee is JavaScript glue (strGlue) that copies the strings between the memories.

const ERROR_WORD = 0x7ffc000000000004n;

/** What a native function raised: unwinds edge.wasm, as a trap does. */
class NativeRaise extends Error {
    constructor(type, message) {
        super(`${type}: ${message}`);
        this.type = type;
        this.detail = message;
    }
}

const uleb = (n) => {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n) b |= 0x80;
        out.push(b);
    } while (n);
    return out;
};

const sleb64 = (v) => {
    const out = [];
    for (;;) {
        const b = Number(v & 0x7fn);
        v >>= 7n;
        if ((v === 0n && !(b & 0x40)) || (v === -1n && b & 0x40)) return [...out, b];
        out.push(b | 0x80);
    }
};

const wasmName = (s) => [...uleb(s.length), ...encoder.encode(s)];
const wasmVec = (items) => [...uleb(items.length), ...items.flat()];
const wasmSection = (id, body) => [id, ...uleb(body.length), ...body];

// The binary of a module importing f/0 … f/n-1 (of nparams[i] i64 words to an i64) and
// h/raise, and exporting t0 … tn-1, each calling its f and checking for the error word.
function trampolineBinary(nparams) {
    const I64 = 0x7e;
    const types = Array.from({ length: MAX_NATIVE_PARAMS + 1 }, (_, k) => [0x60, ...wasmVec(Array(k).fill([I64])), 1, I64]);
    types.push([0x60, 0, 0]); // raise: () -> ()
    const raiseType = MAX_NATIVE_PARAMS + 1;
    const raise = nparams.length; // its function index, after the imported callees
    const imports = nparams.map((k, i) => [...wasmName('f'), ...wasmName(String(i)), 0, ...uleb(k)]);
    imports.push([...wasmName('h'), ...wasmName('raise'), 0, ...uleb(raiseType)]);
    const bodies = nparams.map((k, i) => {
        const code = [
            ...Array.from({ length: k }, (_, j) => [0x20, ...uleb(j)]).flat(), // local.get j
            0x10, ...uleb(i), // call f/i
            0x22, ...uleb(k), // local.tee result
            0x42, ...sleb64(ERROR_WORD), 0x51, // i64.const ERROR; i64.eq
            0x04, 0x40, 0x10, ...uleb(raise), 0x0b, // if: call raise; end
            0x20, ...uleb(k), 0x0b, // local.get result; end
        ];
        const body = [...wasmVec([[1, I64]]), ...code];
        return [...uleb(body.length), ...body];
    });
    return new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...wasmSection(1, wasmVec(types)),
        ...wasmSection(2, wasmVec(imports)),
        ...wasmSection(3, wasmVec(nparams.map((k) => uleb(k)))),
        ...wasmSection(7, wasmVec(nparams.map((_, i) => [...wasmName(`t${i}`), 0, ...uleb(raise + 1 + i)]))),
        ...wasmSection(10, wasmVec(bodies)),
    ]);
}

// A str result that is the module's error: no string can end past 4 GiB.
const STR_ERROR_WORD = 0xffffffffffffffffn;

// The bytes of a packed str (ptr << 32 | len) in a module's memory, checked to lie in it.
function packedBytes(ex, word, what) {
    const packed = BigInt.asUintN(64, word);
    const ptr = Number(packed >> 32n);
    const len = Number(packed & 0xffffffffn);
    if (len === 0) return new Uint8Array(0);
    if (ptr + len > ex.memory.buffer.byteLength) throw new NativeRaise('ValueError', `${what} returned a str outside its memory`);
    return new Uint8Array(ex.memory.buffer, ptr, len);
}

// A str in edge.wasm made from `bytes`, as its value word (copied through edge.wasm's own
// allocator; edge_make_str checks the UTF-8). Unlike withBytes, it answers an allocation
// that failed, inside a native call, with the program's MemoryError.
function makeStr(edge, bytes, what) {
    const p = edge.edge_alloc(bytes.length || 1);
    if (!p) throw new NativeRaise('MemoryError', '');
    new Uint8Array(edge.memory.buffer, p, bytes.length).set(bytes);
    const word = edge.edge_make_str(p, bytes.length);
    edge.edge_free(p);
    if (word === 0n) throw new NativeRaise('ValueError', `${what} returned invalid UTF-8`);
    return word;
}

// The glue between the VM and a function that passes strings (sdk/ABI.md, Strings). It
// gets the value words the VM passes (a str parameter's word is the str object, which the
// VM checked), copies each str into the module's memory through its edge_alloc, calls,
// and turns a str result into a str of edge.wasm's. It runs inside the VM's call, so the
// only object word it may return is the str it made (the VM checks that too).
function strGlue(f, ex, edge, raise) {
    const what = `native function '${f.name}'`;
    return (...words) => {
        const args = [];
        for (let i = 0; i < f.params.length; i++) {
            if (f.params[i] !== 'str') {
                args.push(words[i]);
                continue;
            }
            const len = edge.edge_str_len(words[i]);
            if (len <= 0) {
                args.push(0, 0);
                continue;
            }
            const ptr = ex.edge_alloc(len);
            if (!ptr) throw new NativeRaise('MemoryError', `${what} could not take a str of ${len} bytes`);
            const chars = edge.edge_str_chars(words[i]);
            new Uint8Array(ex.memory.buffer, ptr, len).set(new Uint8Array(edge.memory.buffer, chars, len));
            args.push(ptr, len);
        }
        const result = ex[f.name](...args);
        if (f.result !== 'str') return result; // a word: the trampoline checks it
        if (BigInt.asUintN(64, result) === STR_ERROR_WORD) raise(what);
        return makeStr(edge, packedBytes(ex, result, what), what);
    };
}

// The functions of a native instance to place in the table, by name: its own exports,
// or trampolines when the module can raise or passes strings (`edge`: edge.wasm's
// exports, for the strings).
function tableFunctions(instance, iface, edge) {
    const ex = instance.exports;
    const direct = Object.fromEntries(iface.functions.map((f) => [f.name, ex[f.name]]));
    if (!iface.canRaise && !iface.functions.some((f) => f.str)) return direct;
    const raise = (what = 'a native function') => {
        if (!iface.canRaise) throw new NativeRaise('TypeError', `${what} returned an invalid value`);
        const bytes = packedBytes(ex, ex.edge_error(), 'edge_error()');
        const text = decoder.decode(bytes);
        const colon = text.indexOf(': ');
        throw colon > 0 ? new NativeRaise(text.slice(0, colon), text.slice(colon + 2)) : new NativeRaise('RuntimeError', text);
    };
    const callees = iface.functions.map((f) => (f.str ? strGlue(f, ex, edge, raise) : ex[f.name]));
    const module = new WebAssembly.Module(trampolineBinary(iface.functions.map((f) => f.nparams)));
    const t = new WebAssembly.Instance(module, { f: { ...callees }, h: { raise } }).exports;
    return Object.fromEntries(iface.functions.map((f, i) => [f.name, t[`t${i}`]]));
}

// ---- resolving and fetching ----

const isBareName = (spec) => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(spec) && !/\.(py|wasm)$/.test(spec);
const isHttp = (url) => url.protocol === 'http:' || url.protocol === 'https:';

function moduleKind(url, bytes) {
    const path = url.pathname.toLowerCase();
    if (path.endsWith('.py')) return 'python';
    if (path.endsWith('.wasm')) return 'wasm';
    // Anything else by its content: the wasm magic number, or Python source.
    return bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d ? 'wasm' : 'python';
}

// Splits "./x.py#sha256-…" into its location and its expected hash.
function splitSpec(text, site) {
    const hash = text.indexOf('#');
    if (hash < 0) return { location: text, integrity: null };
    const integrity = parseIntegrity(text.slice(hash + 1));
    if (integrity.error) throw fail(integrity.error, [], site);
    return { location: text.slice(0, hash), integrity };
}

// Throws unless `digest` (null: it could not be computed) is what `check` expects.
// `shown` is the module as messages name it.
function verify(shown, digest, check, site) {
    if (!digest) throw fail(`cannot check the integrity of '${shown}': crypto.subtle is not available here`, [], site);
    if (!sameBytes(digest, check.digest)) {
        throw fail(`integrity check failed for '${shown}'`,
            [`expected ${showHash(check.digest, check.hex)}${check.note ?? ''}`, `got ${showHash(digest, check.hex)}`], site);
    }
}

// One program's resolution: the options, the fetches in flight, the module graph.
class Resolver {
    constructor(core, options) {
        this.core = core;
        // Node's fetch cannot read file: URLs: without a fetch of the host's own, they are
        // read from disk there.
        this.readsFiles = !options.fetch && isNode;
        this.fetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
        this.cache = options.cache === false ? null : options.cache ?? defaultCache(core);
        this.standard = standardTable(options.standardModules);
        this.inlined = options.standardModules?.format === MODULES_FORMAT ? options.standardModules.files ?? {} : null;
        this.lock = options.lock ?? null; // { url: "sha256-…" }
        this.lockName = options.lockName ?? 'packages.lock.json';
        this.name = options.moduleName ?? ((url) => url.href);
        this.warn = options.warn ?? core.stderr ?? ((text) => console.warn(text.trimEnd()));
        // Warnings wait for the whole program to resolve, then come in module order.
        this.warnings = new Map(); // request URL → [text]
        this.importMap = null;
        this.nodes = new Map(); // request URL → promise of a node
        this.urls = {}; // http(s) request URL → "sha256-…" of what it served
    }

    // Fetches `url`, checking the integrity hash `expected` and the lockfile. Resolves to
    // { url: final URL, bytes, digest } or throws a ModuleError. Only what comes over the
    // network goes through the cache: a local file is read, and checked, every time, so
    // a program runs what its files hold now. A cached copy is checked by its hash too.
    async get(url, site, expected, describe) {
        const lockHash = isHttp(url) ? this.lock?.[url.href] : undefined;
        const checks = [];
        if (expected) checks.push({ digest: expected.digest, hex: expected.hex, note: '' });
        if (lockHash) {
            const locked = parseIntegrity(lockHash);
            if (locked.digest) checks.push({ digest: locked.digest, hex: locked.hex, note: ` (${this.lockName})` });
        }
        // A cache may serve (and keep) bytes by their hash when the spec pins the module.
        const pin = expected ? toHex(expected.digest) : undefined;
        const passes = (entry) => checks.every((c) => entry.digest && sameBytes(entry.digest, c.digest));
        const cache = isHttp(url) ? this.cache : null;
        let entry = await cache?.get(url.href, pin);
        if (entry) {
            entry = { url: entry.url, bytes: entry.bytes, digest: await sha256(entry.bytes) };
            if (!passes(entry)) entry = null; // a stale or damaged copy: fetch it again
        }
        if (!entry) {
            entry = await this.download(url, site, describe, checks.length > 0);
            entry.digest = await sha256(entry.bytes);
            await cache?.set(url.href, entry, Boolean(pin) && passes(entry));
        }
        for (const check of checks) verify(this.name(url), entry.digest, check, site);
        return entry;
    }

    async download(url, site, describe, pinned) {
        if (url.protocol === 'file:' && this.readsFiles) return readFileUrl(url, () => {
            if (describe) throw describe();
            throw fail(`could not read '${this.name(url)}': there is no such file`, [], site);
        }, (why) => fail(`could not read '${this.name(url)}': ${why}`, [], site));
        if (url.protocol === INLINE_PROTOCOL) return this.readInlined(url, site, describe);
        if (!this.fetch) throw fail(`cannot fetch '${url.href}': this host has no fetch()`, [], site);
        let response;
        try {
            response = await this.fetch(url.href);
        } catch (err) {
            const why = err.cause?.code ?? err.cause?.message ?? err.message;
            throw fail(`could not fetch '${url.href}': ${why}`, [], site);
        }
        if (!response.ok) {
            if (response.status === 404 && describe) throw describe();
            throw fail(`could not fetch '${url.href}': ${response.status}`, [], site);
        }
        const final = response.url ? new URL(response.url) : url;
        // A redirect is followed; the integrity hash applies to the bytes it ends with. A
        // module pinned by a hash may move to any host; one without a hash is reported
        // when it moves to another host, since its code then comes from somebody else.
        if (final.host !== url.host && !pinned) {
            this.later(url, `warning: '${url.href}' redirected to another host: '${final.href}'\n`);
        }
        return { url: final.href, bytes: new Uint8Array(await response.arrayBuffer()) };
    }

    // A module of options.standardModules given as all.json's object: its text, or for a
    // .wasm its base64.
    readInlined(url, site, describe) {
        const name = url.href.startsWith(INLINE_BASE) ? decodeURIComponent(url.href.slice(INLINE_BASE.length)) : null;
        const data = name !== null && this.inlined && Object.hasOwn(this.inlined, name) ? this.inlined[name] : undefined;
        if (typeof data !== 'string') {
            if (describe) throw describe();
            throw fail(`module '${url.href}' is not among the inlined modules`, [], site);
        }
        const bytes = name.endsWith('.wasm') ? fromBase64(data) : encoder.encode(data);
        if (!bytes) throw fail(`inlined module '${url.href}' is not valid base64`, [], site);
        return { url: url.href, bytes };
    }

    later(url, text) {
        if (!this.warnings.has(url.href)) this.warnings.set(url.href, []);
        this.warnings.get(url.href).push(text);
    }

    // Where a spec written in `importer` leads: null for a builtin module, or
    // { url, integrity, describe } (describe: the error when nothing is there).
    resolve(site) {
        const target = this.target(site);
        if (target && NATIVE_LIBRARY.test(target.url.pathname)) {
            throw fail(`cannot import '${site.spec}': native libraries (.so, .dylib, .dll) cannot be loaded`,
                ['build the module to WebAssembly (.wasm) with the SDK instead'], site);
        }
        return target;
    }

    target(site) {
        const { importer, spec } = site;
        if (isBareName(spec)) {
            const mapped = this.importMap?.targets.get(spec);
            if (mapped !== undefined) {
                const { location, integrity } = splitSpec(mapped, site);
                return { url: new URL(location, this.importMap.url), integrity };
            }
            if (BUILTIN_MODULES.includes(spec)) return null;
            if (Object.hasOwn(this.standard, spec)) {
                const { location, integrity } = splitSpec(String(this.standard[spec]), site);
                return { url: new URL(location), integrity, standard: true };
            }
            // Last, a file next to the importing one, as the native `edge` looks too.
            const sibling = importer.url ? new URL(`${spec}.py`, importer.url) : null;
            const describe = () => {
                const where = this.importMap ? `not in ${this.importMap.key}` : 'there is no packages.json';
                const standard = [...BUILTIN_MODULES, ...Object.keys(this.standard)].join(', ');
                const file = sibling ? `, and there is no file '${this.name(sibling)}'` : '';
                return fail(`module '${spec}' not found`, [`${where}, it is not a standard module (${standard})${file}`], site);
            };
            if (!sibling) throw describe();
            return { url: sibling, integrity: null, describe };
        }
        const { location, integrity } = splitSpec(spec, site);
        let url;
        if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
            url = new URL(location);
            if (!isHttp(url) && url.protocol !== 'file:') {
                throw fail(`cannot import '${spec}': only http(s) URLs and paths can be imported`, [], site);
            }
        } else {
            if (!importer.url) {
                throw fail(`cannot resolve '${spec}': the program has no URL to resolve it against`,
                    ['pass options.baseUrl (the URL of the program)'], site);
            }
            url = new URL(location, importer.url);
        }
        // Only a local file may import a local file: a program given no URL, or one from the
        // network, cannot make a host in Node read the disk (a diagnostic would show a line).
        if (url.protocol === 'file:' && importer.url?.protocol !== 'file:') {
            throw fail(`'${importer.key}' cannot import the local file '${url.href}'`,
                importer.url ? [] : ['only a program whose baseUrl is a file: URL can import local files'], site);
        }
        const describe = url.protocol === 'file:' ? () => fail(`module '${spec}' not found`, [`there is no file '${this.name(url)}'`], site) : null;
        return { url, integrity, describe };
    }

    // The node for a request URL: fetched, checked, and (for code) scanned for imports.
    // The first site that asked for it is where its errors are reported.
    node(target, site) {
        const href = target.url.href;
        if (!this.nodes.has(href)) {
            const promise = this.load(target, site);
            promise.catch(() => {}); // reported when the graph is walked
            this.nodes.set(href, promise);
        }
        return this.nodes.get(href);
    }

    async load(target, site) {
        const what = target.standard ? `standard module '${site.spec}'` : null;
        // The default table points into the package: a bundler that moved the package's
        // code left the modules behind.
        const hint = this.standard === STANDARD_MODULES
            ? ['they are looked for in the package\'s build/modules/: a bundled host passes options.standardModules (README, Modules)']
            : [];
        const entry = await this.get(target.url, site, target.integrity,
            target.describe ?? (what ? () => fail(`${what} is missing: there is no file '${this.name(target.url)}'`, hint, site) : null));
        const request = target.url;
        if (isHttp(request)) {
            // What a lockfile pins: every module fetched over the network, by the URL asked for.
            if (entry.digest) this.urls[request.href] = formatHash(entry.digest);
            if (this.lock && !this.lock[request.href] && !target.integrity) {
                this.later(request, `warning: '${request.href}' is not in ${this.lockName} (run \`edge lock\` to pin it)\n`);
            }
        }
        const url = new URL(entry.url);
        const kind = moduleKind(url, entry.bytes);
        const node = { url, request: target.url, key: this.name(url), kind, bytes: entry.bytes, digest: entry.digest, sites: [] };
        if (kind === 'python') {
            node.source = decoder.decode(entry.bytes);
            await this.scan(node);
        } else {
            try {
                Object.assign(node, await compileNative(entry.bytes, node.key, (text) => this.later(target.url, text), entry.digest));
            } catch (err) {
                throw fail(err.message, [], site);
            }
        }
        return node;
    }

    // Lists a code module's imports and starts fetching what they name, all at once.
    // A syntax error in the program itself is left to its load, which reports it.
    async scan(node) {
        const found = listImports(this.core, node.source, node.key);
        if (found === null && node.request) throw new ModuleError({ ok: false, error: vmError(this.core.exports) });
        node.sites = (found ?? []).map((f) => ({ importer: node, ...f }));
        for (const site of node.sites) {
            try {
                site.target = this.resolve(site);
                if (site.target) site.node = this.node(site.target, site);
            } catch (err) {
                site.error = err;
            }
        }
    }

    // Walks the graph depth-first from the program: the first error in import order wins,
    // a cycle is an error, and the modules come out dependencies first.
    async order(root) {
        const modules = [];
        const imports = [];
        const state = new Map(); // node → 'open' | 'done'
        const stack = [];
        const visit = async (node) => {
            state.set(node, 'open');
            stack.push(node);
            for (const site of node.sites) {
                if (site.error) throw site.error;
                if (!site.target) continue; // a builtin module
                const dep = await site.node;
                // Each import checks its own hash: two may name one URL with two hashes.
                if (site.target.integrity && dep.request) verify(this.name(dep.request), dep.digest, site.target.integrity, site);
                if (state.get(dep) === 'open') {
                    const cycle = [...stack.slice(stack.indexOf(dep)), dep].map((n) => n.key).join(' -> ');
                    throw fail(`circular import: '${site.spec}'`, [`the imports go round: ${cycle}`], site);
                }
                if (!state.has(dep)) await visit(dep);
                imports.push([node.key, site.spec, dep.key]);
            }
            stack.pop();
            state.set(node, 'done');
            if (node !== root && !modules.some((m) => m.key === node.key)) modules.push(node);
        };
        await visit(root);
        return { modules, imports };
    }
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const NODE_FS = 'node:fs/promises'; // a variable, so no bundler for the browser resolves it

// Reads a file: URL from disk (in Node): { url, bytes }. A file that is not there calls
// missing(), another failure failed(why); both throw.
async function readFileUrl(url, missing, failed) {
    const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
    try {
        return { url: url.href, bytes: new Uint8Array(await fs.readFile(url)) };
    } catch (err) {
        if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes(err.code)) missing();
        throw failed(err.code ?? err.message);
    }
}

/** The `format` of build/modules/all.json: the standard modules inlined in one object. */
export const MODULES_FORMAT = 'edge-python-modules';

// Inlined modules have URLs of their own, so that math.py's "./math.wasm" resolves as it
// does next to the files: edge-python:/modules/math.wasm.
const INLINE_PROTOCOL = 'edge-python:';
const INLINE_BASE = 'edge-python:/modules/';

// The table of standard modules options.standardModules gives: { name: URL } as it is; a
// folder (a URL or a string ending in '/', relative to the page in a browser) that holds
// NAME.py for every standard module, as build/modules/ does; or the object of
// build/modules/all.json, every module inlined: each NAME.py in it by its inline URL.
function standardTable(given) {
    if (given === undefined || given === null) return STANDARD_MODULES;
    if (given.format === MODULES_FORMAT) {
        const names = Object.keys(given.files ?? {}).filter((f) => f.endsWith('.py'));
        return Object.fromEntries(names.map((f) => [f.slice(0, -3), `${INLINE_BASE}${f}`]));
    }
    if (typeof given !== 'string' && !(given instanceof URL)) return given;
    const folder = new URL(given, typeof location !== 'undefined' ? location.href : undefined);
    if (!folder.pathname.endsWith('/')) folder.pathname += '/';
    return Object.fromEntries(Object.keys(STANDARD_MODULES).map((name) => [name, new URL(`${name}.py`, folder).href]));
}

// The per-instance cache of fetched bytes, by URL.
const caches = new WeakMap();
function defaultCache(core) {
    if (!caches.has(core)) caches.set(core, new Map());
    return caches.get(core);
}

/**
 * Resolves everything `source` imports, before it runs. Lists its imports, fetches every
 * module in parallel (transitively), checks integrity hashes, and compiles the native
 * modules. Resolves to a program for loadProgram() / packBundle():
 *   { ok: true, filename, source, modules: [...], imports: [[importer, spec, key]], urls }
 * (modules dependencies first; urls: every http(s) URL fetched → "sha256-…", what a
 * lockfile pins) — or to an error result { ok: false, error } shaped like run()'s.
 *
 * core       { exports, stderr? }: edge.wasm's exports (with a VM: edge_init was called)
 *            and where warnings go (default console.warn). A web/edge.js Host is one.
 * options.baseUrl   the URL of the program: relative specs resolve against it. Default:
 *            the page (location.href) in a browser, none elsewhere.
 * options.importMap the import map: a URL (string or URL) of a packages.json to fetch
 *            (a 404 means none), its parsed form ({ imports: {...} }, relative to
 *            baseUrl), or { url, text }. Default: none.
 * options.fetch     fetch(url) → Response (default globalThis.fetch, and in Node file:
 *            URLs read from disk; a fetch given here gets file: URLs too).
 * options.cache     { get(url, sha256hex?), set(url, entry, pinned) }, maybe async, where
 *            entry is { url, bytes, digest }; a Map does. Only http(s) modules are cached
 *            (a local file is read every time), and what the cache gives back is checked
 *            against the import's hash. Default: one Map per core; false for none.
 * options.lock      { url: "sha256-…" }: hashes http(s) modules must have (a lockfile).
 * options.standardModules  { name: URL } (default STANDARD_MODULES), the URL of a
 *            folder holding NAME.py for each (a copy of the package's build/modules/), or
 *            the object of build/modules/all.json (MODULES_FORMAT): the modules inlined.
 * options.moduleName(url)  the key (and file name in messages) of a module; default url.href.
 * options.warn(text)       where warnings go (default core.stderr).
 */
export async function resolveProgram(core, source, filename = 'main.py', options = {}) {
    // An edge.wasm from before modules has nothing to resolve with: the program's imports,
    // if any, fail when it compiles.
    if (typeof core.exports.edge_list_imports !== 'function') {
        return { ok: true, filename, source: String(source), modules: [], imports: [], urls: {} };
    }
    const r = new Resolver(core, options);
    const base = options.baseUrl ?? (typeof location !== 'undefined' ? location.href : undefined);
    const root = { url: base !== undefined ? new URL(base) : null, key: filename, kind: 'python', source: String(source), sites: [] };
    try {
        if (root.url) r.nodes.set(root.url.href, Promise.resolve(root)); // importing it back is a cycle
        r.importMap = await loadImportMap(r, core, options.importMap, root.url);
        await r.scan(root);
        const { modules, imports } = await r.order(root);
        for (const m of modules) for (const text of r.warnings.get(m.request.href) ?? []) r.warn(text);
        return {
            ok: true,
            filename,
            source: root.source,
            modules: modules.map(({ key, url, kind, bytes, digest, source: text, module, iface }) =>
                ({ key, url: url.href, kind, bytes, sha256: digest ? formatHash(digest) : null, source: text, module, iface })),
            imports,
            urls: r.urls,
        };
    } catch (err) {
        if (err instanceof ModuleError) return err.result;
        throw err;
    }
}

async function loadImportMap(r, core, given, base) {
    if (given === undefined || given === null || given === false) return null;
    if (typeof given === 'string' || given instanceof URL) {
        const url = new URL(given, base ?? undefined);
        let entry;
        try {
            entry = await r.get(url, null, null, () => 'missing');
        } catch (err) {
            if (err === 'missing') return null;
            throw err;
        }
        return parseImportMap(core, decoder.decode(entry.bytes), url, r.name(url));
    }
    if (typeof given.text === 'string') {
        const url = new URL(given.url ?? base);
        return parseImportMap(core, given.text, url, r.name(url));
    }
    if (!base) throw fail('an import map given as an object needs options.baseUrl to resolve its paths');
    return parseImportMap(core, JSON.stringify(given), new URL(base), 'packages.json');
}

/**
 * A core for resolving only: a quiet instance of edge.wasm (`wasmModule`, a compiled
 * WebAssembly.Module) whose VM lists imports and parses import maps, for hosts that
 * resolve a program before running it elsewhere (the CLI's runSync, lock and bundle).
 * options.stderr gets the warnings.
 */
export async function createResolverCore(wasmModule, options = {}) {
    let exports = null;
    const env = { host_write() {}, host_read_line: () => -1, host_clock: () => 0 };
    const instance = await WebAssembly.instantiate(wasmModule, edgeImports(wasmModule, env, () => exports));
    exports = instance.exports;
    exports._initialize?.();
    initVM(exports, 0, 0, 0);
    return { exports, stderr: options.stderr };
}

// ---- registering with the VM, running ----

// Native modules get fresh instances for each program, as code modules get fresh globals,
// so no state (a counter, a random generator) passes from one program to the next. A
// session keeps its instances from run to run, as it keeps its globals, until reset()
// (resetNatives). Within a program, every import of one compiled module shares one
// instance. The function table of edge.wasm does not grow with every program: each
// module key and function name keeps its slot, which a new instance's function fills.
const slots = new WeakMap(); // table → Map("key\nname" → index)
const kept = new WeakMap(); // a session's edge.wasm exports → Map(WebAssembly.Module → entry)
const active = new WeakMap(); // exports → the loaded program's Map(WebAssembly.Module → entry)

/** Forgets the native instances a session (a core with `session: true`) kept. */
export function resetNatives(core) {
    if (core.exports) kept.delete(core.exports);
}

function registerNative(e, m, instances) {
    const table = e.__indirect_function_table;
    if (!slots.has(table)) slots.set(table, new Map());
    const bySlot = slots.get(table);
    const module = m.module ?? new WebAssembly.Module(m.bytes);
    const iface = m.iface ?? nativeInterface(module, m.bytes);
    let entry = instances.get(module);
    if (!entry) {
        let instance;
        let fns;
        try {
            instance = new WebAssembly.Instance(module, stubImports(module));
            instance.exports._initialize?.();
            fns = tableFunctions(instance, iface, e);
        } catch (err) {
            return failure(`native module '${m.key}' failed to start: ${err.message}`);
        }
        entry = { instance, fns };
        instances.set(module, entry);
    }
    withCStrings(e, [m.key], (key) => e.edge_add_native_module(key));
    for (const f of iface.functions) {
        const slot = `${m.key}\n${f.name}`;
        let index = bySlot.get(slot);
        if (index === undefined) {
            index = table.grow(1);
            bySlot.set(slot, index);
        }
        table.set(index, entry.fns[f.name]);
        withCStrings(e, [m.key, f.name], (key, name) => {
            e.edge_add_native_function(key, name, index, f.nparams);
            if (f.str) {
                const mask = f.params.reduce((bits, type, i) => (type === 'str' ? bits | (1 << i) : bits), 0);
                e.edge_set_native_strings(key, name, mask, f.result === 'str' ? 1 : 0);
            }
            // Parameters declared `= None` may be left out (an edge.wasm without this
            // export requires them all).
            if (f.nrequired < f.nparams) e.edge_set_native_required?.(key, name, f.nrequired);
        });
    }
    const ex = entry.instance.exports;
    for (const c of iface.constants) {
        const word = new DataView(new ArrayBuffer(8));
        if (c.type === 'str') {
            // A str getter's packed result, copied out at once (sdk/ABI.md, Strings).
            let bytes;
            try {
                bytes = packedBytes(ex, ex[c.name](), `constant '${c.name}'`).slice();
                strictDecoder.decode(bytes); // invalid UTF-8 throws a TypeError
            } catch (err) {
                return failure(`native module '${m.key}': constant '${c.name}' ${err instanceof NativeRaise ? err.detail : err instanceof TypeError ? 'is not valid UTF-8' : `trapped: ${err.message}`}`);
            }
            withBytes(e, bytes, (ptr, len) =>
                withCStrings(e, [m.key, c.name], (key, name) => e.edge_add_native_str_constant(key, name, ptr, len)));
            continue;
        }
        if (c.from === 'getter') {
            // Read once, after _initialize. A word that is not a value becomes None (the VM
            // checks every word a module gives it).
            try {
                word.setBigUint64(0, BigInt.asUintN(64, ex[c.name]()), true);
            } catch (err) {
                return failure(`native module '${m.key}': constant '${c.name}' trapped: ${err.message}`);
            }
        } else if (c.type === 'i64') {
            word.setBigUint64(0, BigInt.asUintN(64, ex[c.name].value), true);
        } else {
            const value = ex[c.name].value;
            word.setFloat64(0, value, true);
            // Any NaN becomes the canonical one: other NaN bits are the VM's tags.
            if (Number.isNaN(value)) word.setBigUint64(0, 0x7ff8000000000000n, true);
        }
        withCStrings(e, [m.key, c.name], (key, name) =>
            e.edge_add_native_constant(key, name, word.getInt32(0, true), word.getInt32(4, true)));
    }
    return null;
}

/**
 * Registers `program`'s modules with the VM (after edge_clear_modules), then calls
 * load() — the host's edge_load_source call — and returns its status. A program of null
 * registers nothing (only the builtin modules are there). Returns an error result
 * { ok: false, error } instead when a module cannot be registered: a status of 2 means
 * the VM holds the error (a module's syntax error, a missing export).
 */
export function loadProgram(core, program, load) {
    const e = core.exports;
    if (typeof e.edge_clear_modules !== 'function') return load(); // an edge.wasm from before modules
    e.edge_clear_modules();
    let instances = new Map();
    if (core.session) {
        if (!kept.has(e)) kept.set(e, instances);
        instances = kept.get(e);
    }
    active.set(e, instances);
    if (program) {
        if (program.ok === false) return program;
        for (const [importer, spec, key] of program.imports) {
            withCStrings(e, [importer, spec, key], (a, b, c) => e.edge_map_import(a, b, c));
        }
        for (const m of program.modules) {
            if (m.kind === 'python') {
                const src = encoder.encode(m.source ?? decoder.decode(m.bytes));
                const status = withBytes(e, src, (ptr, len) => withCStrings(e, [m.key], (key) => e.edge_add_module_source(key, ptr, len)));
                if (status !== DONE) return status;
            } else {
                const failed = registerNative(e, m, instances);
                if (failed) return failed;
            }
        }
    }
    const status = load();
    return status === ERROR && program ? explainMissingExport(e, program) ?? status : status;
}

// "module 'm' has no export 'f'" where the module had an `f` the VM cannot use: say why.
function explainMissingExport(e, program) {
    const error = vmError(e);
    const m = /^module '(.*)' has no export '(.*)'$/.exec(error.message);
    if (error.type !== 'ImportError' || !m) return null;
    const mapping = program.imports.find(([importer, spec]) => importer === error.filename && spec === m[1]);
    const module = program.modules.find((mod) => mod.key === mapping?.[2]);
    const why = module?.iface?.skipped.get(m[2]);
    if (!why) return null;
    const message = `${error.message}: its ${why}`;
    const rest = error.text.indexOf('\n');
    return { ok: false, error: { ...error, message, text: `${error.type}: ${message}${error.text.slice(rest)}` } };
}

/**
 * edge_resume_steps(steps), with what native functions throw turned into Python
 * exceptions. A trap, or an exception a module raised (ABI v2's error word), unwinds
 * edge.wasm mid-call: the C stack pointer is restored, the VM told (the program gets
 * RuntimeError "native function 'f' trapped: …", or the module's exception, where it
 * called f) and the run resumed. Other exceptions propagate.
 */
export function resumeProgram(core, steps) {
    const e = core.exports;
    if (typeof e.edge_stack_save !== 'function') return e.edge_resume_steps(steps);
    for (;;) {
        const sp = e.edge_stack_save();
        try {
            return e.edge_resume_steps(steps);
        } catch (err) {
            const raised = err instanceof NativeRaise;
            if (!raised && !nativeTrapped(e, err)) throw err;
            e.edge_stack_restore(sp);
            if (raised && typeof e.edge_extern_raise === 'function') {
                withCStrings(e, [err.type, err.detail], (type, message) => e.edge_extern_raise(type, message));
                continue;
            }
            // The trapped instance may have stopped half-way through changing its memory:
            // the next program gets fresh ones. (A raise leaves it as it should be.)
            if (!raised) active.get(e)?.clear();
            withCStrings(e, [err.message || 'trap'], (message) => e.edge_extern_trapped(message));
        }
    }
}

// Whether a trap came from a native function. edge.wasm cannot say (yet) whether it was
// inside one, so any trap while native modules are loaded counts as theirs.
function nativeTrapped(e, err) {
    if (!(err instanceof WebAssembly.RuntimeError)) return false;
    if (typeof e.edge_extern_active === 'function') return e.edge_extern_active() !== 0;
    return (active.get(e)?.size ?? 0) > 0;
}

// ---- bundles ----

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
