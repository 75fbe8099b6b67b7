// re.test.mjs — the re module's engine runs in re.wasm, whose calls return to Python after
// a budget of steps (modules/re.c, STEPS_PER_CALL) while re.py loops and charges the VM
// (sdk/ABI.md, "Time"): so a catastrophic pattern, (a+)+$ against a's and a b, ends at a
// program's step limit or its timeout like any loop, and no except clause catches that.
// Also: one program's engine state does not leak into the next run of the instance.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'web', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-re-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// 2**40 paths to try: hours of backtracking without a limit.
const CATASTROPHIC = `import re
print("start")
try:
    print(re.match(r"(a+)+$", "a" * 40 + "b"))
except Exception as e:
    print("caught", type(e).__name__)
print("not reached")
`;

function edge(args, source) {
    const file = path.join(tmp, 'prog.py');
    fs.writeFileSync(file, source);
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, ...args, file], { encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw r.error;
    return { ...r, ms: Date.now() - started };
}

test('a catastrophic pattern ends at the step limit', () => {
    const r = edge(['--max-steps', '200000'], CATASTROPHIC);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'start\n');
    assert.match(r.stderr, /TimeoutError: the program ran longer than its limit of 200000 steps\n$/);
    assert.match(r.stderr, /re\.py", line \d+, in _finish/);
});

test('a catastrophic pattern ends at the timeout', () => {
    const r = edge(['--timeout', '300'], CATASTROPHIC);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'start\n');
    assert.match(r.stderr, /TimeoutError: the program ran longer than its limit of 300 ms\n$/);
    // The limit is checked every 65536 VM steps, about a million steps of the engine: a
    // few milliseconds past it (the rest is Node's start, on a machine that may be busy).
    assert.ok(r.ms < 30_000, `took ${r.ms} ms`);
});

test('the same pattern on a subject that matches is quick, and the limit does not get in the way', () => {
    const r = edge(['--max-steps', '200000'], 'import re\nprint(re.match(r"(a+)+$", "a" * 40).span())\n');
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '(0, 40)\n');
});

test('a long search is resumed until it is done, with the same answer as python3', () => {
    const source = 'import re\ns = "ab" * 200000 + "c"\nm = re.search(r"(?:ab)*c", s)\nprint(m.span(), len(re.findall(r"b(?=a)", s)))\n';
    const r = edge([], source);
    assert.equal(r.stderr, '');
    const py = spawnSync('python3', ['-c', source], { encoding: 'utf8' });
    assert.equal(r.stdout, py.stdout);
});
