// fuzz_host.mjs — a fuzz target for the JavaScript host's inputs (web/): random and mutated
// packages.json files, lockfiles and bundles, and random JSON for the one reader all three
// go through (web/json.js). Deterministic: the seed and the iteration count fix every input.
//
//     node tests/fuzz/fuzz_host.mjs [--iterations N] [--seed S] [--out DIR]
//
// What counts as a finding, each saved to DIR (default build/fuzz/crashes) as
// host-<target>-<seed>-<i>.json with the input, and exiting 1:
// - json: parseJson accepts what JSON.parse refuses, refuses what it accepts (other than a
//   key given twice or nesting past its limit), or reads a value JSON.parse reads otherwise;
// - packages.json, lockfiles: a run that throws instead of resolving to a result (an error
//   of the host itself: a TypeError from reading a field, a RangeError), a result that is
//   neither { ok: true } nor an error with its text, or a module that runs although the
//   lockfile pinned other bytes;
// - bundles: an error other than the bundle reader's own, or an edited bundle accepted
//   although what it runs differs from what was sealed (an integrity side door);
// - and every few hundred inputs, the instance must still run an ordinary program.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import { createEdge } from '../../web/node.js';
import { JsonError, parseJson } from '../../web/json.js';
import { createResolverCore, packBundle, resolveProgram, unpackBundle } from '../../web/modules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i < 0 ? fallback : args[i + 1];
};
const ITERATIONS = Number(option('iterations', 2000));
const SEED = Number(option('seed', 1));
const OUT = path.resolve(option('out', path.join(ROOT, 'build', 'fuzz', 'crashes')));

// mulberry32: a small generator whose sequence the seed fixes.
function generator(seed) {
    let s = seed >>> 0;
    const next = () => {
        s = (s + 0x6d2b79f5) | 0;
        let t = Math.imul(s ^ (s >>> 15), 1 | s);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n) => Math.floor(next() * n);
    const pick = (list) => list[int(list.length)];
    return { next, int, pick, chance: (p) => next() < p };
}
let rnd = generator(SEED);

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const HOST = 'http://fuzz.test';
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const sha256 = async (text) => `sha256-${b64(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))))}`;

// The "network": a few modules, a packages.json served where programs look for one.
const MODULES = {
    [`${HOST}/a.py`]: 'A = "a"\n',
    [`${HOST}/b.py`]: 'B = "b"\n',
    [`${HOST}/lib/c.py`]: 'from "../a.py" import A\nC = A + "c"\n',
};
const fetch = async (url) => (Object.hasOwn(MODULES, url) ? new Response(MODULES[url]) : new Response('not found', { status: 404 }));

// ---- random text, JSON and mutations ----

const PIECES = ['{', '}', '[', ']', ':', ',', '"', '\\', '\\u006d', '\\ud800', '\\"', ' ', '\n', '\t', '0', '-1', '1e999', '1.5e-3',
    'true', 'false', 'null', 'imports', 'modules', 'lockfileVersion', 'sha256-', '#', './a.py', 'https://', 'data:', 'file:///etc/passwd',
    '\u0000', '\ufeff', '\u2028', 'é', '𝄞', '"m"', '"a.py"', '01', '+1', 'NaN', '/*', '//', ',}', ',]'];
const randomText = (n) => Array.from({ length: n }, () => (rnd.chance(0.7) ? rnd.pick(PIECES) : String.fromCharCode(rnd.int(0x80)))).join('');

const NAMES = ['m', 'a', 'b', 'util', 'pkg.tools', './m', '', 'm.py', 'import', '_x', '1m', 'a.b.', '\u006d', 'm m', 'é'];
const TARGETS = ['./a.py', './b.py', './lib/c.py', '../a.py', `${HOST}/a.py`, 'a.py', 'a', '', '#', './a.py#top',
    './a.py#sha256-not', 'data:text/plain,print(1)', 'file:///etc/passwd', 'javascript:alert(1)', '//evil.test/a.py', './m.so',
    'https://evil.test/x.py', './a.wasm', '/a.py', '?x', './a.py?x#', 'http://[::1/a.py', '\u0000', './%2e%2e/a.py'];

