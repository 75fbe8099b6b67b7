// native-modules.js — native modules (.wasm, sdk/ABI.md) for the module host: their
// exports' types read from the binary, what of them the VM can use (ABI v1's words, v2's
// declarations), their instances and the trampolines that put their functions in
// edge.wasm's table, and the traps and raised errors that come back through edge.wasm.

import { failure } from './diagnostics.js';
import { toHex } from './integrity.js';
import { withBytes, withCStrings } from './wasm-abi.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

// A wasm function export can become a Python function when it takes 0 to 8 i64 value
// words and returns one (the VM's CALL_EXTERN calls at most 8 parameters).
const MAX_NATIVE_PARAMS = 8;

// ---- a module's binary: its exports' types ----

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

// ---- what the VM can use of a module (sdk/ABI.md) ----

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
export async function compileNative(bytes, key, warn, digest = null) {
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
// the host's raise(), which reports the module's error to edge.wasm (edge_extern_raise)
// and returns: the call then returns the error word, and the VM raises the exception
// there, as any call raises, with every C caller (a sort(), a map()) still in place. A
// function that passes a str gets a trampoline whose callee is JavaScript glue
// (strGlue) that copies the strings between the memories; its own errors are reported
// the same way.

const ERROR_WORD = 0x7ffc000000000004n;

/** An error of a native call found by the host glue; reported, never thrown through edge.wasm. */
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
        try {
            return callWithStrings(f, ex, edge, raise, what, words);
        } catch (err) {
            if (!(err instanceof NativeRaise)) throw err;
            report(edge, err.type, err.detail);
            return ERROR_WORD;
        }
    };
}

// edge_extern_raise: the VM raises it when the native call returns.
function report(edge, type, message) {
    withCStrings(edge, [type, message], (t, m) => edge.edge_extern_raise(t, m));
}

function callWithStrings(f, ex, edge, raise, what, words) {
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
        // A block past the end of its memory is the module's bug: a trap, as its own
        // out-of-bounds store would be.
        if (ptr < 0 || ptr + len > ex.memory.buffer.byteLength) {
            throw new WebAssembly.RuntimeError(`edge_alloc(${len}) returned ${ptr >>> 0}, outside the module's memory`);
        }
        const chars = edge.edge_str_chars(words[i]);
        new Uint8Array(ex.memory.buffer, ptr, len).set(new Uint8Array(edge.memory.buffer, chars, len));
        args.push(ptr, len);
    }
    const result = ex[f.name](...args);
    if (f.result !== 'str') return result; // a word: the trampoline checks it
    if (BigInt.asUintN(64, result) === STR_ERROR_WORD) {
        raise(what);
        return ERROR_WORD;
    }
    return makeStr(edge, packedBytes(ex, result, what), what);
}

// The functions of a native instance to place in the table, by name: its own exports,
// or trampolines when the module can raise or passes strings (`edge`: edge.wasm's
// exports, for the strings).
function tableFunctions(instance, iface, edge) {
    const ex = instance.exports;
    const direct = Object.fromEntries(iface.functions.map((f) => [f.name, ex[f.name]]));
    if (!iface.canRaise && !iface.functions.some((f) => f.str)) return direct;
    const raise = (what = 'a native function') => {
        if (!iface.canRaise) return report(edge, 'TypeError', `${what} returned an invalid value`);
        let text;
        try {
            text = decoder.decode(packedBytes(ex, ex.edge_error(), 'edge_error()'));
        } catch (err) {
            if (!(err instanceof NativeRaise)) throw err;
            return report(edge, err.type, err.detail);
        }
        const colon = text.indexOf(': ');
        if (colon > 0) report(edge, text.slice(0, colon), text.slice(colon + 2));
        else report(edge, 'RuntimeError', text);
    };
    const callees = iface.functions.map((f) => (f.str ? strGlue(f, ex, edge, raise) : ex[f.name]));
    const module = new WebAssembly.Module(trampolineBinary(iface.functions.map((f) => f.nparams)));
    const t = new WebAssembly.Instance(module, { f: { ...callees }, h: { raise } }).exports;
    return Object.fromEntries(iface.functions.map((f, i) => [f.name, t[`t${i}`]]));
}

// ---- instances, and their functions in edge.wasm's table ----

