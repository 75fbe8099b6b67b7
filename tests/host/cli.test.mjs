// cli.test.mjs — the `edge` command, both builds: web/cli.js on edge.wasm and the native
// build/native/edge. Running files and -c code, stdin for input(), exit statuses, the
// order of stdout and stderr, output byte-identical to python3 for examples/*.py, usage
// errors as python3 reports them, and the interactive prompt on a terminal (driven through
// a pseudo-terminal by fixtures/pty_session.py). The native build's views of a program's
// insides, --ast and --dis, at the end.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples');
const PTY_SESSION = path.join(ROOT, 'tests', 'host', 'fixtures', 'pty_session.py');

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

// Types into `argv` at a terminal: each [wait, keys] waits for output that ends with `wait`
// (">>> ", "... ", a program's prompt), then types keys ("\r" Enter, "\u0003" Ctrl-C,
// "\u0004" Ctrl-D). Resolves to { output, status }: what the terminal showed, as lines.
function typeInto(argv, steps, { cwd = ROOT } = {}) {
    const r = spawnSync('python3', [PTY_SESSION, JSON.stringify(steps), ...argv], { cwd, encoding: 'utf8', timeout: 60_000 });
    if (r.error) throw r.error;
    assert.equal(r.stderr, '');
    const result = JSON.parse(r.stdout);
    assert.equal(result.error, undefined, `${result.error}; the terminal showed:\n${result.output}`);
    return result;
}