function randomValue(depth = 0) {
    const kind = rnd.int(depth > 3 ? 5 : 7);
    switch (kind) {
    case 0: return null;
    case 1: return rnd.chance(0.5);
    case 2: return rnd.pick([0, 1, -1, 1.5, 1e300, 2 ** 53]);
    case 3: return rnd.pick(TARGETS);
    case 4: return rnd.pick(NAMES);
    case 5: return Array.from({ length: rnd.int(4) }, () => randomValue(depth + 1));
    default: return Object.fromEntries(Array.from({ length: rnd.int(4) }, () => [rnd.pick([...NAMES, 'imports', 'modules']), randomValue(depth + 1)]));
    }
}

// Edits JSON text: a character changed, inserted or removed, a piece spliced in, a key
// doubled, a part cut out.
function mutateText(text) {
    let t = text;
    for (let n = 1 + rnd.int(3); n > 0; n--) {
        const at = rnd.int(t.length + 1);
        switch (rnd.int(6)) {
        case 0: t = t.slice(0, at) + rnd.pick(PIECES) + t.slice(at); break;
        case 1: t = t.slice(0, at) + t.slice(at + 1 + rnd.int(8)); break;
        case 2: t = t.slice(0, at) + String.fromCharCode(rnd.int(0x3000)) + t.slice(at + 1); break;
        case 3: {
            const key = /"[^"\\]*"\s*:\s*("[^"\\]*"|\d+|true|false|null)/.exec(t.slice(at));
            if (key) t = t.slice(0, at + key.index) + `${key[0]}, ` + t.slice(at + key.index);
            break;
        }
        case 4: t = t.slice(0, at) + t.slice(rnd.int(t.length), rnd.int(t.length)) + t.slice(at); break;
        default: t = t.slice(0, at) + '"' + t.slice(at); break;
        }
    }
    return t;
}

// Edits a parsed value in place somewhere: a field deleted, replaced, its type changed.
function mutateValue(value) {
    const paths = [];
    const walk = (v, trail) => {
        if (v && typeof v === 'object') for (const k of Object.keys(v)) { paths.push([...trail, k]); walk(v[k], [...trail, k]); }
    };
    walk(value, []);
    if (paths.length === 0) return randomValue();
    const trail = rnd.pick(paths);
    const parent = trail.slice(0, -1).reduce((v, k) => v[k], value);
    const key = trail.at(-1);
    const old = parent[key];
    switch (rnd.int(6)) {
    case 0: if (Array.isArray(parent)) parent.splice(Number(key), 1); else delete parent[key]; break;
    case 1: parent[key] = randomValue(2); break;
    case 2: parent[key] = typeof old === 'string' ? old + rnd.pick(['', ' ', 'x', '\n', '#']) : String(old); break;
    case 3: parent[key] = typeof old === 'string' ? old.slice(0, rnd.int(old.length + 1)) : old; break;
    case 4: if (Array.isArray(parent)) parent.push(structuredClone(old)); else parent[`${key}${rnd.pick(['', '_', 'x'])}`] = structuredClone(old); break;
    default: parent[key] = Array.isArray(old) ? [...old].reverse() : old; break;
    }
    return value;
}

// ---- findings ----

let findings = 0;
function finding(target, i, input, why) {
    findings++;
    fs.mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `host-${target}-${SEED}-${i}.json`);
    fs.writeFileSync(file, JSON.stringify({ target, seed: SEED, iteration: i, why, input }, null, 1));
    console.error(`fuzz_host: ${target} #${i}: ${why} (${path.relative(process.cwd(), file)})`);
}

// Inputs each target accepted (the rest were refused, as most should be).
const accepted = { json: 0, 'packages.json': 0, lockfile: 0, bundle: 0 };

const describe = (err) => `${err?.name}: ${err?.message}`.slice(0, 300);

