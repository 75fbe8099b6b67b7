// integrity.test.mjs — integrity without side doors (SECURITY.md, "Integrity"): what a
// program pins, a lockfile pins or a bundle seals is checked, and every way of writing one
// that would check less is an error rather than a silent pass. packages.json is read by the
// host alone, strictly, with the rules of an import statement's spec for every target.
// Modules come from a fake fetch (http://example.test/...) or from files in a workspace.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createEdge } from '../../web/node.js';
import { bundleDigest, createResolverCore, packBundle, resolveProgram, wasmExports } from '../../web/modules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'web', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-integrity-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const sha256 = (text) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`;
const HOST = 'http://example.test';

// The "network": URL → text. A fetch of anything else is a 404.
const served = new Map([
    [`${HOST}/lib/util.py`, 'def double(x):\n    return 2 * x\n'],
    [`${HOST}/lib/leaf.py`, 'LEAF = "leaf"\n'],
    [`${HOST}/lib/uses_leaf.py`, 'from "./leaf.py" import LEAF\nWHO = "uses " + LEAF\n'],
]);
const fetch = async (url) => (served.has(url) ? new Response(served.get(url)) : new Response('not found', { status: 404 }));

async function api(options = {}) {
    const out = { stdout: '', stderr: '' };
    const edge = await createEdge({ stdout: (t) => { out.stdout += t; }, stderr: (t) => { out.stderr += t; }, fetch, ...options });
    return { edge, out };
}

// The first line of an error result (or of the CLI's stderr).
const header = (r) => (r.error?.text ?? r.stderr ?? '').split('\n')[0];
const place = (r) => (r.error?.text ?? r.stderr ?? '').split('\n').find((l) => l.startsWith('   --> '))?.slice(7);

function cli(args, cwd = tmp) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, EDGE_CACHE_DIR: path.join(tmp, 'cache') } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(name, files) {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
}

