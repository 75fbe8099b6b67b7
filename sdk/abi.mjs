// abi.mjs — the reference reading of a native module's interface (sdk/ABI.md) in plain
// JavaScript, for browsers and Node: which exports become functions and constants, with
// which signatures, and a binding that calls them from JS with the ABI's encodings.
// web/edge.js puts word functions in edge.wasm's table instead of calling them from JS,
// but it decides what a module offers by these rules. tests/host/sdk.test.mjs uses it.

import { ABI_TYPES, parseDeclarations } from '../web/modules.js';

// ---- the value word ----

export const QNAN = 0x7ffc000000000000n;
export const SIGN = 0x8000000000000000n;
export const PAYLOAD = 0x0000ffffffffffffn;
export const NONE = QNAN | 1n;
export const TRUE = QNAN | 2n;
export const FALSE = QNAN | 3n;
export const ERROR = QNAN | 4n; // v2: a word-returning function raised
export const STR_ERROR = 0xffffffffffffffffn; // v2: a str-returning function raised
export const CANONICAL_NAN = 0x7ff8000000000000n;
export const INT_MIN = -(1n << 47n);
export const INT_MAX = (1n << 47n) - 1n;

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** A Python exception, from a module (raised or trapped) or from reading one. */
export class ModuleError extends Error {
    constructor(type, message) {
        super(message);
        this.type = type;
    }
    toString() {
        return `${this.type}: ${this.message}`;
    }
}

/** Python's type name for a JS value as encode() reads it. */
export function typeName(value) {
    if (value === null) return 'NoneType';
    if (typeof value === 'bigint') return 'int';
    if (typeof value === 'number') return 'float';
    if (typeof value === 'boolean') return 'bool';
    if (typeof value === 'string') return 'str';
    return typeof value;
}

/** JS to a word: a BigInt is an int, a number a float, a boolean a bool, null is None. */
export function encode(value) {
    if (value === null) return NONE;
    if (typeof value === 'boolean') return value ? TRUE : FALSE;
    if (typeof value === 'bigint') {
        if (value < INT_MIN || value > INT_MAX)
            throw new ModuleError('OverflowError', 'int too large for a native module (48 bits)');
        return QNAN | SIGN | (BigInt.asUintN(64, value) & PAYLOAD);
    }
    if (typeof value === 'number') {
        f64[0] = value;
        const bits = u64[0];
        return (bits & QNAN) === QNAN ? CANONICAL_NAN : bits;
    }
    throw new ModuleError('TypeError', `a native function takes int, float, bool or None, not ${typeName(value)}`);
}

/** Whether a word from a module is a value: a float, an int (bits 48 and 49 clear), None,
 *  True or False. Anything else (an object tag, a VM marker) must never reach the VM. */
export function isValidWord(word) {
    if ((word & QNAN) !== QNAN) return true;
    if ((word & (QNAN | SIGN)) === (QNAN | SIGN)) return (word & 0x0003000000000000n) === 0n;
    return word === NONE || word === TRUE || word === FALSE;
}

/** A word to JS, the inverse of encode(); throws on an invalid word. */
export function decode(word) {
    word = BigInt.asUintN(64, word);
    if (!isValidWord(word)) throw new ModuleError('TypeError', 'invalid value word');
    if ((word & QNAN) !== QNAN) {
        u64[0] = word;
        return f64[0];
    }
    if ((word & SIGN) !== 0n) return BigInt.asIntN(48, word & PAYLOAD);
    if (word === NONE) return null;
    return word === TRUE;
}

/** What a call with the wrong number of arguments raises (as the VM words it, after
 *  CPython's builtin functions): "f() takes exactly 2 arguments (1 given)". */
export function arityMessage(name, required, nparams, given) {
    if (required === nparams) {
        if (nparams === 0) return `${name}() takes no arguments (${given} given)`;
        if (nparams === 1) return `${name}() takes exactly one argument (${given} given)`;
        return `${name}() takes exactly ${nparams} arguments (${given} given)`;
    }
    const [bound, n] = given < required ? ['at least', required] : ['at most', nparams];
    return `${name}() takes ${bound} ${n} argument${n === 1 ? '' : 's'} (${given} given)`;
}

// ---- the wasm binary: just enough to read the types of imports and exports ----

const VALTYPES = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x7b: 'v128', 0x70: 'funcref', 0x6f: 'externref' };

