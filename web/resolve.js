// resolve.js — resolving a program's imports before it runs (resolveProgram): lists them
// with edge.wasm, maps each spec to a URL (packages.json, the standard modules, a file
// beside the importer, a path or an http(s) URL), fetches every module in parallel and
// transitively, checks its hash (and the lockfile's), and orders the modules dependencies
// first. packages.json and lockfiles are read here, strictly (json.js): edge.wasm only
// ever gets resolved modules.

import { ModuleError, fail, failure } from './diagnostics.js';
import { formatHash, fromBase64, parseIntegrity, sameBytes, sha256, toHex, verify } from './integrity.js';
import { JsonError, jsonPosition, parseJsonTree, plainJson } from './json.js';
import { compileNative } from './native-modules.js';
import { edgeImports, initVM, readCString, vmError, withBytes, withCStrings } from './wasm-abi.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// ---- the builtin and standard modules ----

/** Modules built into the VM: nothing to fetch or register. */
export const BUILTIN_MODULES = ['time', 'sys'];

/**
 * The standard modules that ship as files, by name: the default of options.standardModules.
 * `make sdk` builds them into build/modules/: math.py and random.py import their native
 * halves (./math.wasm, ./random.wasm) next to them; the others are plain Python
 * (modules/README.md).
 */
export const STANDARD_MODULES = Object.freeze({
    __future__: new URL('../build/modules/__future__.py', import.meta.url).href,
    abc: new URL('../build/modules/abc.py', import.meta.url).href,
    bisect: new URL('../build/modules/bisect.py', import.meta.url).href,
    collections: new URL('../build/modules/collections.py', import.meta.url).href,
    'collections.abc': new URL('../build/modules/collections.abc.py', import.meta.url).href,
    contextlib: new URL('../build/modules/contextlib.py', import.meta.url).href,
    copy: new URL('../build/modules/copy.py', import.meta.url).href,
    dataclasses: new URL('../build/modules/dataclasses.py', import.meta.url).href,
    datetime: new URL('../build/modules/datetime.py', import.meta.url).href,
    difflib: new URL('../build/modules/difflib.py', import.meta.url).href,
    enum: new URL('../build/modules/enum.py', import.meta.url).href,
    fractions: new URL('../build/modules/fractions.py', import.meta.url).href,
    functools: new URL('../build/modules/functools.py', import.meta.url).href,
    heapq: new URL('../build/modules/heapq.py', import.meta.url).href,
    io: new URL('../build/modules/io.py', import.meta.url).href,
    itertools: new URL('../build/modules/itertools.py', import.meta.url).href,
    json: new URL('../build/modules/json.py', import.meta.url).href,
    keyword: new URL('../build/modules/keyword.py', import.meta.url).href,
    math: new URL('../build/modules/math.py', import.meta.url).href,
    numbers: new URL('../build/modules/numbers.py', import.meta.url).href,
    operator: new URL('../build/modules/operator.py', import.meta.url).href,
    pprint: new URL('../build/modules/pprint.py', import.meta.url).href,
    random: new URL('../build/modules/random.py', import.meta.url).href,
    re: new URL('../build/modules/re.py', import.meta.url).href,
    statistics: new URL('../build/modules/statistics.py', import.meta.url).href,
    string: new URL('../build/modules/string.py', import.meta.url).href,
    textwrap: new URL('../build/modules/textwrap.py', import.meta.url).href,
    types: new URL('../build/modules/types.py', import.meta.url).href,
    typing: new URL('../build/modules/typing.py', import.meta.url).href,
    unittest: new URL('../build/modules/unittest.py', import.meta.url).href,
});

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

// ---- resolving a program ----

