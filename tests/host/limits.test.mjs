// limits.test.mjs — hostile and oversized programs on both builds: the native `edge` command
// (build/native/edge) and one createEdge instance on edge.wasm. Each must end in a clean
// SyntaxError or a normal run, never a crash, a trap or a hang; afterwards the same wasm
// instance still runs an ordinary program. Inputs are generated from fixed seeds, so every
// run tests the same bytes.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../../web/edge.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// EDGE_NATIVE selects another build, as for tests/lang.test.mjs (build/asan/edge, say).
const NATIVE = path.resolve(ROOT, process.env.EDGE_NATIVE || 'build/native/edge');
const WASM = path.join(ROOT, 'build', 'wasm', 'edge.wasm');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-limits-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// A small deterministic generator (mulberry32), so "random" inputs are the same every run.
function random(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function randomBytes(seed, n) {
    const next = random(seed);
    return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
}

// Random text for the JS API, which takes strings: code points from all over Unicode,
// control characters and NUL included (lone surrogates reach the module as U+FFFD).
function randomText(seed, n) {
    const next = random(seed);
    let s = '';
    for (let i = 0; i < n; i++) {
        const r = next();
        const cp = r < 0.5 ? Math.floor(next() * 128) : r < 0.8 ? Math.floor(next() * 0x800) : Math.floor(next() * 0x110000);
        s += String.fromCodePoint(cp);
    }
    return s;
}

const N = 100_000;
// Nesting that must end in a SyntaxError at any depth.
const DEEP = {
    'parentheses': '('.repeat(N) + '1' + ')'.repeat(N),
    'lists': 'x = ' + '['.repeat(N) + ']'.repeat(N),
    'dict displays': 'x = ' + '{1: '.repeat(N) + '1' + '}'.repeat(N),
    'unary minus': 'x = ' + '-'.repeat(N) + '1',
    'not': 'x = ' + 'not '.repeat(N) + 'True',
    'lambda': 'f = ' + 'lambda: '.repeat(N) + '1',
    'conditional expressions': 'x = ' + '1 if 1 else '.repeat(N) + '1',
    'right-associative **': 'x = ' + '2 ** '.repeat(N) + '1',
    'indented blocks': Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'if True:\n').join('') + ' '.repeat(1000) + 'pass\n',
    // Flat loops in the parser, but a deep tree after it: once a crash in scope analysis.
    'a left-leaning sum': 'x = ' + Array(N).fill('1').join(' + '),
    'a chain of calls': 'f = lambda: f\nx = f' + '()'.repeat(N),
    'a chain of subscripts': 'x = [0]\ny = x' + '[0]'.repeat(N),
    'a chain of attributes': 'x = (1)' + '.real'.repeat(N),
};

// About 1 MB of ordinary code: 500 variables updated over and over, then a checksum.
function megabyteProgram() {
    const lines = ['total = 0'];
    let size = 10;
    for (let i = 0; size < 1_000_000; i++) {
        const line = `v${i % 500} = ${i} * 3 + len("abcdefghijklmnopqrstuvwxyz"[${i % 26}:])\ntotal += v${i % 500}`;
        lines.push(line);
        size += line.length + 1;
    }
    lines.push('print(total)');
    const source = lines.join('\n') + '\n';
    let total = 0;
    for (let i = 0; i < lines.length - 2; i++) total += i * 3 + (26 - (i % 26));
    return { source, expected: `${total}\n` };
}

// A function with 50,000 distinct local names and a module with 50,000 globals: once
// quadratic in scope analysis and in the compiler's name and constant tables (tens of
// seconds), now a fraction of one (the test's own timeout would catch a relapse).
function manyNamesProgram() {
    const lines = ['def f():'];
    for (let i = 0; i < 50_000; i++) lines.push(`    v${i} = ${i}`);
    lines.push('    return v0 + v49999');
    for (let i = 0; i < 50_000; i++) lines.push(`g${i} = ${i}`);
    lines.push('print(f() + g49999 - g0)');
    return lines.join('\n') + '\n';
}