// A run's result must be a result: { ok: true } or an error with its type and text.
const wellFormed = (r) => r && (r.ok === true || (r.ok === false && typeof r.error?.type === 'string' && typeof r.error?.text === 'string'));

// ---- the targets ----

function fuzzJson(i) {
    const text = rnd.chance(0.5) ? mutateText(JSON.stringify(randomValue(), null, rnd.int(3))) : randomText(1 + rnd.int(40));
    let ours;
    let theirs;
    let oursFailed = null;
    let theirsFailed = false;
    try {
        ours = parseJson(text);
    } catch (err) {
        if (!(err instanceof JsonError)) return finding('json', i, text, `not a JsonError: ${describe(err)}`);
        oursFailed = err.message;
    }
    try {
        // JSON.parse takes no byte-order mark; ours skips one.
        theirs = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
        theirsFailed = true;
    }
    if (oursFailed === null && theirsFailed) return finding('json', i, text, 'accepted text JSON.parse refuses');
    if (oursFailed !== null && !theirsFailed && !/^duplicate key|nested too deeply/.test(oursFailed)) {
        return finding('json', i, text, `refused text JSON.parse accepts: ${oursFailed}`);
    }
    if (oursFailed === null && !isDeepStrictEqual(ours, theirs)) return finding('json', i, text, 'read a value other than JSON.parse reads');
    if (oursFailed === null) accepted.json++;
}

async function fuzzImportMap(edge, i) {
    const map = rnd.chance(0.4)
        ? mutateText(JSON.stringify({ imports: { m: rnd.pick(TARGETS), [rnd.pick(NAMES)]: rnd.pick(TARGETS) } }))
        : JSON.stringify(mutateValue({ name: 'app', imports: { m: './a.py', util: './lib/c.py' } }));
    const program = rnd.pick(['import m\nprint(m.A)\n', 'import util\n', 'print("no imports")\n', 'from m import A\n']);
    let r;
    try {
        r = await edge.run(program, { baseUrl: `${HOST}/main.py`, importMap: { url: `${HOST}/packages.json`, text: map }, fetch });
    } catch (err) {
        return finding('packages.json', i, map, `run() threw: ${describe(err)}`);
    }
    if (!wellFormed(r)) return finding('packages.json', i, map, `not a result: ${JSON.stringify(r).slice(0, 200)}`);
    if (r.ok || r.error.type !== 'error' && r.error.type !== 'SyntaxError') accepted['packages.json']++;
}

async function fuzzLock(edge, i, goodPin) {
    const url = `${HOST}/a.py`;
    const good = { lockfileVersion: 1, modules: { [url]: goodPin } };
    let lock;
    switch (rnd.int(3)) {
    case 0: lock = mutateText(JSON.stringify(good)); break;
    case 1: lock = mutateValue(structuredClone(good)); break;
    default: lock = mutateValue({ [url]: goodPin }); break;
    }
    let r;
    try {
        r = await edge.run(`from "${url}" import A\n`, { baseUrl: `${HOST}/main.py`, lock, fetch });
    } catch (err) {
        return finding('lockfile', i, lock, `run() threw: ${describe(err)}`);
    }
    if (!wellFormed(r)) return finding('lockfile', i, lock, `not a result: ${JSON.stringify(r).slice(0, 200)}`);
    if (!r.ok) return;
    accepted.lockfile++;
    // It ran: the lockfile's entry for the module, if it has one, is the module's own pin.
    let parsed = lock;
    if (typeof lock === 'string') {
        try {
            parsed = JSON.parse(lock);
        } catch {
            return finding('lockfile', i, lock, 'a lockfile that is not JSON was accepted');
        }
    }
    const whole = parsed && typeof parsed === 'object' && ('lockfileVersion' in parsed || 'modules' in parsed);
    const entry = whole ? parsed.modules?.[url] : parsed?.[url];
    // (A pin may be written in hex, or in base64 without its padding.)
    const digest = (pin) => (typeof pin !== 'string' || !pin.startsWith('sha256-') ? null
        : /^[0-9a-f]{64}$/i.test(pin.slice(7)) ? Buffer.from(pin.slice(7), 'hex') : Buffer.from(pin.slice(7), 'base64'));
    if (entry !== undefined && !digest(goodPin).equals(digest(entry) ?? Buffer.alloc(0))) {
        finding('lockfile', i, lock, `the module ran under the pin ${JSON.stringify(entry)}, not its own`);
    }
}