/**
 * Resolves everything `source` imports, before it runs. Lists its imports, fetches every
 * module in parallel (transitively), checks integrity hashes, and compiles the native
 * modules. Resolves to a program for loadProgram() / packBundle():
 *   { ok: true, filename, source, modules: [...], imports: [[importer, spec, key, pin?]],
 *     urls }
 * (modules dependencies first; pin: the "sha256-…" packages.json or the standard table
 * gave a bare name, when it gave one; urls: every http(s) URL fetched → "sha256-…", what
 * a lockfile pins) — or to an error result { ok: false, error } shaped like run()'s.
 *
 * core       { exports, stderr? }: edge.wasm's exports (with a VM: edge_init was called)
 *            and where warnings go (default console.warn). A web/edge.js Host is one.
 * options.baseUrl   the URL of the program: relative specs resolve against it. Default:
 *            the page (location.href) in a browser, none elsewhere.
 * options.importMap the import map: a URL (string or URL) of a packages.json to fetch
 *            (a 404 means none), its parsed form ({ imports: {...} }, relative to
 *            baseUrl), or { url, text }. Default: none. A map that is not JSON, names
 *            a key twice, or gives a target that is not a string naming a path or an
 *            http(s) URL (no data:, no empty target) is an error, not ignored.
 * options.fetch     fetch(url) → Response (default globalThis.fetch, and in Node file:
 *            URLs read from disk; a fetch given here gets file: URLs too).
 * options.cache     { get(url, sha256hex?), set(url, entry, pinned) }, maybe async, where
 *            entry is { url, bytes, digest }; a Map does. Only http(s) modules are cached
 *            (a local file is read every time), and what the cache gives back is checked
 *            against the import's hash. Default: one Map per core; false for none.
 * options.lock      the hashes http(s) modules must have: { url: "sha256-…" }, a whole
 *            lockfile ({ lockfileVersion: 1, modules: {...} }) or its text. A lockfile
 *            that is malformed in any way (an entry that is no sha256 hash, a key that is
 *            no http(s) URL, "modules" missing) is an error, never a lock that checks less.
 * options.lockName  what messages call the lockfile (default packages.lock.json).
 * options.frozen    true: every module must be pinned (#sha256- in its import, its
 *            packages.json target or the standard table) or locked (options.lock);
 *            other modules are an error. Local files (file: URLs, read from the host's
 *            disk) and the standard modules with what they import are the host's own and
 *            need neither. Without it, a pinned module importing one that is neither
 *            pinned nor locked gets a warning: that module's bytes go unchecked.
 * options.standardModules  { name: URL } (default STANDARD_MODULES), the URL of a
 *            folder holding NAME.py for each (a copy of the package's build/modules/), or
 *            the object of build/modules/all.json (MODULES_FORMAT): the modules inlined.
 * options.moduleName(url)  the key (and file name in messages) of a module; default url.href.
 * options.warn(text)       where warnings go (default core.stderr).
 */
