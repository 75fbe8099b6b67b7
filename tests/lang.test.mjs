// lang.test.mjs — runs the language corpus tests/lang/**/*.py on the native build and on
// edge.wasm, and compares each program's behaviour with its `# expect` comments.
// The rules are those of tests/check_expect.py, which checks the same comments on CPython:
//   # expect: TEXT                 one line of stdout (one leading space dropped, trailing
//                                  whitespace stripped); stdout is every payload + "\n"
//   # expect runtime error: T: m   the program ends with that uncaught exception: exit
//                                  status 1 and the last line of stderr is "T: m"
//   # expect syntax error: L:C m   the program does not compile: exit status 1, no output,
//                                  and the diagnostic on stderr says "SyntaxError: m" at
//                                  line L, column C ("L:C IndentationError: m" for another
//                                  kind)
// Without an error expectation the program must exit 0 with empty stderr. A marker may
// follow code on its line (check_expect.py checks that the line printed it on CPython);
// here only the order of the markers counts.
// The programs in tests/lang/stdlib/ import the standard modules of build/modules/ (make
// sdk): on edge.wasm they resolve as the CLI resolves them; the native edge finds a module
// only next to the program, so each runs from a folder that holds the plain-Python ones.
// The native edge cannot load a .wasm module, so a program that reaches math or random
// (statistics imports math) runs on edge.wasm only.
// EDGE_NATIVE / EDGE_WASM select other builds (make test-asan uses build/asan/edge).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { createEdge } from '../web/edge.js';
import { createResolverCore, resolveProgram } from '../web/modules.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LANG_DIR = path.join(ROOT, 'tests', 'lang');
const NATIVE = path.resolve(ROOT, process.env.EDGE_NATIVE || 'build/native/edge');
const WASM = path.resolve(ROOT, process.env.EDGE_WASM || 'build/wasm/edge.wasm');
// Generous, since the sanitizer build is several times slower; a hang still ends. make
// test-asan allows more: it also collects at every allocation (EDGE_GC_STRESS).
const TIMEOUT_MS = Number(process.env.EDGE_TEST_TIMEOUT_MS) || 30_000;
const STDLIB_PREFIX = 'tests/lang/stdlib/';
const MODULES_DIR = path.join(ROOT, 'build', 'modules');

const MARKER = /(?:^|\s)# expect( runtime error| syntax error)?:(.*)$/;
// The line breaks of Python's str.splitlines(), so both checkers see the same lines.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

function payload(raw) {
    return (raw.startsWith(' ') ? raw.slice(1) : raw).trimEnd();
}

function parseExpectations(source) {
    let stdout = '';
    let error = null;
    let syntax = null;
    const problems = [];
    source.split(LINE_BREAK).forEach((line, i) => {
        const m = MARKER.exec(line);
        if (!m) return;
        const text = payload(m[2]);
        if (m[1] === ' syntax error') {
            if (syntax !== null) problems.push(`line ${i + 1}: second '# expect syntax error:'`);
            syntax = text;
        } else if (m[1]) {
            if (error !== null) problems.push(`line ${i + 1}: second '# expect runtime error:'`);
            error = text;
        } else {
            stdout += text + '\n';
        }
    });
    if (!stdout && error === null && syntax === null) problems.push("no '# expect' comments");
    if (syntax !== null && (stdout || error !== null)) problems.push("'# expect syntax error:' with other expectations");
    return { stdout, error, syntax, problems, source };
}

// A syntax error on stderr as "L:C message" (the kind first unless it is SyntaxError), the
// form of `# expect syntax error:`; null if stderr holds none. The report is CPython's:
//     File "tests/lang/syntax/unexpected_indent.py", line 2
//       if x:
//       ^
//   IndentationError: unexpected indent
// Its caret stands under the column counted in bytes after the line's indentation, so the
// column is found again from the source; with no caret (CPython shows none where the column
// falls in the indentation), "L:? message" matches any column.
function syntaxReport(stderr, source) {
    const lines = stderr.replace(/\n$/, '').split('\n');
    const where = lines.findIndex((l) => /^  File ".*", line \d+$/.test(l));
    const head = /^(\w+): (.*)$/.exec(lines.at(-1));
    if (where < 0 || !head) return null;
    const line = Number(/line (\d+)$/.exec(lines[where])[1]);
    let col = '?';
    const caret = where + 2 < lines.length - 1 ? /^    ( *)\^+$/.exec(lines[where + 2]) : null;
    const text = source.split(LINE_BREAK)[line - 1];
    if (caret && text !== undefined) {
        const indent = /^[ \t\f]*/.exec(text)[0].length;
        const bytes = Buffer.from(text.slice(indent));
        col = indent + [...bytes.subarray(0, caret[1].length).toString()].length + 1;
    }
    return `${line}:${col} ${head[1] === 'SyntaxError' ? '' : `${head[1]}: `}${head[2]}`;
}