async function fuzzBundle(edge, i, sealed, original) {
    let bytes;
    if (rnd.chance(0.5)) {
        bytes = encoder.encode(mutateText(sealed));
    } else {
        bytes = encoder.encode(JSON.stringify(mutateValue(JSON.parse(sealed))));
    }
    let program;
    try {
        program = await unpackBundle(bytes, { warn: () => {} });
    } catch (err) {
        if (err?.constructor === Error && /^(bundle: |not an Edge Python bundle|a bundle of version )/.test(err.message)) return;
        return finding('bundle', i, decoder.decode(bytes), `not the bundle reader's error: ${describe(err)}`);
    }
    // Accepted: what it runs must be what was sealed.
    const runs = (p) => ({
        entry: p.filename,
        source: p.source,
        modules: p.modules.map((m) => [m.key, m.kind, b64(m.bytes)]).sort(),
        imports: p.imports.map((row) => row.slice(0, 3).join('\n')).sort(),
    });
    if (!isDeepStrictEqual(runs(program), runs(original))) {
        return finding('bundle', i, decoder.decode(bytes), 'an edited bundle was accepted and runs something else');
    }
    accepted.bundle++;
    const r = await edge.run(program.source, { filename: program.filename, program });
    if (!wellFormed(r)) finding('bundle', i, decoder.decode(bytes), `not a result: ${JSON.stringify(r).slice(0, 200)}`);
}

// ---- the run ----

const started = performance.now();
let printed = '';
const edge = await createEdge({ stdout: (t) => { printed += t; }, stderr: () => {}, fetch });
const core = await createResolverCore(edge.module, { stderr: () => {} });
const resolved = await resolveProgram(core, `from "${HOST}/lib/c.py#${await sha256(MODULES[`${HOST}/lib/c.py`])}" import C\nimport m\nprint(C, m.B)\n`,
    'main.py', { baseUrl: `${HOST}/main.py`, importMap: { url: `${HOST}/packages.json`, text: JSON.stringify({ imports: { m: './b.py' } }) }, fetch });
if (!resolved.ok) throw new Error(`fuzz_host: the seed program does not resolve: ${resolved.error.text}`);
const sealed = decoder.decode(await packBundle(resolved));
const original = await unpackBundle(encoder.encode(sealed));
const goodPin = await sha256(MODULES[`${HOST}/a.py`]);

const counts = { json: 0, 'packages.json': 0, lockfile: 0, bundle: 0 };
for (let i = 0; i < ITERATIONS; i++) {
    rnd = generator(SEED * 1_000_003 + i); // each input from its own seed: any one reproduces alone
    const target = rnd.pick(Object.keys(counts));
    counts[target]++;
    if (target === 'json') fuzzJson(i);
    else if (target === 'packages.json') await fuzzImportMap(edge, i);
    else if (target === 'lockfile') await fuzzLock(edge, i, goodPin);
    else await fuzzBundle(edge, i, sealed, original);
    if (i % 250 === 249 || i === ITERATIONS - 1) {
        printed = '';
        const r = await edge.run('print(sum(range(10)))');
        if (!r.ok || printed !== '45\n') finding('instance', i, null, `the instance no longer runs a program: ${JSON.stringify(r)}`);
    }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`          fuzz_host: ${ITERATIONS} inputs (seed ${SEED}: ${Object.entries(counts).map(([k, v]) => `${v} ${k} (${accepted[k]} accepted)`).join(', ')}) in ${seconds} s, ${findings} finding(s)`);
process.exit(findings > 0 ? 1 : 0);