export async function resolveProgram(core, source, filename = 'main.py', options = {}) {
    const r = new Resolver(core, options);
    const base = options.baseUrl ?? (typeof location !== 'undefined' ? location.href : undefined);
    const root = { url: base !== undefined ? new URL(base) : null, key: filename, kind: 'python', source: String(source), sites: [] };
    try {
        if (root.url) r.nodes.set(root.url.href, Promise.resolve(root)); // importing it back is a cycle
        r.lock = readLock(options.lock, r.lockName);
        r.importMap = await loadImportMap(r, options.importMap, root.url);
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

/**
 * A core for resolving only: a quiet instance of edge.wasm (`wasmModule`, a compiled
 * WebAssembly.Module) whose VM lists imports, for hosts that resolve a program before
 * running it elsewhere (the CLI's runSync, lock and bundle).
 * options.stderr gets the warnings.
 */
export async function createResolverCore(wasmModule, options = {}) {
    let exports = null;
    const env = { host_write() {}, host_read_line: () => -1, host_clock: () => 0 };
    const instance = await WebAssembly.instantiate(wasmModule, edgeImports(wasmModule, env, () => exports));
    exports = instance.exports;
    exports._initialize();
    initVM(exports, 0, 0, 0);
    return { exports, stderr: options.stderr };
}

// The per-instance cache of fetched bytes, by URL.
const caches = new WeakMap();
function defaultCache(core) {
    if (!caches.has(core)) caches.set(core, new Map());
    return caches.get(core);
}

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

// ---- the import map (packages.json) and the lockfile ----

async function loadImportMap(r, given, base) {
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
        return parseImportMap(decoder.decode(entry.bytes), url, r.name(url));
    }
    if (typeof given.text === 'string') {
        const url = new URL(given.url ?? base);
        return parseImportMap(given.text, url, r.name(url));
    }
    if (!base) throw fail('an import map given as an object needs options.baseUrl to resolve its paths');
    return parseImportMap(JSON.stringify(given), new URL(base), 'packages.json');
}

// Where a node of a JSON file is, for a diagnostic: its line and column, and its width.
function jsonPlace(key, text, node) {
    const width = Array.from(text.slice(node.start, Math.min(node.end, text.indexOf('\n', node.start) >>> 0))).length;
    return { filename: key, text, ...jsonPosition(text, node.start), width: Math.max(width, 1) };
}

// The tree of a JSON file, or its SyntaxError where it goes wrong.
function jsonTree(text, key) {
    try {
        return parseJsonTree(text);
    } catch (err) {
        if (!(err instanceof JsonError)) throw err;
        throw new ModuleError(failure(err.message, [], { filename: key, text, ...jsonPosition(text, err.pos) }, 'SyntaxError'));
    }
}

// Reads packages.json, { "imports": { name: target } } (other keys are left alone), into
// { url, key, targets: Map(name → { url, integrity }) }. Every target follows the rules of
// a spec in an import statement (locateSpec), written in packages.json: a malformed map
// is an error at the entry, whether or not the program imports that name.
function parseImportMap(text, url, key) {
    const root = jsonTree(text, key);
    const wrong = (message, node, notes = []) => new ModuleError(failure(message, notes, jsonPlace(key, text, node)));
    if (root.type !== 'object') throw wrong('packages.json must hold a JSON object', root);
    const imports = root.entries.find(([name]) => name.value === 'imports')?.[1];
    const targets = new Map();
    if (!imports) return { url, key, targets };
    if (imports.type !== 'object') throw wrong('"imports" must be an object: { "name": "./path.py" }', imports);
    for (const [name, target] of imports.entries) {
        if (!isBareName(name.value)) {
            throw wrong(`'${name.value}' is not a module name`, name,
                ['a name in "imports" is what an import statement names, such as "utils" or "pkg.tools"']);
        }
        if (target.type !== 'string') throw wrong(`the target of '${name.value}' must be a string: a path or an http(s) URL`, target);
        const found = locateSpec(target.value, url);
        if (found.error) throw wrong(`'${name.value}': ${found.error}`, target, found.notes);
        targets.set(name.value, found);
    }
    return { url, key, targets };
}

const LOCKFILE_SHAPE = 'expected {"lockfileVersion": 1, "modules": {"https://…": "sha256-…"}}';

/**
 * The pins of a lockfile (options.lock) as a Map(url → { digest, hex }), or null for none.
 * `lock` is the text of a packages.lock.json, its parsed form, or its "modules" object;
 * `name` is what messages call it. Anything malformed throws a ModuleError: a lockfile
 * that checked less than it says would be worse than none.
 */
export function readLock(lock, name = 'packages.lock.json') {
    if (lock === undefined || lock === null) return null;
    if (typeof lock === 'string') return lockPins(jsonTree(lock, name), lock, name, true);
    if (typeof lock !== 'object' || Array.isArray(lock)) {
        throw new ModuleError(failure(`${name}: not a lockfile: ${LOCKFILE_SHAPE}`));
    }
    // An object given in code: checked as the file it stands for.
    const whole = Object.hasOwn(lock, 'lockfileVersion') || Object.hasOwn(lock, 'modules');
    const text = JSON.stringify(whole ? lock : { lockfileVersion: 1, modules: lock },
        (k, v) => (v === undefined || typeof v === 'function' ? null : v));
    return lockPins(parseJsonTree(text), null, name, whole);
}

// The pins of a lockfile's tree (`text` its text, for places; null for an object given in
// code): `whole`, the file, with its version, else just its "modules".
function lockPins(root, text, name, whole) {
    // A message with a place names the file there; one without names it first.
    const wrong = (message, node) => new ModuleError(text === null ? failure(`${name}: ${message}`) : failure(message, [], jsonPlace(name, text, node)));
    const field = (key) => (root.type === 'object' ? root.entries.find(([k]) => k.value === key)?.[1] : undefined);
    if (root.type !== 'object') throw wrong(`not a lockfile: ${LOCKFILE_SHAPE}`, root);
    const version = field('lockfileVersion');
    if (whole && version?.value !== 1) {
        throw wrong(version ? `lockfileVersion ${text === null ? JSON.stringify(plainJson(version)) : text.slice(version.start, version.end)}: ` +
            'this version of Edge Python reads lockfileVersion 1' : `no "lockfileVersion": ${LOCKFILE_SHAPE}`, version ?? root);
    }
    const modules = field('modules');
    if (modules?.type !== 'object') throw wrong(`"modules" must be an object: ${LOCKFILE_SHAPE}`, modules ?? root);
    const pins = new Map();
    for (const [key, value] of modules.entries) {
        let url = null;
        try {
            url = new URL(key.value);
        } catch {
            // reported below
        }
        if (!url || !isHttp(url) || url.href !== key.value) {
            throw wrong(`'${key.value}' is not an http(s) URL as \`edge lock\` writes one: a lockfile pins modules fetched over the network`, key);
        }
        const pin = value.type === 'string' ? parseIntegrity(value.value) : { error: `expected "sha256-<hash>", not ${text === null ? JSON.stringify(plainJson(value)) : text.slice(value.start, value.end)}` };
        if (pin.error) throw wrong(`the entry for '${key.value}': ${pin.error.replace(/^unsupported fragment '#(.*)': only #sha256-<hash> is allowed$/, "'$1' is not a sha256 hash: expected sha256-<hash>")}`, value);
        pins.set(key.value, pin);
    }
    return pins;
}

// ---- resolving and fetching ----

// Native code for another machine: never loaded, whatever the host.
const NATIVE_LIBRARY = /\.(so|dylib|dll)$/i;

const isBareName = (spec) => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(spec) && !/\.(py|wasm)$/.test(spec);
const isHttp = (url) => url.protocol === 'http:' || url.protocol === 'https:';

function moduleKind(url, bytes) {
    const path = url.pathname.toLowerCase();
    if (path.endsWith('.py')) return 'python';
    if (path.endsWith('.wasm')) return 'wasm';
    // Anything else by its content: the wasm magic number, or Python source.
    return bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d ? 'wasm' : 'python';
}

// Splits "./x.py#sha256-…" into its location and its expected hash: { location,
// integrity } or { error }.
function splitSpec(text) {
    const hash = text.indexOf('#');
    if (hash < 0) return { location: text, integrity: null };
    const integrity = parseIntegrity(text.slice(hash + 1));
    if (integrity.error) return { error: integrity.error };
    return { location: text.slice(0, hash), integrity };
}

/**
 * Where a spec that is a path or a URL leads, by the one set of rules for every such spec,
 * whether an import statement or packages.json gives it: a fragment only pins a hash; the
 * path is not empty and not a bare name; a URL is http(s) or file:, and a file: URL is
 * only for a spec written in a local file; native libraries are refused. `base` is the
 * URL of the file the spec is written in (null: none), `writer` what messages call that
 * file. Returns { url, integrity } or { error, notes }.
 */
function locateSpec(text, base, writer) {
    const { location, integrity, error } = splitSpec(text);
    if (error) return { error, notes: [] };
    if (location === '') return { error: `cannot import '${text}': an empty path names no module`, notes: [] };
    if (isBareName(location)) {
        return { error: `cannot import '${text}': '${location}' is a name, not a path or a URL`, notes: [`a path starts with ./ or ../, as in './${location}.py'`] };
    }
    let url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(location)) {
        try {
            url = new URL(location);
        } catch {
            return { error: `cannot import '${text}': it is not a valid URL`, notes: [] };
        }
        if (!isHttp(url) && url.protocol !== 'file:') {
            return { error: `cannot import '${text}': only http(s) URLs and paths can be imported`, notes: [] };
        }
    } else {
        if (!base) {
            return { error: `cannot resolve '${text}': the program has no URL to resolve it against`, notes: ['pass options.baseUrl (the URL of the program)'] };
        }
        try {
            url = new URL(location, base);
        } catch { // "//bad host/x.py" names a host, and no valid one
            return { error: `cannot import '${text}': it is not a valid URL`, notes: [] };
        }
    }
    // Only a local file may import a local file: a program given no URL, or one from the
    // network, cannot make a host in Node read the disk (a diagnostic would show a line).
    if (url.protocol === 'file:' && base?.protocol !== 'file:') {
        return { error: `'${writer}' cannot import the local file '${url.href}'`, notes: base ? [] : ['only a program whose baseUrl is a file: URL can import local files'] };
    }
    if (NATIVE_LIBRARY.test(url.pathname)) {
        return { error: `cannot import '${text}': native libraries (.so, .dylib, .dll) cannot be loaded`, notes: ['build the module to WebAssembly (.wasm) with the SDK instead'] };
    }
    return { url, integrity };
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
        this.lock = null; // Map(url → pin), from options.lock (readLock)
        this.lockName = options.lockName ?? 'packages.lock.json';
        this.frozen = options.frozen === true;
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
        const locked = isHttp(url) ? this.lock?.get(url.href) : undefined;
        const checks = [];
        if (expected) checks.push({ digest: expected.digest, hex: expected.hex, note: '' });
        if (locked) checks.push({ digest: locked.digest, hex: locked.hex, note: ` (${this.lockName})` });
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
    // { url, integrity, describe, pinned, trusted } (describe: the error when nothing is
    // there; pinned: a hash or the lockfile checks it; trusted: a standard module, or one
    // a standard module imports).
    resolve(site) {
        const target = this.target(site);
        if (!target) return null;
        target.pinned = Boolean(target.integrity) || Boolean(isHttp(target.url) && this.lock?.has(target.url.href));
        target.trusted = Boolean(target.standard || site.importer.trusted);
        if (this.frozen && !target.pinned && !target.trusted && target.url.protocol !== 'file:') {
            throw fail(`'${site.spec}' is neither pinned nor locked: frozen, every module must be`,
                [`pin it with #sha256-<hash> (in the import or its packages.json target), or lock it (\`edge lock\`, options.lock)`], site);
        }
        return target;
    }

    target(site) {
        const { importer, spec } = site;
        if (isBareName(spec)) {
            const mapped = this.importMap?.targets.get(spec);
            if (mapped !== undefined) return { url: mapped.url, integrity: mapped.integrity, given: true };
            if (BUILTIN_MODULES.includes(spec)) return null;
            if (Object.hasOwn(this.standard, spec)) {
                const { location, integrity, error } = splitSpec(String(this.standard[spec]));
                if (error) throw fail(`standard module '${spec}': ${error}`, [], site);
                return { url: new URL(location), integrity, standard: true, given: true };
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
        const found = locateSpec(spec, importer.url, importer.key);
        if (found.error) throw fail(found.error, found.notes, site);
        const { url, integrity } = found;
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
            if (this.lock && !this.lock.has(request.href) && !target.integrity) {
                this.later(request, `warning: '${request.href}' is not in ${this.lockName} (run \`edge lock\` to pin it)\n`);
            }
        }
        const url = new URL(entry.url);
        const kind = moduleKind(url, entry.bytes);
        const node = { url, request: target.url, key: this.name(url), kind, bytes: entry.bytes, digest: entry.digest, sites: [], trusted: target.trusted };
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
        const pinned = new Set(); // the nodes an import pins (or the lockfile)
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
                if (site.target.pinned) pinned.add(dep);
                if (!state.has(dep)) await visit(dep);
                // A pin packages.json or the standard table gave is kept with the mapping, so
                // a bundle checks it too.
                const pin = site.target.given && site.target.integrity ? [formatHash(site.target.integrity.digest)] : [];
                imports.push([node.key, site.spec, dep.key, ...pin]);
            }
            stack.pop();
            state.set(node, 'done');
            if (node !== root && !modules.some((m) => m.key === node.key)) modules.push(node);
        };
        await visit(root);
        // A pinned module checks its own bytes, not those of what it imports: a module it
        // imports without a pin of its own is unchecked, whatever the pin above it promises.
        for (const node of modules) {
            if (!pinned.has(node) || node.trusted) continue;
            for (const site of node.sites) {
                if (!site.target || site.target.pinned || site.target.trusted) continue;
                this.later(node.request, `warning: '${node.key}' is pinned, but the module it imports as '${site.spec}' is ` +
                    'neither pinned nor locked: its bytes are not checked\n');
            }
        }
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