// Does a report of syntaxReport's form match the expectation (any column for "L:?")?
function sameSyntaxReport(got, expected) {
    if (got === expected || got === null) return got === expected;
    const g = /^(\d+):(\S+) (.*)$/.exec(got), e = /^(\d+):(\S+) (.*)$/.exec(expected);
    return !!g && !!e && g[1] === e[1] && g[3] === e[3] && g[2] === '?';
}

function walk(dir) {
    const files = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) files.push(...walk(full));
        else if (entry.name.endsWith('.py')) files.push(full);
    }
    return files;
}

function lastLine(text) {
    const lines = text.replace(/\n+$/, '').split('\n');
    return lines[lines.length - 1].trimEnd();
}

// The lines of `text`, without the newline that ends each.
function lines(text) {
    return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

// A readable account of how stdout differs: the first differing line with a little
// context, then the line counts.
function describeDiff(expected, actual) {
    const exp = lines(expected);
    const act = lines(actual);
    let i = 0;
    while (i < exp.length && i < act.length && exp[i] === act[i]) i++;
    const out = [];
    for (let k = Math.max(0, i - 2); k < i; k++) out.push(`    ${JSON.stringify(exp[k])}`);
    for (let k = i; k < Math.min(exp.length, i + 4); k++) out.push(`  - ${JSON.stringify(exp[k])}`);
    for (let k = i; k < Math.min(act.length, i + 4); k++) out.push(`  + ${JSON.stringify(act[k])}`);
    const unterminated = actual !== '' && !actual.endsWith('\n') ? ', the last without a newline' : '';
    out.push(`  (expected ${exp.length} lines, got ${act.length}${unterminated})`);
    return `stdout differs at line ${i + 1} (- expected, + actual):\n${out.join('\n')}`;
}

// Compares one run with the expectations; throws an AssertionError that says everything
// useful (the stdout diff, the exit status, the end of stderr) when they disagree.
function check(expect, { stdout, stderr, status }) {
    const problems = [...expect.problems];
    if (stdout !== expect.stdout) problems.push(describeDiff(expect.stdout, stdout));
    if (expect.syntax !== null) {
        if (status !== 1) problems.push(`exit status ${status}, expected 1`);
        const got = syntaxReport(stderr, expect.source);
        if (!sameSyntaxReport(got, expect.syntax)) {
            problems.push(`syntax error: ${JSON.stringify(got)}\n` +
                `              expected ${JSON.stringify(expect.syntax)}`);
        }
    } else if (expect.error === null) {
        if (status !== 0) problems.push(`exit status ${status}, expected 0`);
        if (stderr !== '') problems.push('stderr should be empty');
    } else {
        if (status !== 1) problems.push(`exit status ${status}, expected 1`);
        const last = lastLine(stderr);
        if (last !== expect.error) {
            problems.push(`last line of stderr: ${JSON.stringify(last)}\n` +
                `                          expected ${JSON.stringify(expect.error)}`);
        }
    }
    if (problems.length === 0) return;
    const tail = stderr.replace(/\n+$/, '').split('\n').slice(-6).join('\n    ');
    if (stderr) problems.push(`stderr:\n    ${tail}`);
    // A bare message: the stack of the test harness would only hide it.
    const error = new Error(problems.join('\n'));
    error.name = 'AssertionError';
    error.stack = `${error.name}: ${error.message}`;
    throw error;
}

// A folder with the standard modules that are plain Python (those without a native .wasm
// half, which the native edge cannot load), for the programs of tests/lang/stdlib/.
function stdlibFolder() {
    assert.ok(fs.existsSync(path.join(MODULES_DIR, 'collections.py')),
        `${MODULES_DIR} has no collections.py: run \`make sdk\` first`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-stdlib-'));
    for (const f of fs.readdirSync(MODULES_DIR)) {
        if (f.endsWith('.py') && !fs.existsSync(path.join(MODULES_DIR, f.replace(/\.py$/, '.wasm')))) {
            fs.copyFileSync(path.join(MODULES_DIR, f), path.join(dir, f));
        }
    }
    return dir;
}

// The bare names a program imports: `import a, b.c as d`, `from a.b import x`.
function importedNames(source) {
    const names = [];
    for (const m of source.matchAll(/^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b|import[ \t]+([^\n#;]+))/gm)) {
        if (m[1]) names.push(m[1]);
        else names.push(...m[2].split(',').map((part) => part.trim().split(/\s+/)[0]));
    }
    return names.filter((name) => /^[\w.]+$/.test(name));
}

// Whether a program of tests/lang/stdlib/ imports, itself or through the standard modules
// it imports, one with a native half (math.py beside math.wasm).
function reachesNativeHalf(source) {
    const seen = new Set();
    const pending = importedNames(source);
    while (pending.length > 0) {
        const name = pending.pop();
        if (seen.has(name)) continue;
        seen.add(name);
        if (fs.existsSync(path.join(MODULES_DIR, `${name}.wasm`))) return true;
        const file = path.join(MODULES_DIR, `${name}.py`);
        if (fs.existsSync(file)) pending.push(...importedNames(fs.readFileSync(file, 'utf8')));
    }
    return false;
}

// Runs `rel` with the native edge; a program of tests/lang/stdlib/ runs as a copy in
// `stdlibDir`, next to the modules it imports.
function runNative(rel, stdlibDir) {
    let cwd = ROOT;
    let arg = rel;
    if (rel.startsWith(STDLIB_PREFIX)) {
        cwd = stdlibDir;
        arg = `test_${path.basename(rel)}`;
        fs.copyFileSync(path.join(ROOT, rel), path.join(cwd, arg));
    }
    return new Promise((resolve, reject) => {
        const child = spawn(NATIVE, [arg], { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: signal ? `${stderr}\n(killed by ${signal}${signal === 'SIGTERM' ? ': timed out' : ''})` : stderr,
                status: code ?? signal,
            });
        });
    });
}

const files = walk(LANG_DIR).sort().map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
const expectations = new Map(files.map((rel) => [rel, parseExpectations(fs.readFileSync(path.join(ROOT, rel), 'utf8'))]));

test('the corpus is not empty', () => {
    assert.ok(files.length > 0, `no .py files under ${LANG_DIR}`);
});

// Whether a program of tests/lang/stdlib/ reaches a standard module with a native .wasm
// half (re, math, random): the native edge cannot load those, so it runs on edge.wasm only.
function needsWasmModule(rel) {
    return rel.startsWith(STDLIB_PREFIX) && reachesNativeHalf(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
}

test('native', { concurrency: 2 }, async (t) => {
    assert.ok(fs.existsSync(NATIVE), `${NATIVE} is missing: run \`make native\` first`);
    const stdlibDir = files.some((rel) => rel.startsWith(STDLIB_PREFIX)) ? stdlibFolder() : null;
    try {
        await Promise.all(files.map((rel) => t.test(rel, { skip: needsWasmModule(rel) && 'imports a module with a native .wasm half' },
            async () => check(expectations.get(rel), await runNative(rel, stdlibDir)))));
    } finally {
        if (stdlibDir) fs.rmSync(stdlibDir, { recursive: true, force: true });
    }
});

// fetch() for the resolver: file: URLs from the disk, a missing file as a 404.
async function fetchFile(url) {
    try {
        return new Response(await fs.promises.readFile(new URL(url)));
    } catch {
        return new Response(null, { status: 404 });
    }
}

test('wasm', async (t) => {
    assert.ok(fs.existsSync(WASM), `${WASM} is missing: run \`make wasm\` first`);
    // One instance for the whole corpus: this also proves an instance is reusable after
    // every kind of ending, errors included.
    let out = '';
    let err = '';
    const edge = await createEdge({
        wasm: fs.readFileSync(WASM),
        stdout: (text) => { out += text; },
        stderr: (text) => { err += text; },
        stdin: () => null,
    });
    let core = null;
    for (const rel of files) {
        await t.test(rel, async () => {
            out = '';
            err = '';
            const source = fs.readFileSync(path.join(ROOT, rel), 'utf8');
            let program;
            if (rel.startsWith(STDLIB_PREFIX)) {
                // The imports resolve before the run, as the CLI resolves them: the
                // standard modules from build/modules/.
                core ??= await createResolverCore(edge.module, { stderr: (text) => { err += text; } });
                program = await resolveProgram(core, source, rel,
                    { baseUrl: pathToFileURL(path.join(ROOT, rel)), fetch: fetchFile });
                assert.ok(program.ok, `${rel}: ${program.error?.text ?? program.error?.message}`);
            }
            const result = edge.runSync(source, { filename: rel, timeout: TIMEOUT_MS, program });
            // exit(n) ends a run as the edge command ends it: with its text (exit("why")),
            // or nothing at all.
            if (!result.ok && !(result.error.type === 'SystemExit' && !result.error.text)) {
                const text = result.error.text || `${result.error.type}: ${result.error.message}`;
                err += text.endsWith('\n') ? text : text + '\n';
            }
            check(expectations.get(rel), { stdout: out, stderr: err, status: result.ok ? 0 : 1 });
        });
    }
});
