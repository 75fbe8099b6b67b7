// modules.js — compile-time imports for the JavaScript hosts (edge.js and the CLI), and
// the one place their API is imported from. This file registers a resolved program's
// modules with edge.wasm right before the program loads (loadProgram); the work before
// that is in resolve.js, integrity.js, native-modules.js and bundle.js (web/README.md).
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
// createResolverCore() for resolving apart from any run. All of it uses fetch and
// crypto.subtle, so it runs unchanged in browsers and in Node; in Node, whose fetch cannot
// read them, file: URLs are read from disk (node:fs, imported then).

import { programInstances, registerNative } from './native-modules.js';
import { DONE, ERROR, vmError, withBytes, withCStrings } from './wasm-abi.js';

export { BUNDLE_FORMAT, bundleDigest, packBundle, unpackBundle } from './bundle.js';
export { formatHash } from './integrity.js';
export { ABI_TYPES, parseDeclarations, releaseNatives, resumeProgram, wasmExports } from './native-modules.js';
export { BUILTIN_MODULES, MODULES_FORMAT, STANDARD_MODULES, createResolverCore, listImports, readLock, resolveProgram } from './resolve.js';

const decoder = new TextDecoder();

/**
 * Registers `program`'s modules with the VM (after edge_clear_modules), then calls
 * load() — the host's edge_load_source call — and returns its status. A program of null
 * registers nothing (only the builtin modules are there). Returns an error result
 * { ok: false, error } instead when a module cannot be registered: a status of 2 means
 * the VM holds the error (a module's syntax error, a missing export).
 */
export function loadProgram(core, program, load) {
    const e = core.exports;
    e.edge_clear_modules();
    const instances = programInstances(core);
    if (program) {
        if (program.ok === false) return program;
        for (const [importer, spec, key] of program.imports) {
            withCStrings(e, [importer, spec, key], (a, b, c) => e.edge_map_import(a, b, c));
        }
        for (const m of program.modules) {
            if (m.kind === 'python') {
                const src = m.source ?? decoder.decode(m.bytes);
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
    const m = /^module '(.*)' has no export '(.*?)'(?:\. Did you mean: '.*'\?)?$/.exec(error.message);
    if (error.type !== 'ImportError' || !m) return null;
    const mapping = program.imports.find(([importer, spec]) => importer === error.filename && spec === m[1]);
    const module = program.modules.find((mod) => mod.key === mapping?.[2]);
    const why = module?.iface?.skipped.get(m[2]);
    if (!why) return null;
    const message = `module '${m[1]}' has no export '${m[2]}': its ${why}`;
    const rest = error.text.indexOf('\n');
    return { ok: false, error: { ...error, message, text: `${error.type}: ${message}${error.text.slice(rest)}` } };
}