describe('bundles', () => {
    // A program pinning util.py in its import and leaf.py through packages.json, bundled.
    const source = `from "${HOST}/lib/util.py#${sha256(served.get(`${HOST}/lib/util.py`))}" import double\nimport leaf\nprint(double(21), leaf.LEAF)\n`;
    const importMap = { url: `${HOST}/packages.json`, text: JSON.stringify({ imports: { leaf: `./lib/leaf.py#${sha256(served.get(`${HOST}/lib/leaf.py`))}` } }) };
    async function bundle() {
        const { edge } = await api();
        const core = await createResolverCore(edge.module, { stderr: () => {} });
        const program = await resolveProgram(core, source, 'main.py', { baseUrl: `${HOST}/main.py`, importMap, fetch });
        assert.equal(program.ok, true, program.error?.text);
        return JSON.parse(new TextDecoder().decode(await packBundle(program)));
    }
    const bytes = (b) => new TextEncoder().encode(JSON.stringify(b));
    // Seals an edited bundle again, as someone who edits the file can: its modules' hashes
    // and its digest made anew.
    async function reseal(b) {
        for (const m of b.modules) m.sha256 = sha256(m.source ?? Buffer.from(m.base64, 'base64'));
        const modules = b.modules.map((m) => [m.key, m.kind, m.sha256, m.kind === 'python' ? m.source : m.base64]);
        b.sha256 = sha256(JSON.stringify([b.format, b.version, b.entry, b.source, modules, b.imports]));
        return b;
    }
    const util = (b) => b.modules.find((m) => m.key.endsWith('util.py'));
    const leaf = (b) => b.modules.find((m) => m.key.endsWith('leaf.py'));

    test('a bundle runs with no network, and edge bundle\'s digest pins it', async () => {
        const b = await bundle();
        const { edge, out } = await api({ fetch: () => { throw new Error('no network'); } });
        assert.deepEqual(await edge.runBundle(bytes(b)), { ok: true });
        assert.deepEqual(await edge.runBundle(bytes(b), { integrity: b.sha256 }), { ok: true });
        assert.equal(bundleDigest(bytes(b)), b.sha256);
        assert.equal(out.stdout, '42 leaf\n42 leaf\n');
    });

    // Regression (issue 18): each of these edits ran silently.
    const REFUSED = [
        ['a module\'s sha256 deleted', async (b) => { delete util(b).sha256; return b; }, /^Error: bundle: module ".*util\.py" is not \{ key, kind/],
        ['a module edited and its sha256 made again', async (b) => {
            util(b).source = 'def double(x):\n    return "owned"\n';
            util(b).sha256 = sha256(util(b).source);
            return b;
        }, /^Error: bundle: it was changed after it was sealed/],
        ['the entry\'s source edited', async (b) => { b.source = 'print("owned")\n'; return b; }, /^Error: bundle: it was changed after it was sealed/],
        ['an import mapped to another module', async (b) => { b.imports.find((i) => i[1] === 'leaf')[2] = util(b).key; return b; },
            /^Error: bundle: it was changed after it was sealed/],
        ['the digest deleted', async (b) => { delete b.sha256; return b; }, /its fields are not those of a bundle/],
        ['a module contradicting the program\'s own #sha256- pin, all sealed again', async (b) => {
            util(b).source = 'def double(x):\n    return "owned"\n';
            return reseal(b);
        }, /^Error: bundle: module '.*util\.py' is not what the import '.*util\.py#sha256-.*' in 'main\.py' pins \(expected sha256-/],
        ['a module contradicting its pin in packages.json, all sealed again', async (b) => {
            leaf(b).source = 'LEAF = "owned"\n';
            return reseal(b);
        }, /^Error: bundle: module '.*leaf\.py' is not what the import 'leaf' in 'main\.py' pins/],
        ['a module keyed by the pinned spec itself, found without the import that checks it', async (b) => {
            const spec = b.imports.find((i) => i[1].includes('#'))[1];
            b.modules.push({ key: spec, kind: 'python', sha256: '', source: 'def double(x):\n    return "owned"\n' });
            b.imports = b.imports.filter((i) => i[1] !== spec);
            return reseal(b);
        }, /a module's key has no fragment/],
        ['a field given twice', async (b) => new TextEncoder().encode(JSON.stringify(b).replace('{"format"', '{"source":"print(1)","format"')),
            /^Error: bundle: duplicate key "source"/],
        ['a bundle of version 1 (no digest)', async (b) => { b.version = 1; return b; }, /^Error: a bundle of version 1: .*version 2 \(make it again with `edge bundle`\)$/],
    ];
    for (const [what, edit, message] of REFUSED) {
        test(`refused: ${what}`, async () => {
            const edited = await edit(await bundle());
            const { edge, out } = await api();
            await assert.rejects(edge.runBundle(edited instanceof Uint8Array ? edited : bytes(edited)), message);
            assert.equal(out.stdout, '', 'nothing ran');
        });
    }

    test('a host that pins the bundle refuses one sealed again after an edit', async () => {
        const b = await bundle();
        const pinned = b.sha256;
        b.source = 'print("owned")\n';
        await reseal(b);
        const { edge, out } = await api();
        await assert.rejects(edge.runBundle(bytes(b), { integrity: pinned }), /^Error: bundle: expected the bundle sha256-.*, got sha256-/);
        assert.equal(out.stdout, '');
    });

    test('the edge command refuses an edited bundle too', async () => {
        const b = await bundle();
        util(b).source = 'def double(x):\n    return "owned"\n';
        await reseal(b);
        fs.writeFileSync(path.join(tmp, 'edited.epy'), JSON.stringify(b));
        const r = cli(['edited.epy']);
        assert.equal(r.status, 1);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^edge: edited\.epy: bundle: module '.*util\.py' is not what the import/);
    });
});

describe('lockfiles', () => {
    const url = `${HOST}/lib/util.py`;
    const program = `from "${url}" import double\nprint(double(4))\n`;
    // Regression (issue 18): each of these lockfiles turned checking off without a word.
    const MALFORMED = [
        ['an entry that is no hash', { lockfileVersion: 1, modules: { [url]: 'sha256-not-a-hash' } },
            `the entry for '${url}': invalid integrity hash 'sha256-not-a-hash': expected 64 hex digits or 32 bytes in base64`],
        ['an entry of another algorithm', { lockfileVersion: 1, modules: { [url]: 'md5-abc' } },
            `the entry for '${url}': 'md5-abc' is not a sha256 hash: expected sha256-<hash>`],
        ['an entry that is a number', { lockfileVersion: 1, modules: { [url]: 5 } },
            `the entry for '${url}': expected "sha256-<hash>", not 5`],
        ['"modules": null', { lockfileVersion: 1, modules: null },
            '"modules" must be an object: expected {"lockfileVersion": 1, "modules": {"https://…": "sha256-…"}}'],
        ['no "modules"', { lockfileVersion: 1 },
            '"modules" must be an object: expected {"lockfileVersion": 1, "modules": {"https://…": "sha256-…"}}'],
        ['another version', { lockfileVersion: 2, modules: {} }, 'lockfileVersion 2: this version of Edge Python reads lockfileVersion 1'],
        ['a key that is no http(s) URL', { lockfileVersion: 1, modules: { './lib/util.py': sha256('x') } },
            "'./lib/util.py' is not an http(s) URL as `edge lock` writes one: a lockfile pins modules fetched over the network"],
    ];
    for (const [what, lock, message] of MALFORMED) {
        test(`a lockfile with ${what} is an error, in the edge command and the API`, async () => {
            const dir = folder(`lock-${what.replace(/\W+/g, '-')}`, {
                'main.py': 'print("never")\n',
                'packages.lock.json': JSON.stringify(lock, null, 2),
            });
            const r = cli(['main.py'], dir);
            assert.equal(r.status, 1);
            assert.equal(r.stdout, '');
            assert.equal(header(r), `error: ${message}`);
            assert.match(place(r), /^packages\.lock\.json:\d+:\d+$/);
            const { edge, out } = await api();
            // The lockfile's object, its text, and (for a lockfile of version 1) its modules alone.
            const forms = [lock, JSON.stringify(lock)];
            if (lock.lockfileVersion === 1 && lock.modules && typeof lock.modules === 'object') forms.push(lock.modules);
            for (const given of forms) {
                const result = await edge.run(program, { baseUrl: `${HOST}/main.py`, lock: given });
                assert.equal(result.ok, false);
                assert.equal(header(result), `error: ${given === lock || given === lock.modules ? 'packages.lock.json: ' : ''}${message}`);
            }
            assert.equal(out.stdout, '');
        });
    }

    test('a lockfile that is not JSON, or names a URL twice, is a SyntaxError at its place', () => {
        const twice = `{"lockfileVersion": 1, "modules": {\n  "${url}": "${sha256('a')}",\n  "${url.replace('u', '\\u0075')}": "${sha256('b')}"\n}}`;
        const dir = folder('lock-twice', { 'main.py': 'print("never")\n', 'packages.lock.json': twice });
        const r = cli(['main.py'], dir);
        assert.equal(r.status, 1);
        assert.equal(header(r), `SyntaxError: duplicate key "${url}" (first at line 2, column 3)`);
        assert.equal(place(r), 'packages.lock.json:3:3');
    });

    test('a good lockfile checks: the module as locked runs, another does not', async () => {
        const { edge, out } = await api();
        const lock = { [url]: sha256(served.get(url)) };
        assert.deepEqual(await edge.run(program, { baseUrl: `${HOST}/main.py`, lock }), { ok: true });
        const wrong = await edge.run(program, { baseUrl: `${HOST}/main.py`, lock: { [url]: sha256('other') } });
        assert.equal(header(wrong), `error: integrity check failed for '${url}'`);
        assert.equal(out.stdout, '8\n');
    });
});

describe('frozen imports, and what a pin does not cover', () => {
    const leafPin = sha256(served.get(`${HOST}/lib/leaf.py`));
    const usesPin = sha256(served.get(`${HOST}/lib/uses_leaf.py`));

    test('a pinned module importing an unpinned one: a warning, since that module goes unchecked', async () => {
        const { edge, out } = await api();
        const r = await edge.run(`from "${HOST}/lib/uses_leaf.py#${usesPin}" import WHO\nprint(WHO)\n`, { baseUrl: `${HOST}/main.py` });
        assert.deepEqual(r, { ok: true });
        assert.equal(out.stdout, 'uses leaf\n');
        assert.equal(out.stderr, `warning: '${HOST}/lib/uses_leaf.py' is pinned, but the module it imports as './leaf.py' is neither pinned nor locked: ` +
            'its bytes are not checked\n');
    });

    test('frozen: an unpinned module is refused before anything runs; pinned or locked ones run', async () => {
        const { edge, out } = await api({ frozen: true });
        const refused = await edge.run(`print("never")\nfrom "${HOST}/lib/uses_leaf.py#${usesPin}" import WHO\n`, { baseUrl: `${HOST}/main.py` });
        assert.equal(refused.ok, false);
        assert.equal(header(refused), "error: './leaf.py' is neither pinned nor locked: frozen, every module must be");
        assert.equal(place(refused), `${HOST}/lib/uses_leaf.py:1:6`);
        const direct = await edge.run(`from "${HOST}/lib/leaf.py" import LEAF\n`, { baseUrl: `${HOST}/main.py` });
        assert.equal(header(direct), `error: '${HOST}/lib/leaf.py' is neither pinned nor locked: frozen, every module must be`);
        // Locked, the same program runs; so does one that pins every import.
        const lock = { [`${HOST}/lib/leaf.py`]: leafPin };
        const locked = await edge.run(`from "${HOST}/lib/uses_leaf.py#${usesPin}" import WHO\nprint(WHO)\n`, { baseUrl: `${HOST}/main.py`, lock });
        assert.deepEqual(locked, { ok: true });
        assert.deepEqual(await edge.run(`from "${HOST}/lib/leaf.py#${leafPin}" import LEAF\nprint(LEAF)\n`, { baseUrl: `${HOST}/main.py` }), { ok: true });
        assert.equal(out.stdout, 'uses leaf\nleaf\n');
        assert.equal(out.stderr, '', 'no warning: all of it was checked');
    });

    test('frozen in the edge command (--frozen): URL modules must be pinned or locked; local files and the standard modules need not', () => {
        const dir = folder('frozen', {
            'local.py': 'X = 1\n',
            'main.py': 'import math\nfrom "./local.py" import X\nprint(X, math.sqrt(4))\n',
            'remote.py': `from "${HOST}/lib/leaf.py" import LEAF\n`,
        });
        const r = cli(['--frozen', 'main.py'], dir);
        assert.equal(r.stderr, '');
        assert.equal(r.stdout, '1 2.0\n');
        assert.equal(r.status, 0);
        const remote = cli(['--frozen', 'remote.py'], dir);
        assert.equal(remote.status, 1);
        assert.equal(header(remote), `error: '${HOST}/lib/leaf.py' is neither pinned nor locked: frozen, every module must be`);
        assert.equal(place(remote), 'remote.py:1:6');
    });
});

describe('packages.json, read by the host alone', () => {
    test('edge.wasm has no import-map parser: the host resolves every spec', () => {
        const names = wasmExports(fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'edge.wasm'))).map((e) => e.name);
        assert.ok(!names.some((n) => /import_map/.test(n)), names.filter((n) => /import/.test(n)).join(', '));
    });

    // Each map is written into a folder with a.py and b.py; `import m` runs through it.
    // Regression (issue 18): the first three ran (data: code; a.py or b.py depending on the
    // reader; packages.json imported as a module).
    const REFUSED = [
        ['a data: target', '{"imports": {"m": "data:text/plain,print(1)"}}',
            "error: 'm': cannot import 'data:text/plain,print(1)': only http(s) URLs and paths can be imported", '1:19'],
        ['one name twice, once escaped', '{"imports": {\n  "m": "./a.py",\n  "\\u006d": "./b.py"\n}}',
            'SyntaxError: duplicate key "m" (first at line 2, column 3)', '3:3'],
        ['an empty target', '{"imports": {"m": ""}}', "error: 'm': cannot import '': an empty path names no module", '1:19'],
        ['a target of only a hash', `{"imports": {"m": "#${sha256('x')}"}}`,
            `error: 'm': cannot import '#${sha256('x')}': an empty path names no module`, '1:19'],
        ['a target that is a number', '{"imports": {"m": 5}}', "error: the target of 'm' must be a string: a path or an http(s) URL", '1:19'],
        ['a target that is null', '{"imports": {"m": null}}', "error: the target of 'm' must be a string: a path or an http(s) URL", '1:19'],
        ['a target that is a name', '{"imports": {"m": "a"}}', "error: 'm': cannot import 'a': 'a' is a name, not a path or a URL", '1:19'],
        ['a target with a fragment that pins nothing', '{"imports": {"m": "./a.py#top"}}',
            "error: 'm': unsupported fragment '#top': only #sha256-<hash> is allowed", '1:19'],
        // Found by tests/fuzz/fuzz_host.mjs: a relative target naming an invalid host threw a
        // TypeError out of run().
        ['a target whose host is not valid', '{"imports": {"m": "//bad host/a.py"}}',
            "error: 'm': cannot import '//bad host/a.py': it is not a valid URL", '1:19'],
        ['a native library', '{"imports": {"m": "./m.so"}}',
            "error: 'm': cannot import './m.so': native libraries (.so, .dylib, .dll) cannot be loaded", '1:19'],
        ['a name that is no module name', '{"imports": {"./m": "./a.py"}}', "error: './m' is not a module name", '1:14'],
        ['"imports" that is no object', '{"imports": ["./a.py"]}', 'error: "imports" must be an object: { "name": "./path.py" }', '1:13'],
        ['a list', '["./a.py"]', 'error: packages.json must hold a JSON object', '1:1'],
        ['a trailing comma', '{"imports": {"m": "./a.py",}}', "SyntaxError: invalid JSON: expected a key in double quotes", '1:28'],
    ];
    for (const [what, map, message, at] of REFUSED) {
        test(`${what}: an error at its place, in the edge command and the API, even for a name not imported`, async () => {
            const dir = folder(`map-${what.replace(/\W+/g, '-')}`, { 'a.py': 'print("a.py ran")\n', 'b.py': 'print("b.py ran")\n', 'packages.json': map });
            for (const program of ['import m\n', 'print("never")\n']) {
                fs.writeFileSync(path.join(dir, 'main.py'), program);
                const r = cli(['main.py'], dir);
                assert.equal(r.status, 1, r.stdout);
                assert.equal(r.stdout, '');
                assert.equal(header(r), message);
                assert.equal(place(r), `packages.json:${at}`);
            }
            const { edge, out } = await api({ fetch: undefined }); // file: URLs read from disk
            const result = await edge.run('import m\n', { baseUrl: pathToFileURL(path.join(dir, 'main.py')).href, importMap: pathToFileURL(path.join(dir, 'packages.json')).href });
            assert.equal(header(result), message);
            assert.equal(place(result), `${pathToFileURL(path.join(dir, 'packages.json')).href}:${at}`);
            assert.equal(out.stdout, '');
        });
    }

    test('the same data: spec in an import statement is refused alike', async () => {
        const { edge } = await api();
        const r = await edge.run('import "data:text/plain,print(1)" as m\n', { baseUrl: `${HOST}/main.py` });
        assert.equal(header(r), "error: cannot import 'data:text/plain,print(1)': only http(s) URLs and paths can be imported");
        const host = await edge.run('import "//bad host/a.py" as m\n', { baseUrl: `${HOST}/main.py` });
        assert.equal(header(host), "error: cannot import '//bad host/a.py': it is not a valid URL");
    });

    test('a good map: names, pins and URLs as before', async () => {
        const dir = folder('map-good', {
            'a.py': 'A = "a"\n',
            'packages.json': JSON.stringify({ name: 'ignored', imports: { m: './a.py', tools: `./a.py#${sha256('A = "a"\n')}` } }),
            'main.py': 'import m, tools\nprint(m.A, tools.A)\n',
        });
        const { edge, out } = await api({ fetch: undefined }); // file: URLs from disk, http from the network
        const r = await edge.run(fs.readFileSync(path.join(dir, 'main.py'), 'utf8'),
            { baseUrl: pathToFileURL(path.join(dir, 'main.py')).href, importMap: pathToFileURL(path.join(dir, 'packages.json')).href });
        assert.deepEqual(r, { ok: true });
        assert.equal(out.stdout, 'a a\n');
    });
});