// A program of a line that prints and a line that is not UTF-8 (a Latin-1 'é').
const LATIN1 = Buffer.concat([Buffer.from('print("before")\ns = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);

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
            assert.equal(edge(['--no-such-option']).status, 2);
        });

        // Issue 11: `edge -c` printed "unknown option '-c'" and the whole help.
        test('an option without its argument: python3\'s message and usage line, status 2', () => {
            const python = spawnSync('python3', ['-c'], { encoding: 'utf8' }).stderr.split('\n');
            const r = edge(['-c']);
            assert.equal(r.status, 2);
            assert.deepEqual(r.stderr.split('\n'), [
                'Argument expected for the -c option', // python3's first line
                'usage: edge [options] FILE | -c CODE | -',
                python[2].replace('python', 'edge'), // "Try `edge -h' for more information."
                '',
            ]);
            assert.equal(python[0], 'Argument expected for the -c option');
            assert.equal(r.stdout, '');
            for (const option of ['--steps', '--max-steps', '--timeout', '--max-output']) {
                const s = edge([option]);
                assert.equal(s.status, 2);
                assert.equal(s.stderr.split('\n')[0], `Argument expected for the ${option} option`);
            }
            const unknown = edge(['--no-such-option']);
            assert.equal(unknown.stderr.split('\n')[0], 'unknown option --no-such-option');
        });

        // Issue 11: `echo 'print(3)' | edge` printed the usage and exited with 2.
        test('no program and stdin not a terminal: stdin is the program, as with python3 and -', () => {
            const r = edge([], { input: 'print(3)\n' });
            assert.deepEqual([r.stdout, r.stderr, r.status], ['3\n', '', 0]);
            const block = edge([], { input: 'for i in range(3):\n    print(i)\nx\n' });
            assert.deepEqual([block.stdout, block.status], ['0\n1\n2\n', 1], 'a program: no prompt, no repr, its error ends it');
            assert.match(block.stderr, /File "<stdin>", line 3/);
            const empty = edge([], { input: '' });
            assert.deepEqual([empty.stdout, empty.stderr, empty.status], ['', '', 0]);
        });

        // Issue 11: a file that is not UTF-8 ran (web/cli.js), its bad bytes turned into U+FFFD.
        test('a source that is not UTF-8 is a SyntaxError with python3\'s message; nothing runs', () => {
            const file = writeProgram('latin1.py', LATIN1);
            for (const [args, input, name] of [[[file], '', file], [['-'], LATIN1, '<stdin>'], [[], LATIN1, '<stdin>']]) {
                const python = spawnSync('python3', args.length ? args : ['-'], { input, encoding: 'utf8' });
                const r = spawnSync(cmd, [...pre, ...args], { input, encoding: 'utf8', timeout: 60_000 });
                assert.equal(r.status, 1);
                assert.equal(r.stdout, '', 'nothing ran');
                const message = `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${name} on line 2, but no encoding declared; ` +
                    'see https://peps.python.org/pep-0263/ for details';
                assert.equal(python.stderr.trimEnd().split('\n').pop(), message);
                assert.equal(python.status, r.status);
                assert.equal(r.stderr, `${message}\n`, 'the message alone, as python3 prints it');
            }
            // A byte order mark is not an error, and -c text is UTF-8 already.
            const bom = writeProgram('bom.py', '\uFEFFprint("caf\u00e9")\n');
            assert.equal(edge([bom]).stdout, 'caf\u00e9\n');
        });

        // Issue 11: `edge` on a terminal printed the usage and exited with 2 (python3 starts
        // its interactive prompt).
        test('no program on a terminal: an interactive prompt as python3\'s, Ctrl-D leaves', () => {
            const { output, status } = typeInto([cmd, ...pre], [
                ['>>> ', 'x = 6\r'],
                ['>>> ', 'x * 7\r'],
                ['>>> ', 'for i in range(2):\r'],
                ['... ', '    print(i)\r'],
                ['... ', '\r'],
                ['>>> ', '1 / 0\r'],
                ['>>> ', 'x = (1,\r'],
                ['... ', '2)\r'],
                ['>>> ', 'x\r'],
                ['>>> ', 'if x: print("on one line")\r'],
                ['... ', '\r'],
                ['>>> ', 's = """two\r'],
                ['... ', 'lines"""\r'],
                ['>>> ', 'print(s, end="!")\r'],
                ['!>>> ', 'x = = 1\r'],
                ['>>> ', '\r'],
                ['>>> ', '\u0004'],
            ]);
            const [banner, ...lines] = output.split('\n');
            assert.match(banner, /^Edge Python \d+\.\d+\.\d+ \(Ctrl-D or exit\(\) to leave\)$/);
            assert.equal(lines.join('\n'), [
                '>>> x = 6',
                '>>> x * 7',
                '42',
                '>>> for i in range(2):',
                '...     print(i)',
                '... ',
                '0',
                '1',
                '>>> 1 / 0',
                'Traceback (most recent call last):',
                '  File "<stdin>", line 1, in <module>',
                '    1 / 0',
                '    ~~^~~',
                'ZeroDivisionError: division by zero',
                '>>> x = (1,',
                '... 2)',
                '>>> x',
                '(1, 2)',
                '>>> if x: print("on one line")',
                '... ',
                'on one line',
                '>>> s = """two',
                '... lines"""',
                '>>> print(s, end="!")',
                'two',
                'lines!>>> x = = 1',
                '  File "<stdin>", line 1',
                '    x = = 1',
                '        ^',
                'SyntaxError: invalid syntax',
                '>>> ',
                '>>> ',
                '',
            ].join('\n'));
            assert.equal(status, 0);
        });

        test('at the prompt: Ctrl-C drops the line or stops the program, input() reads the terminal, exit(n) leaves', () => {
            const { output, status } = typeInto([cmd, ...pre], [
                ['>>> ', 'abc\u0003'],
                ['>>> ', 'name = input("name? ")\r'],
                ['name? ', 'Ada\r'],
                ['>>> ', 'name\r'],
                ['>>> ', 'input()\r'],
                ['', '\u0004'], // EOFError, and the session goes on
                ['>>> ', 'for i in range(10 ** 12):\r'],
                ['... ', '    if i == 0: print("spinning")\r'],
                ['... ', '\r'],
                ['spinning\n', '\u0003'],
                ['>>> ', 'i > 0\r'],
                ['>>> ', 'exit(3)\r'],
            ]);
            assert.match(output, /\nKeyboardInterrupt\n>>> name = input\("name\? "\)\nname\? Ada\n>>> name\n'Ada'\n>>> input\(\)\n/);
            assert.match(output, /\nEOFError: EOF when reading a line\n>>> for i/);
            assert.match(output, /spinning\n(\^C)?KeyboardInterrupt\n>>> i > 0\nTrue\n>>> exit\(3\)\n$/);
            assert.equal(status, 3);
        });

        test('at the prompt: Ctrl-D in the middle of a block runs it, then leaves', () => {
            const { output, status } = typeInto([cmd, ...pre], [
                ['>>> ', 'for i in range(2):\r'],
                ['... ', '    print(i)\r'],
                ['... ', '\u0004'],
            ]);
            assert.match(output, /\n>>> for i in range\(2\):\n\.\.\.     print\(i\)\n\.\.\. \n0\n1\n$/);
            assert.equal(status, 0);
        });

        test('at the prompt: a module next to the current folder imports, and stays usable in later inputs', () => {
            const dir = fs.mkdtempSync(path.join(tmp, 'prompt-'));
            fs.writeFileSync(path.join(dir, 'helper.py'), 'def f():\n    return 5\n');
            const { output, status } = typeInto([cmd, ...pre], [
                ['>>> ', 'import helper\r'],
                ['>>> ', 'helper.f()\r'],
                ['>>> ', 'from helper import f\r'],
                ['>>> ', 'f() + helper.f()\r'],
                ['>>> ', 'exit()\r'],
            ], { cwd: dir });
            assert.match(output, /\n>>> helper\.f\(\)\n5\n>>> from helper import f\n>>> f\(\) \+ helper\.f\(\)\n10\n>>> exit\(\)\n$/);
            assert.equal(status, 0);
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

describe('native (build/native/edge): a program\'s insides', () => {
    const native = CLIS['native (build/native/edge)'][0];
    const program = writeProgram('insides.py', 'def add(a, b=2):\n    return a + b\n\nprint(add(-1))\n');

    test('--ast prints the syntax tree and runs nothing', () => {
        const r = spawnSync(native, ['--ast', program], { encoding: 'utf8' });
        assert.equal(r.stderr, '');
        assert.equal(r.status, 0);
        assert.match(r.stdout, /^\(Module\n  body: \(FunctionDef add\n/);
        assert.match(r.stdout, /value: \(BinOp Add\n +left: \(Name a\)\n +right: \(Name b\)\)/);
    });

    test('--dis prints the bytecode of every code object, each after a header; the operands say what they pick', () => {
        const r = spawnSync(native, ['--dis', program], { encoding: 'utf8' });
        assert.equal(r.stderr, '');
        assert.equal(r.status, 0);
        const headers = r.stdout.split('\n').filter((line) => line.startsWith('== '));
        assert.deepEqual(headers.map((h) => h.replace(/ \(.*/, '')), ['== <module>', '== add']);
        assert.match(headers[1], /\(.*insides\.py, line 1\) locals=2 cells=0 free=0 stack=\d+ ==$/);
        // One instruction a line: line:col where a new one starts, offset, name, operand (meaning).
        assert.match(r.stdout, /\n +1:1 +\d+ BUILD_TUPLE +1\n/);
        assert.match(r.stdout, /\n +\d+ LOAD_CONST +\d+ \(code add\)\n/);
        assert.match(r.stdout, /\n +\d+ STORE_GLOBAL +\d+ \(add\)\n/);
        assert.match(r.stdout, /\n +4:\d+ +\d+ LOAD_SMALL_INT +65535 \(-1\)\n/);
        assert.match(r.stdout, /\n +2:\d+ +0 LOAD_FAST2 +\d+ \(a, b\)\n/);
        assert.doesNotMatch(r.stdout, /0x[0-9a-f]+/, 'no addresses: the output is the same on every run');
    });

    test('--ast and --dis report a syntax error as file:line:col on stderr, status 1', () => {
        const bad = writeProgram('insides_bad.py', 'x = 1\nif x\n    print(x)\n');
        for (const option of ['--ast', '--dis']) {
            const r = spawnSync(native, [option, bad], { encoding: 'utf8' });
            assert.equal(r.stdout, '');
            assert.equal(r.stderr, `${bad}:2:5: SyntaxError: expected ':'\n`);
            assert.equal(r.status, 1);
        }
    });
});
