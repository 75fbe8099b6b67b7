// tracebacks.test.mjs — the report of an uncaught exception, whole, as CPython prints it:
// the programs of tests/tracebacks/ on both `edge` commands, each stderr compared with
// NAME.txt byte for byte (tests/check_tracebacks.py checks those files against python3).
// Then what only a host shows: the lines of an earlier notebook cell, the line a limit
// stopped a loop at, and which modules "Did you forget to import" names.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../../web/edge.js';
import { BUILTIN_MODULES, STANDARD_MODULES } from '../../web/modules.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = path.join(ROOT, 'tests', 'tracebacks');
const bytes = fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'edge.wasm'));

const CLIS = {
    'wasm (web/cli.js)': [process.execPath, path.join(ROOT, 'web', 'cli.js')],
    'native (build/native/edge)': [path.resolve(ROOT, process.env.EDGE_NATIVE || 'build/native/edge')],
};

const programs = fs.readdirSync(DIR).filter((n) => n.endsWith('.py') && fs.existsSync(path.join(DIR, n.replace(/\.py$/, '.txt')))).sort();

for (const [name, [cmd, ...pre]] of Object.entries(CLIS)) {
    describe(name, () => {
        for (const program of programs) {
            test(program, () => {
                const r = spawnSync(cmd, [...pre, program], { cwd: DIR, encoding: 'utf8', timeout: 60_000 });
                if (r.error) throw r.error;
                assert.equal(r.stderr, fs.readFileSync(path.join(DIR, program.replace(/\.py$/, '.txt')), 'utf8'));
                assert.equal(r.status, 1);
            });
        }
    });
}

test('a frame in an earlier notebook cell shows that cell\'s line', async () => {
    const edge = await createEdge({ wasm: bytes });
    const cells = edge.session();
    assert.equal((await cells.run('def average(values):\n    return sum(values) / len(values)\n', { filename: 'cell1.py' })).ok, true);
    const r = await cells.run('scores = []\naverage(scores)\n', { filename: 'cell2.py' });
    assert.equal(r.error.text, [
        'Traceback (most recent call last):',
        '  File "cell2.py", line 2, in <module>',
        '    average(scores)',
        '  File "cell1.py", line 2, in average',
        '    return sum(values) / len(values)',
        '           ~~~~~~~~~~~~^~~~~~~~~~~~~',
        'ZeroDivisionError: division by zero',
        '',
    ].join('\n'));
});

test('a loop a limit ends is named at its own line, not the line before it', async () => {
    const edge = await createEdge({ wasm: bytes });
    const r = await edge.run('count = 0\nwhile True:\n    count += 1\n', { maxSteps: 10_000 });
    assert.equal(r.error.text, [
        'Traceback (most recent call last):',
        '  File "main.py", line 2, in <module>',
        '    while True:',
        'TimeoutError: the program ran longer than its limit of 10000 steps',
        '',
    ].join('\n'));
    assert.deepEqual([r.error.line, r.error.col], [2, 1]);
    const inner = await edge.run('def spin(n):\n    while n >= 0:\n        n += 1\n\nspin(0)\n', { maxSteps: 10_000 });
    assert.equal(inner.error.text, [
        'Traceback (most recent call last):',
        '  File "main.py", line 5, in <module>',
        '    spin(0)',
        '  File "main.py", line 2, in spin',
        '    while n >= 0:',
        '          ^^^^^^',
        'TimeoutError: the program ran longer than its limit of 10000 steps',
        '',
    ].join('\n'));
});

test('"Did you forget to import" names every standard module, and only those', async () => {
    const edge = await createEdge({ wasm: bytes });
    // If this fails for a module just added to modules/, add its name to standard_modules
    // in src/suggest.c.
    // A dotted module (collections.abc) is named by its first part, as CPython names it.
    for (const name of [...BUILTIN_MODULES, ...Object.keys(STANDARD_MODULES)].filter((n) => !n.includes('.'))) {
        const r = edge.runSync(`${name}.x`);
        // After a 'Did you mean' (abc: 'abs'), the hint reads "Or did you forget ...".
        assert.match(r.error.text, new RegExp(`[Dd]id you forget to import '${name}'\\?\\n$`), name);
    }
    for (const name of ['socket', 'tkinter', 'undefined_name']) {
        const r = edge.runSync(`${name}.x`);
        assert.match(r.error.text, new RegExp(`NameError: name '${name}' is not defined\\n$`), name);
    }
});