// Native modules get fresh instances for each program, as code modules get fresh globals,
// so no state (a counter, a random generator) passes from one program to the next. A
// session keeps its instances from run to run, as it keeps its globals, until reset().
// Within a program, every import of one compiled module shares one instance. When a
// program ends, its instances go (releaseNatives): their functions leave edge.wasm's
// table, so nothing holds them and their memories can be collected; the slots they held
// are taken again by the next program's functions, so the table does not grow from one
// program to the next.
const tables = new WeakMap(); // table → { bySlot: Map("key\nname" → index), free: [index] }
const kept = new WeakMap(); // a session's edge.wasm exports → Map(WebAssembly.Module → entry)
const active = new WeakMap(); // exports → the loaded program's Map(WebAssembly.Module → entry)

function tableState(table) {
    if (!tables.has(table)) tables.set(table, { bySlot: new Map(), free: [] });
    return tables.get(table);
}

/**
 * Drops the native instances of the program that ran on `core` (for a session, those it
 * kept: call it when the session resets): they leave edge.wasm's table and every map
 * here, so the engine can free their memories.
 */
export function releaseNatives(core) {
    const e = core.exports;
    if (!e) return;
    kept.delete(e);
    active.delete(e);
    const table = e.__indirect_function_table;
    const state = tables.get(table);
    if (!state) return;
    for (const index of state.bySlot.values()) {
        table.set(index, null);
        state.free.push(index);
    }
    state.bySlot.clear();
}

/**
 * The native instances for the program about to load on `core` (loadProgram): none yet
 * for a program, or those a session (core.session) kept. A trap forgets them
 * (resumeProgram).
 */
export function programInstances(core) {
    const e = core.exports;
    let instances = new Map();
    if (core.session) {
        if (!kept.has(e)) kept.set(e, instances);
        instances = kept.get(e);
    }
    active.set(e, instances);
    return instances;
}

/**
 * Registers the native module `m` of a resolved program with the VM of `e` (edge.wasm's
 * exports): its functions go into the table, its constants are read, its instance is
 * taken from `instances` or started there. Returns an error result, or null.
 */
export function registerNative(e, m, instances) {
    const table = e.__indirect_function_table;
    const { bySlot, free } = tableState(table);
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
    // The slots this module's functions lack: free ones first, the rest made in one grow
    // (a table grown one slot at a time is copied each time: a module of 20,000 exports
    // took seconds).
    const missing = iface.functions.filter((f) => !bySlot.has(`${m.key}\n${f.name}`));
    const grown = missing.length - free.length;
    let next = grown > 0 ? table.grow(grown) : 0;
    for (const f of missing) bySlot.set(`${m.key}\n${f.name}`, free.length > 0 ? free.pop() : next++);
    for (const f of iface.functions) {
        const index = bySlot.get(`${m.key}\n${f.name}`);
        table.set(index, entry.fns[f.name]);
        withCStrings(e, [m.key, f.name], (key, name) => {
            e.edge_add_native_function(key, name, index, f.nparams);
            if (f.str) {
                const mask = f.params.reduce((bits, type, i) => (type === 'str' ? bits | (1 << i) : bits), 0);
                e.edge_set_native_strings(key, name, mask, f.result === 'str' ? 1 : 0);
            }
            // Parameters declared `= None` may be left out.
            if (f.nrequired < f.nparams) e.edge_set_native_required(key, name, f.nrequired);
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

// ---- traps and raised exceptions ----

/**
 * edge_resume_steps(steps), with a native function's trap turned into a Python exception:
 * a trap unwinds edge.wasm mid-call, so the C stack pointer is restored, the VM told (the
 * program gets RuntimeError "native function 'f' trapped: …" where it called f) and the
 * run resumed. (An exception a module raises is no trap: see the trampolines.) Other
 * exceptions propagate.
 */
export function resumeProgram(core, steps) {
    const e = core.exports;
    for (;;) {
        const sp = e.edge_stack_save();
        try {
            return e.edge_resume_steps(steps);
        } catch (err) {
            if (!nativeTrapped(e, err)) throw err;
            e.edge_stack_restore(sp);
            // The trapped instance may have stopped half-way through changing its memory:
            // the next program gets fresh ones.
            active.get(e)?.clear();
            withCStrings(e, [err.message || 'trap'], (message) => e.edge_extern_trapped(message));
        }
    }
}

// Whether an error came from a native function: edge.wasm knows whether it was inside one.
// Besides a trap, the engine may throw a RangeError (the module recursed until the call
// stack ran out) or a TypeError (an import declared with a type its stub cannot return):
// all of them are the module's failure, and the program's RuntimeError.
const nativeTrapped = (e, err) => err instanceof Error && e.edge_extern_active() !== 0;