// Programs that recurse through 100,000 levels of nesting in C (hashing, comparing, printing):
// each ends in a RecursionError the program catches, never a crash or a trap.
const DEEP_DATA = {
    'hash of a tuple': 'x = ()\nfor i in range(100000):\n    x = (x,)\ntry:\n    hash(x)\nexcept RecursionError as e:\n    print(e)\n',
    'a dict key of nested tuples': 'x = ()\nfor i in range(100000):\n    x = (x, 1)\ntry:\n    {x: 1}\nexcept RecursionError as e:\n    print(e)\n',
    'frozenset ==': 'a = b = 0\nfor i in range(100000):\n    a = frozenset([a])\n    b = frozenset([b])\ntry:\n    a == b\nexcept RecursionError as e:\n    print(e)\n',
    'repr of a dict': 'a = 0\nfor i in range(100000):\n    a = {1: a}\ntry:\n    print(a)\nexcept RecursionError as e:\n    print(e)\n',
};
const DEEP_DATA_OUTPUT = {
    'hash of a tuple': 'maximum recursion depth exceeded\n',
    'a dict key of nested tuples': 'maximum recursion depth exceeded\n',
    'frozenset ==': 'maximum recursion depth exceeded in comparison\n',
    'repr of a dict': 'maximum recursion depth exceeded while getting the repr of an object\n',
};

const GARBAGE_SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
// Byte sequences no UTF-8 decoder accepts, one per kind, after a valid first line.
const BAD_UTF8 = {
    'a lone continuation byte': Buffer.from([0x80]),
    'an overlong slash': Buffer.from([0xc0, 0xaf]),
    'an encoded surrogate': Buffer.from([0xed, 0xa0, 0x80]),
    'a code point past U+10FFFF': Buffer.from([0xf4, 0x90, 0x80, 0x80]),
    'a truncated sequence at the end': Buffer.from([0xe2, 0x82]),
    'a NUL byte': Buffer.from([0x00]),
};