function binaryReader(bytes) {
    let pos = 0;
    const r = {
        get pos() { return pos; },
        set pos(p) { pos = p; },
        byte() {
            if (pos >= bytes.length) throw new Error('truncated module');
            return bytes[pos++];
        },
        u32() {
            let result = 0, shift = 0, b;
            do {
                b = r.byte();
                result += (b & 0x7f) * 2 ** shift;
                shift += 7;
            } while (b & 0x80);
            return result;
        },
        skipLeb() {
            while (r.byte() & 0x80);
        },
        name() {
            const n = r.u32();
            const s = new TextDecoder().decode(bytes.subarray(pos, pos + n));
            pos += n;
            return s;
        },
        valtype() {
            const t = r.byte();
            return VALTYPES[t] ?? `0x${t.toString(16)}`;
        },
        limits() {
            const flags = r.u32();
            r.u32();
            if (flags & 1) r.u32();
        },
        // A constant expression: i32/i64/f32/f64.const, global.get, ref.null, ref.func and
        // the extended-const arithmetic, up to `end`.
        constExpr() {
            for (;;) {
                const op = r.byte();
                if (op === 0x0b) return;
                if (op === 0x41 || op === 0x42 || op === 0x23 || op === 0xd2) r.skipLeb();
                else if (op === 0x43) pos += 4;
                else if (op === 0x44) pos += 8;
                else if (op === 0xd0) r.byte();
                else if (!(op >= 0x6a && op <= 0x7e))
                    throw new Error(`unsupported constant expression opcode 0x${op.toString(16)}`);
            }
        },
    };
    return r;
}

/** The module's imports and exports with their wasm types:
 *  { imports: [{module, name, kind}], exports: Map(name -> {kind, params, results} | {kind, type, mutable}) } */
export function readTypes(bytes) {
    bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d)
        throw new Error('not a WebAssembly module');
    const r = binaryReader(bytes);
    r.pos = 8; // past the magic "\0asm" and the version
    const types = [], funcs = [], globals = [], imports = [], exports = new Map();
    while (r.pos < bytes.length) {
        const id = r.byte();
        const size = r.u32();
        const end = r.pos + size;
        if (id === 1) {
            for (let n = r.u32(); n > 0; n--) {
                const form = r.byte();
                if (form !== 0x60) throw new Error('unsupported type form');
                const params = Array.from({ length: r.u32() }, () => r.valtype());
                const results = Array.from({ length: r.u32() }, () => r.valtype());
                types.push({ params, results });
            }
        } else if (id === 2) {
            for (let n = r.u32(); n > 0; n--) {
                const module = r.name(), name = r.name(), kind = r.byte();
                if (kind === 0) funcs.push(types[r.u32()]);
                else if (kind === 1) { r.byte(); r.limits(); }
                else if (kind === 2) r.limits();
                else if (kind === 3) { globals.push({ type: r.valtype(), mutable: r.byte() === 1 }); }
                else if (kind === 4) { r.byte(); r.u32(); }
                imports.push({ module, name, kind: ['function', 'table', 'memory', 'global', 'tag'][kind] ?? 'unknown' });
            }
        } else if (id === 3) {
            for (let n = r.u32(); n > 0; n--) funcs.push(types[r.u32()]);
        } else if (id === 6) {
            for (let n = r.u32(); n > 0; n--) {
                const type = r.valtype(), mutable = r.byte() === 1;
                r.constExpr();
                globals.push({ type, mutable });
            }
        } else if (id === 7) {
            for (let n = r.u32(); n > 0; n--) {
                const name = r.name(), kind = r.byte(), index = r.u32();
                if (kind === 0) exports.set(name, { kind: 'function', ...funcs[index] });
                else if (kind === 3) exports.set(name, { kind: 'global', ...globals[index] });
                else exports.set(name, { kind: ['function', 'table', 'memory', 'global', 'tag'][kind] ?? 'unknown' });
            }
        }
        r.pos = end;
    }
    return { imports, exports };
}

// ---- the interface ----

// The declared types, as the host knows them.
export { ABI_TYPES as TYPES };

/** The import object for a module: emcc's memory-growth notice (added to modules built
 *  with -sALLOW_MEMORY_GROWTH) does nothing; any other function import is a stub that
 *  traps when called, so a module that merely links one still loads. */
