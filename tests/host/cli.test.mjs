// cli.test.mjs — the `edge` command, both builds: web/cli.js on edge.wasm and the native
// build/native/edge. Running files and -c code, stdin for input(), exit statuses, the
// order of stdout and stderr, and output byte-identical to python3 for examples/*.py.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples');

const CLIS = {
    'wasm (web/cli.js)': [process.execPath, path.join(ROOT, 'web', 'cli.js')],
    'native (build/native/edge)': [path.join(ROOT, 'build', 'native', 'edge')],
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-cli-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function writeProgram(name, source) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, source);
    return file;
}

for (const [name, [cmd, ...pre]] of Object.entries(CLIS)) {
    // Runs the command; `input` goes to its stdin (which is otherwise empty).
    const edge = (args, { input = '', cwd = ROOT } = {}) => {
        const r = spawnSync(cmd, [...pre, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
        if (r.error) throw r.error;
        return r;
    };

    describe(name, () => {
        test('-c runs a string', () => {
            const r = edge(['-c', 'print(6 * 7)']);
            assert.equal(r.stdout, '42\n');
            assert.equal(r.stderr, '');
            assert.equal(r.status, 0);
        });

        test('runs a file', () => {
            const file = writeProgram('hello.py', 'for i in range(3):\n    print(f"line {i}: {i * i}")\n');
            const r = edge([file]);
            assert.equal(r.stdout, 'line 0: 0\nline 1: 1\nline 2: 4\n');
            assert.equal(r.status, 0);
        });

        test('- reads the program from stdin', () => {
            const r = edge(['-'], { input: 'print("from stdin")\n' });
            assert.equal(r.stdout, 'from stdin\n');
            assert.equal(r.status, 0);
        });

        test('input() reads stdin line by line; at its end EOFError', () => {
            const file = writeProgram('greet.py', 'a = input()\nb = input("second? ")\nprint(f"{a}+{b}")\nprint(input())\n');
            const ok = edge([file], { input: 'Ada\nLovelace\r\nlast line without newline' });
            // Like CPython, a carriage return before the newline stays part of the line.
            assert.equal(ok.stdout, 'second? Ada+Lovelace\r\nlast line without newline\n');
            assert.equal(ok.status, 0);
            const eof = edge([file], { input: 'only one\n' });
            assert.equal(eof.status, 1);
            assert.equal(eof.stdout, 'second? ');
            assert.equal(eof.stderr.trimEnd().split('\n').pop(), 'EOFError: EOF when reading a line');
        });

        test('an uncaught exception: traceback on stderr, exit status 1', () => {
            const file = writeProgram('boom.py', 'print("before")\nx = 0\nprint(1 // x)\n');
            const r = edge([file]);
            assert.equal(r.status, 1);
            assert.equal(r.stdout, 'before\n');
            assert.match(r.stderr, /boom\.py", line 3/);
            assert.equal(r.stderr.trimEnd().split('\n').pop(), 'ZeroDivisionError: integer division or modulo by zero');
        });

        test('a syntax error: a caret under the spot, exit status 1', () => {
            const r = edge(['-c', 'x = = 2']);
            assert.equal(r.status, 1);
            assert.equal(r.stdout, '');
            assert.match(r.stderr, /^SyntaxError: /m);
            assert.match(r.stderr, /x = = 2\n.*\^/, 'a caret on the line after the source line');
        });

        test('stdout and stderr keep program order in one stream', () => {
            const file = writeProgram('order.py', 'for i in range(3):\n    print(i)\nprint(undefined_name)\n');
            const r = spawnSync('sh', ['-c', `"$0" "$@" 2>&1`, cmd, ...pre, file], { encoding: 'utf8' });
            assert.equal(r.status, 1);
            assert.match(r.stdout, /^0\n1\n2\nTraceback/);
            assert.match(r.stdout, /NameError: name 'undefined_name' is not defined\n$/);
        });

        test('--steps runs in slices with the same output', () => {
            const file = writeProgram('loop.py', 'total = 0\nfor i in range(10000):\n    total += i % 7\nprint(total)\n');
            const whole = edge([file]);
            const sliced = edge(['--steps', '3', file]);
            assert.equal(whole.stdout, '29994\n');
            assert.equal(sliced.stdout, whole.stdout);
            assert.equal(sliced.status, 0);
        });

        test('exit(n) and sys.exit(n) exit with status n, no traceback; exit("why") prints why, status 1', () => {
            let r = edge(['-c', 'import sys\nprint("before")\nsys.exit(3)\nprint("after")']);
            assert.deepEqual([r.stdout, r.stderr, r.status], ['before\n', '', 3]);
            r = edge(['-c', 'exit("giving up")']);
            assert.deepEqual([r.stdout, r.stderr, r.status], ['', 'giving up\n', 1]);
            r = edge(['-c', 'exit(0)']);
            assert.equal(r.status, 0);
            r = edge(['-c', 'import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.stderr.write("more\\n")']);
            assert.deepEqual([r.stdout, r.stderr], ['out\n', 'err\nmore\n']);
        });

        test('sys.stdin: readline, iteration and read as competitive programs use them', () => {
            const program = 'import sys\ninput = sys.stdin.readline\nn = int(input())\n' +
                'rows = [list(map(int, input().split())) for _ in range(n)]\nprint(sum(map(sum, rows)), repr(sys.stdin.read()))\n';
            const r = edge(['-c', program], { input: '2\n1 2\n3 4\nrest\nof it\n' });
            assert.equal(r.stdout, "10 'rest\\nof it\\n'\n");
            assert.equal(r.status, 0);
        });

        test('usage errors exit with status 2', () => {
            const missing = edge([path.join(tmp, 'no-such-file.py')]);
            assert.equal(missing.status, 2);
            assert.match(missing.stderr, /can't open file .*no-such-file\.py.*No such file or directory/);
            assert.equal(edge([]).status, 2);
            assert.equal(edge(['--no-such-option']).status, 2);
        });

        test('--version and --help', () => {
            const v = edge(['--version']);
            assert.equal(v.status, 0);
            assert.match(v.stdout, /^Edge Python \d+\.\d+\.\d+\n$/);
            const h = edge(['--help']);
            assert.equal(h.status, 0);
            assert.match(h.stdout, /^usage: edge/);
        });

        describe('examples print exactly what python3 prints', () => {
            for (const example of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.py')).sort()) {
                test(`examples/${example}`, () => {
                    const file = path.join(EXAMPLES, example);
                    const expected = spawnSync('python3', [file], { encoding: 'buffer' });
                    assert.equal(expected.status, 0, `python3 failed: ${expected.stderr}`);
                    const r = spawnSync(cmd, [...pre, file], { encoding: 'buffer', timeout: 60_000 });
                    assert.equal(r.stderr.toString(), '');
                    assert.equal(r.status, 0);
                    assert.equal(r.stdout.toString(), expected.stdout.toString());
                    assert.ok(r.stdout.equals(expected.stdout), 'byte-identical');
                });
            }
        });
    });
}