describe('native (build/native/edge)', () => {
    const run = (source, name = 'prog.py') => {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, source);
        const r = spawnSync(NATIVE, [file], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
        if (r.error) throw r.error;
        // A signal (SIGSEGV, SIGABRT) means the interpreter crashed.
        assert.equal(r.signal, null, `killed by ${r.signal}`);
        return r;
    };
    const lastLine = (text) => text.trimEnd().split('\n').at(-1);
    const syntaxError = (r) => {
        assert.equal(r.status, 1);
        assert.match(r.stderr, /^(SyntaxError|IndentationError): /m);
    };

    for (const [what, source] of Object.entries(DEEP)) {
        test(`100,000-deep ${what}: a SyntaxError, not a crash`, () => syntaxError(run(source)));
    }

    // Edge's own limits, where CPython has none or another (tests/diff/parser_nesting_limit.md,
    // tests/diff/integer_literal_size.md): a SyntaxError at the spot, before anything runs.
    test('an expression nested 1,000 deep is "too complex"; 900 deep runs', () => {
        const r = run('print("ran")\nx = ' + '-'.repeat(1000) + '1\n');
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^  File ".*prog\.py", line 2\n.*\n.*\^\nSyntaxError: too complex\n$/);
        assert.equal(r.status, 1);
        assert.equal(run('x = ' + '-'.repeat(900) + '1\nprint(x)\n').stdout, '1\n');
    });

    // What Edge does not support, or has of its own, is a SyntaxError that names it
    // (README, tests/diff/unicode_name_escapes.md); CPython runs or rejects these otherwise.
    const EDGE_ONLY = {
        'except*': ['try:\n    pass\nexcept* ValueError:\n    pass\n', "3:7: 'except*' is not supported"],
        '\\N{...}': ['s = "\\N{BULLET}"\n', '1:17: (unicode error) \\N{...} escapes are not supported (position 0)'],
        'an f-string as a module spec': ['from f"./x.py" import y\n', '1:6: a module spec must be a plain string literal'],
        'a path import without a name': ['import "./x.py"\n', "1:8: import of a module by its path or URL needs 'as NAME'"],
    };
    for (const [what, [source, report]] of Object.entries(EDGE_ONLY)) {
        test(`${what}: a SyntaxError naming it`, () => {
            const r = run(source);
            const [, where, message] = /^(\d+:\d+): (.*)$/.exec(report);
            const [line, col] = where.split(':').map(Number);
            const lines = r.stderr.split('\n');
            assert.match(lines[0], new RegExp(`prog\\.py", line ${line}$`));
            const text = source.split('\n')[line - 1];
            const indent = text.length - text.trimStart().length;
            assert.equal(lines[2].indexOf('^'), 4 + Buffer.byteLength(text.slice(indent, col - 1)), 'the caret at the column');
            assert.equal(lines[3], `SyntaxError: ${message}`);
            assert.equal(r.status, 1);
        });
    }

    test('a hexadecimal literal of more than 14,000 bits is too large', () => {
        const r = run('x = 0x' + 'f'.repeat(3501) + '\n');
        assert.match(r.stderr, /^  File ".*prog\.py", line 1\n    x = 0xf+…\n {8}\^+\nSyntaxError: integer literal too large \(more than 14000 bits\)\n$/);
        assert.equal(r.status, 1);
        assert.equal(run('print(0x' + 'f'.repeat(3500) + ' % 1000)\n').stdout, `${(16n ** 3500n - 1n) % 1000n}\n`);
    });

    test('a 1 MB program compiles and runs', () => {
        const { source, expected } = megabyteProgram();
        assert.ok(source.length >= 1_000_000);
        const r = run(source);
        assert.equal(r.stderr, '');
        assert.equal(r.stdout, expected);
        assert.equal(r.status, 0);
    });

    for (const seed of GARBAGE_SEEDS) {
        test(`random bytes as a program (seed ${seed}): a SyntaxError`, () => {
            syntaxError(run(randomBytes(seed, 4096), `garbage${seed}.py`));
        });
    }
    for (const [what, bytes] of Object.entries(BAD_UTF8)) {
        test(`invalid UTF-8 (${what}): a SyntaxError`, () => {
            const r = run(Buffer.concat([Buffer.from('x = 1\ny = "'), bytes, Buffer.from('"\n')]));
            syntaxError(r);
            // As CPython: the message alone for bytes that are not UTF-8; a NUL has its line.
            assert.match(lastLine(r.stderr), what === 'a NUL byte' ? /^SyntaxError: source code cannot contain null bytes$/ : /^SyntaxError: Non-UTF-8 code starting with/);
        });
    }

    // A line holding a NUL is shown as CPython shows it: up to the NUL, without a caret.
    test('a NUL byte: CPython\'s message and report', () => {
        const r = run(Buffer.from('x = 1\ny = "a\0b" + "c"\nprint(y)\n'));
        syntaxError(r);
        assert.match(r.stderr, /^  File ".*prog\.py", line 2\n    y = "a\nSyntaxError: source code cannot contain null bytes\n$/);
    });

    test('an exception message holding a NUL is reported whole', () => {
        const r = run('raise ValueError("a\\0b")\n');
        assert.equal(r.status, 1);
        assert.equal(lastLine(r.stderr), 'ValueError: a\u2400b');
    });

    test('one repetition past the heap cap is a MemoryError before it is allocated', () => {
        const file = path.join(tmp, 'repeat.py');
        fs.writeFileSync(file, 'try:\n    x = [0] * 10**8\nexcept MemoryError as e:\n    print(repr(e))\n');
        const r = spawnSync(NATIVE, ['--heap-limit', '32', file], { encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.signal, null, `killed by ${r.signal}`);
        assert.equal(r.stdout, 'MemoryError()\n');
    });

    test('a function with 50,000 local names and a module with 50,000 globals', () => {
        const r = run(manyNamesProgram());
        assert.equal(r.stderr, '');
        assert.equal(r.stdout, '99998\n');
    });

    for (const [what, source] of Object.entries(DEEP_DATA)) {
        test(`100,000-deep data, ${what}: a RecursionError, not a crash`, () => {
            const r = run(source);
            assert.equal(r.stderr, '');
            assert.equal(r.stdout, DEEP_DATA_OUTPUT[what]);
        });
    }
});

describe('wasm (createEdge)', () => {
    let edge;
    let out = '';
    before(async () => {
        edge = await createEdge({ wasm: fs.readFileSync(WASM), stdout: (t) => { out += t; }, stderr: () => {} });
    });
    // A trap would make run() reject; a clean syntax error is a result with ok: false.
    const syntaxError = async (source) => {
        const result = await edge.run(source);
        assert.equal(result.ok, false);
        assert.match(result.error.type, /^(SyntaxError|IndentationError)$/);
    };

    for (const [what, source] of Object.entries(DEEP)) {
        test(`100,000-deep ${what}: a SyntaxError, not a trap`, () => syntaxError(source));
    }

    test('a 1 MB program compiles and runs', async () => {
        const { source, expected } = megabyteProgram();
        out = '';
        assert.deepEqual(await edge.run(source), { ok: true });
        assert.equal(out, expected);
    });

    for (const seed of GARBAGE_SEEDS) {
        test(`random text as a program (seed ${seed}): a SyntaxError`, () => syntaxError(randomText(seed, 2048)));
    }

    test('a NUL byte: the line and column in the error, the report as CPython\'s', async () => {
        const result = await edge.run('x = 1\ny = "a\0b"\n');
        assert.equal(result.ok, false);
        assert.equal(result.error.message, 'source code cannot contain null bytes');
        assert.equal(result.error.line, 2);
        assert.equal(result.error.col, 7);
        assert.equal(result.error.text, '  File "main.py", line 2\n    y = "a\nSyntaxError: source code cannot contain null bytes\n');
    });

    test('a function with 50,000 local names and a module with 50,000 globals', async () => {
        out = '';
        assert.deepEqual(await edge.run(manyNamesProgram()), { ok: true });
        assert.equal(out, '99998\n');
    });

    for (const [what, source] of Object.entries(DEEP_DATA)) {
        test(`100,000-deep data, ${what}: a RecursionError, not a trap`, async () => {
            out = '';
            assert.deepEqual(await edge.run(source), { ok: true });
            assert.equal(out, DEEP_DATA_OUTPUT[what]);
        });
    }

    test('the same instance still runs an ordinary program after all of the above', async () => {
        out = '';
        const source = 'def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nprint(f(20), [i * i for i in range(4)])\n';
        assert.deepEqual(await edge.run(source), { ok: true });
        assert.equal(out, '2432902008176640000 [0, 1, 4, 9]\n');
    });
});

// Regression (issue 18): a 20 MB source aborted edge.wasm inside import listing and left the
// instance broken for good ("memory access out of bounds" on every later run); the edge
// command died with a JavaScript stack. Compiling takes some 150 bytes a token outside the
// heap cap, so a source past two million tokens is a MemoryError at once, on both builds; a
// 20 MB source of few tokens runs.
describe('a 20 MB source', () => {
    const MB20 = 20_000_000;
    const manyTokens = 'x = 1\n'.repeat(MB20 / 6);
    const fewTokens = `s = "${'a'.repeat(MB20)}"\nprint(len(s))\n`;
    const tooLong = /^ {2}File "[^"]+", line 500001\n {4}x = 1\n {4}\^\nMemoryError: the program is too long to compile: more than 2000000 tokens\n$/;

    test('native: a MemoryError for two million tokens; 20 MB in one string runs', () => {
        const file = path.join(tmp, 'many.py');
        fs.writeFileSync(file, manyTokens);
        const r = spawnSync(NATIVE, [file], { encoding: 'utf8', timeout: 60_000 });
        assert.equal(r.status, 1);
        assert.match(r.stderr, tooLong);
        fs.writeFileSync(file, fewTokens);
        const ok = spawnSync(NATIVE, [file], { encoding: 'utf8', timeout: 60_000 });
        assert.equal(ok.stdout, `${MB20}\n`);
        assert.equal(ok.status, 0);
    });

    test('the API: run() and runSync() give a MemoryError result, and the instance goes on', async () => {
        let out = '';
        const edge = await createEdge({ wasm: fs.readFileSync(WASM), stdout: (t) => { out += t; }, stderr: () => {} });
        const r = await edge.run(manyTokens);
        assert.equal(r.error?.type, 'MemoryError');
        assert.match(r.error.text, tooLong);
        assert.deepEqual(await edge.run('print(6 * 7)'), { ok: true });
        assert.equal(edge.runSync(manyTokens).error?.type, 'MemoryError');
        assert.deepEqual(await edge.run(fewTokens), { ok: true });
        assert.equal(out, `42\n${MB20}\n`);
    });

    test('the edge command reports it as Python does, with no JavaScript stack', () => {
        const file = path.join(tmp, 'many.py');
        fs.writeFileSync(file, manyTokens);
        const r = spawnSync(process.execPath, [path.join(ROOT, 'web', 'cli.js'), file], { encoding: 'utf8', timeout: 120_000 });
        assert.equal(r.status, 1);
        assert.match(r.stderr, tooLong);
        assert.doesNotMatch(r.stderr, /RuntimeError|wasm-function|at .*\.js:\d+/);
    });
});