export function importObject(imports) {
    const object = { env: { emscripten_notify_memory_growth() {} } };
    for (const { module, name, kind } of imports) {
        if (kind !== 'function' || (module === 'env' && name === 'emscripten_notify_memory_growth')) continue;
        (object[module] ??= {})[name] = () => {
            throw new WebAssembly.RuntimeError(`native modules cannot call the host ('${module}.${name}')`);
        };
    }
    return object;
}

// The declarations are read as the host reads them: one parser for both.
export { parseDeclarations };

const sameTypes = (a, b) => a.length === b.length && a.every((t, i) => t === b[i]);

/** What a compiled module offers, by sdk/ABI.md:
 *  { abi: 1 | 2, functions: [{name, params: [{name, type, optional}], result, glue}],
 *    constants: [{name, type, from: 'global' | 'getter'}], usesStr, canRaise }
 *  `glue` is true when a call needs the host in between (a str parameter or result);
 *  the other functions go straight into edge.wasm's table. Throws Error on a bad module. */
export function readInterface(module, bytes) {
    const { imports, exports } = readTypes(bytes);
    for (const imp of imports)
        if (imp.kind !== 'function')
            throw new Error(`imports a ${imp.kind} ('${imp.module}.${imp.name}'): a native module has only its own`);

    const sections = WebAssembly.Module.customSections(module, 'edge_abi');
    const functions = [], constants = [];
    const isWordFn = (e) => e?.kind === 'function' && e.params.every((t) => t === 'i64') && sameTypes(e.results, ['i64']);
    if (sections.length === 0) {
        // ABI v1: every function of i64s to an i64 is a function, every i64 or f64
        // global a constant; `edge_*` names are the ABI's own.
        for (const [name, e] of exports) {
            if (name.startsWith('edge_')) continue;
            if (isWordFn(e))
                functions.push({
                    name,
                    params: e.params.map((_, i) => ({ name: `arg${i}`, type: 'any', optional: false })),
                    result: 'any',
                    glue: false,
                });
            else if (e.kind === 'global' && (e.type === 'i64' || e.type === 'f64'))
                constants.push({ name, type: e.type === 'f64' ? 'float' : 'any', from: 'global' });
        }
        return { abi: 1, functions, constants, usesStr: false, canRaise: false };
    }

    // ABI v2: the declarations are the whole interface.
    const text = sections.map((s) => new TextDecoder('utf-8', { fatal: true }).decode(s)).join('\n');
    const seen = new Set();
    let usesStr = false;
    for (const d of parseDeclarations(text)) {
        if (seen.has(d.name)) throw new Error(`'${d.name}' is declared twice`);
        seen.add(d.name);
        const e = exports.get(d.name);
        if (!e) throw new Error(`'${d.name}' is declared but not exported`);
        if (d.kind === 'function') {
            const wire = d.params.flatMap((p) => (p.type === 'str' ? ['i32', 'i32'] : ['i64']));
            if (e.kind !== 'function' || !sameTypes(e.params, wire) || !sameTypes(e.results, ['i64']))
                throw new Error(`export '${d.name}' does not match its declaration (wasm (${wire.join(', ')}) -> i64)`);
            const glue = d.result === 'str' || d.params.some((p) => p.type === 'str');
            usesStr ||= glue;
            functions.push({ ...d, glue });
        } else {
            if (isWordFn(e) && e.params.length === 0) constants.push({ ...d, from: 'getter' });
            else if (e.kind === 'global' && (e.type === 'i64' || (e.type === 'f64' && d.type === 'float')) && d.type !== 'str')
                constants.push({ ...d, from: 'global' });
            else throw new Error(`export '${d.name}' does not match its declaration (a () -> i64 function or an i64 global)`);
            usesStr ||= d.type === 'str';
        }
    }
    if (usesStr) {
        if (exports.get('memory')?.kind !== 'memory') throw new Error("uses str but exports no 'memory'");
        const alloc = exports.get('edge_alloc');
        if (!(alloc?.kind === 'function' && sameTypes(alloc.params, ['i32']) && sameTypes(alloc.results, ['i32'])))
            throw new Error("uses str but exports no 'edge_alloc(i32) -> i32'");
    }
    const err = exports.get('edge_error');
    const canRaise = isWordFn(err) && err.params.length === 0;
    return { abi: 2, functions, constants, usesStr, canRaise };
}

// ---- loading and calling from JS ----

/** Compiles, checks and instantiates a module; returns
 *  { interface, instance, functions: {name: (...args) => value}, constants: {name: value} }
 *  where values are encode()'s JS values (and strings for str). A function throws
 *  ModuleError for a Python exception: raised by the module, a trap, a wrong argument. */
export async function loadModule(bytes, { name = 'module' } = {}) {
    bytes = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const module = await WebAssembly.compile(bytes);
    let iface;
    try {
        iface = readInterface(module, bytes);
    } catch (e) {
        throw new Error(`native module '${name}': ${e.message}`);
    }
    const instance = await WebAssembly.instantiate(module, importObject(readTypes(bytes).imports));
    const ex = instance.exports;
    if (typeof ex._initialize === 'function') ex._initialize();

    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const readStr = (packed, fname) => {
        packed = BigInt.asUintN(64, packed);
        const ptr = Number(packed >> 32n), len = Number(packed & 0xffffffffn);
        if (len === 0) return '';
        if (ptr + len > ex.memory.buffer.byteLength)
            throw new ModuleError('TypeError', `native function '${fname}' returned an invalid value`);
        try {
            return utf8.decode(new Uint8Array(ex.memory.buffer, ptr, len));
        } catch {
            throw new ModuleError('ValueError', `native function '${fname}' returned invalid UTF-8`);
        }
    };
    const writeStr = (s) => {
        const data = new TextEncoder().encode(s);
        if (data.length === 0) return [0, 0];
        const ptr = ex.edge_alloc(data.length) >>> 0;
        if (ptr === 0) throw new ModuleError('MemoryError', 'out of memory in a native module');
        new Uint8Array(ex.memory.buffer, ptr, data.length).set(data); // after the alloc: it may grow memory
        return [ptr, data.length];
    };
    const raised = (fname) => {
        if (!iface.canRaise) return new ModuleError('TypeError', `native function '${fname}' returned an invalid value`);
        const text = readStr(ex.edge_error(), fname);
        const colon = text.indexOf(': ');
        if (colon < 0) return new ModuleError(text || 'RuntimeError', '');
        return new ModuleError(text.slice(0, colon), text.slice(colon + 2));
    };
    const invoke = (fname, fn, wire) => {
        try {
            return BigInt.asUintN(64, fn(...wire));
        } catch (e) {
            if (e instanceof WebAssembly.RuntimeError)
                throw new ModuleError('RuntimeError', `native function '${fname}' trapped: ${e.message}`);
            throw e;
        }
    };
    const result = (d, word) => {
        if (d.result === 'str' ? word === STR_ERROR : word === ERROR) throw raised(d.name);
        if (d.result === 'str') return readStr(word, d.name);
        if (!isValidWord(word)) throw new ModuleError('TypeError', `native function '${d.name}' returned an invalid value`);
        return decode(word);
    };

    const functions = {};
    for (const d of iface.functions) {
        const fn = ex[d.name];
        const required = d.params.filter((p) => !p.optional).length;
        functions[d.name] = (...args) => {
            if (args.length < required || args.length > d.params.length)
                throw new ModuleError('TypeError', arityMessage(d.name, required, d.params.length, args.length));
            const wire = [];
            d.params.forEach((p, i) => {
                const a = i < args.length ? args[i] : null;
                if (p.type === 'str') {
                    if (typeof a !== 'string')
                        throw new ModuleError('TypeError', `${d.name}() argument ${i + 1} must be str, not ${typeName(a)}`);
                    wire.push(...writeStr(a));
                } else {
                    wire.push(encode(a));
                }
            });
            return result(d, invoke(d.name, fn, wire));
        };
    }
    // A constant whose word is not a value (an object tag, a VM marker) reads as None.
    const constants = {};
    for (const c of iface.constants) {
        if (c.from === 'global') {
            const v = ex[c.name].value;
            constants[c.name] = typeof v !== 'bigint' ? v : isValidWord(BigInt.asUintN(64, v)) ? decode(v) : null;
        } else if (c.type !== 'str') {
            const w = invoke(c.name, ex[c.name], []);
            constants[c.name] = w !== ERROR && !isValidWord(w) ? null : result({ name: c.name, result: c.type }, w);
        } else {
            constants[c.name] = result({ name: c.name, result: c.type }, invoke(c.name, ex[c.name], []));
        }
    }
    return { interface: iface, instance, functions, constants };
}
