// protocol.test.mjs — web/edge.js against a tiny stand-in for edge.wasm written in WAT, to
// pin down the host side of the interface in src/wasm.c independently of the interpreter:
// streaming UTF-8 decoding of split writes, the long-line protocol of host_read_line,
// error strings, slices and yielding, timeouts, aborts, recovery from a trap, and input
// that waits for the host (status 3).
// The first byte of each "program" picks what the stand-in does (see resume below).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

import { createEdge } from '../../web/edge.js';

const WAT = String.raw`
(module
  (import "env" "host_write" (func $write (param i32 i32 i32)))
  (import "env" "host_read_line" (func $read (param i32 i32) (result i32)))
  (import "env" "host_clock" (func $clock (result f64)))
  (memory (export "memory") 2)
  ;; "héllo €𝄞\n" at 16 (15 bytes); messages from 64 on.
  (data (i32.const 16) "h\c3\a9llo \e2\82\ac\f0\9d\84\9e\0a")
  (data (i32.const 64) "ZeroDivisionError\00")
  (data (i32.const 96) "division by zero\00")
  (data (i32.const 128) "Traceback (most recent call last):\0a  File \22main.py\22, line 3\0aZeroDivisionError: division by zero\00")
  (data (i32.const 256) "EOF\0a")
  (data (i32.const 264) "done\0a")
  (data (i32.const 272) "\0a")
  (data (i32.const 288) "TimeoutError\00")
  (global $heap (mut i32) (i32.const 65536))
  (global $cmd (mut i32) (i32.const 0))
  (global $file (mut i32) (i32.const 0))
  (global $calls (mut i32) (i32.const 0))
  (global $steps (export "last_steps") (mut f64) (f64.const 0))
  (global $depth (mut i32) (i32.const 0))
  (global $flags (mut i32) (i32.const 0))
  (global $waiting (mut i32) (i32.const 0))
  (global $answer (mut i32) (i32.const 0))
  (global $deadline (export "last_deadline") (mut f64) (f64.const 0))
  (global $timed_out (mut i32) (i32.const 0))
  (func (export "_initialize"))
  (func (export "edge_alloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.and (i32.add (i32.add (global.get $heap) (local.get $n)) (i32.const 15)) (i32.const -16)))
    (local.get $p))
  (func (export "edge_free") (param i32))
  (func (export "edge_init") (param $depth i32) (param f64) (param $flags i32) (result i32)
    (global.set $depth (local.get $depth))
    (global.set $flags (local.get $flags))
    (i32.const 0))
  (func (export "edge_request") (result i32) (global.get $waiting))
  ;; The answer goes to 8192 (64 bytes at most); its length to $answer, -1 for the end.
  (func (export "edge_provide_input") (param $p i32) (param $len i32)
    (global.set $waiting (i32.const 0))
    (global.set $answer (local.get $len))
    (if (i32.gt_s (local.get $len) (i32.const 0))
      (then (memory.copy (i32.const 8192) (local.get $p) (local.get $len)))))
  (func (export "edge_load_source") (param $p i32) (param $len i32) (param $f i32) (result i32)
    (local $n i32)
    (global.set $cmd (i32.load8_u (local.get $p)))
    (global.set $calls (i32.const 0))
    (global.set $deadline (f64.const 0))
    (global.set $timed_out (i32.const 0))
    ;; The host frees the name after loading, so keep a copy of its first 32 bytes.
    (loop $copy
      (i32.store8 (i32.add (i32.const 512) (local.get $n)) (i32.load8_u (i32.add (local.get $f) (local.get $n))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br_if $copy (i32.lt_u (local.get $n) (i32.const 32))))
    (if (result i32) (i32.eq (global.get $cmd) (i32.const 83)) ;; 'S': a syntax error
      (then (i32.const 2)) (else (i32.const 0))))
  ;; The limits, as the VM keeps them: the deadline is what 'l' checks.
  (func (export "edge_set_limits") (param f64) (param $deadline f64) (param f64)
    (global.set $deadline (local.get $deadline)))
  (func (export "edge_resume_steps") (param $steps f64) (result i32)
    (local $i i32) (local $n i32)
    (global.set $steps (local.get $steps))
    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
    ;; 'w': the text byte by byte to stdout, then whole to stderr
    (if (i32.eq (global.get $cmd) (i32.const 119)) (then
      (loop $bytes
        (call $write (i32.const 1) (i32.add (i32.const 16) (local.get $i)) (i32.const 1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $bytes (i32.lt_u (local.get $i) (i32.const 15))))
      (call $write (i32.const 2) (i32.const 16) (i32.const 15))
      (return (i32.const 0))))
    ;; 'h': half of a character, then the end of the program
    (if (i32.eq (global.get $cmd) (i32.const 104)) (then
      (call $write (i32.const 1) (i32.const 16) (i32.const 2))
      (return (i32.const 0))))
    ;; 'r': echo every input line (asking with a 4-byte buffer first), then "EOF"
    (if (i32.eq (global.get $cmd) (i32.const 114)) (then
      (loop $lines
        (local.set $n (call $read (i32.const 8192) (i32.const 4)))
        (if (i32.ge_s (local.get $n) (i32.const 0)) (then
          (if (i32.gt_s (local.get $n) (i32.const 4)) (then
            (local.set $n (call $read (i32.const 8192) (local.get $n)))))
          (call $write (i32.const 1) (i32.const 8192) (local.get $n))
          (call $write (i32.const 1) (i32.const 272) (i32.const 1))
          (br $lines))))
      (call $write (i32.const 1) (i32.const 256) (i32.const 4))
      (return (i32.const 0))))
    ;; 'f': the edge_init flags the VM was created with, as a digit
    (if (i32.eq (global.get $cmd) (i32.const 102)) (then
      (i32.store8 (i32.const 8192) (i32.add (i32.const 48) (global.get $flags)))
      (call $write (i32.const 1) (i32.const 8192) (i32.const 1))
      (return (i32.const 0))))
    ;; 'i': waits for the host (status 3) once, then echoes the answer, or "EOF"
    (if (i32.eq (global.get $cmd) (i32.const 105)) (then
      (if (i32.eq (global.get $calls) (i32.const 1)) (then
        (global.set $waiting (i32.const 1))
        (return (i32.const 3))))
      (if (i32.lt_s (global.get $answer) (i32.const 0)) (then
        (call $write (i32.const 1) (i32.const 256) (i32.const 4))
        (return (i32.const 0))))
      (call $write (i32.const 1) (i32.const 8192) (global.get $answer))
      (call $write (i32.const 1) (i32.const 272) (i32.const 1))
      (return (i32.const 0))))
    ;; 'e': an uncaught exception
    (if (i32.eq (global.get $cmd) (i32.const 101)) (then (return (i32.const 2))))
    ;; 's': suspended twice, then done
    (if (i32.eq (global.get $cmd) (i32.const 115)) (then
      (if (i32.lt_u (global.get $calls) (i32.const 3)) (then (return (i32.const 1))))
      (call $write (i32.const 1) (i32.const 264) (i32.const 5))
      (return (i32.const 0))))
    ;; 'l': a loop that never ends (always suspended after a slice) but at the deadline
    (if (i32.eq (global.get $cmd) (i32.const 108)) (then
      (if (i32.and (f64.gt (global.get $deadline) (f64.const 0))
                   (f64.ge (call $clock) (global.get $deadline))) (then
        (global.set $timed_out (i32.const 1))
        (return (i32.const 2))))
      (return (i32.const 1))))
    ;; 't': a trap, as a crash of the interpreter would be
    (if (i32.eq (global.get $cmd) (i32.const 116)) (then unreachable))
    (i32.const 0))
  (func (export "edge_error_type") (result i32)
    (select (i32.const 288) (i32.const 64) (global.get $timed_out)))
  (func (export "edge_error_message") (result i32) (i32.const 96))
  (func (export "edge_error_filename") (result i32) (i32.const 512))
  (func (export "edge_error_text") (result i32) (i32.const 128))
  (func (export "edge_error_line") (result i32) (i32.const 3))
  (func (export "edge_error_col") (result i32) (i32.const 0))
  (func (export "edge_error_incomplete") (result i32) (i32.const 0))
  (func (export "edge_error_exit_status") (result i32) (i32.const 1))
  ;; The module registry and the native-call guard, as a program that imports nothing
  ;; meets them: no imports (an empty list at 320), nothing to register, and a trap is
  ;; never inside a native function.
  (func (export "edge_list_imports") (param i32 i32 i32) (result i32) (i32.const 320))
  (func (export "edge_clear_modules"))
  (func (export "edge_stack_save") (result i32) (i32.const 0))
  (func (export "edge_stack_restore") (param i32))
  (func (export "edge_extern_active") (result i32) (i32.const 0)))
`;

function buildStandIn() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-protocol-'));
    try {
        fs.writeFileSync(path.join(dir, 'm.wat'), WAT);
        const r = spawnSync('wat2wasm', ['m.wat', '-o', 'm.wasm'], { cwd: dir, encoding: 'utf8' });
        if (r.error) throw new Error(`wat2wasm (from wabt) is needed for this test: ${r.error.message}`);
        assert.equal(r.status, 0, r.stderr);
        return fs.readFileSync(path.join(dir, 'm.wasm'));
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

const bytes = buildStandIn();

async function standIn(options = {}) {
    const out = { stdout: [], stderr: [] };
    const edge = await createEdge({
        wasm: bytes,
        stdout: (t) => out.stdout.push(t),
        stderr: (t) => out.stderr.push(t),
        ...options,
    });
    return { edge, out };
}

test('characters split across writes decode exactly, per stream', async () => {
    const { edge, out } = await standIn();
    assert.deepEqual(edge.runSync('w'), { ok: true });
    assert.equal(out.stdout.join(''), 'héllo €𝄞\n');
    assert.ok(out.stdout.every((chunk) => !chunk.includes('\uFFFD')), 'no replacement characters');
    assert.deepEqual(out.stderr, ['héllo €𝄞\n']);
});

test('an incomplete character at the end of a program is flushed, not carried over', async () => {
    const { edge, out } = await standIn();
    edge.runSync('h');
    assert.equal(out.stdout.join(''), 'h\uFFFD');
    out.stdout.length = 0;
    edge.runSync('w');
    assert.equal(out.stdout.join(''), 'héllo €𝄞\n');
});

test('input lines longer than the buffer arrive whole; null ends input', async () => {
    const lines = ['ab', 'a line much longer than four bytes', 'ünïcödé', '', 'crlf\r\n', 'x\n'];
    const { edge, out } = await standIn({ stdin: () => (lines.length ? lines.shift() : null) });
    edge.runSync('r');
    assert.equal(out.stdout.join(''), 'ab\na line much longer than four bytes\nünïcödé\n\ncrlf\nx\nEOF\n');
});

test('without a stdin option input is at its end', async () => {
    const { edge, out } = await standIn();
    edge.runSync('r');
    assert.equal(out.stdout.join(''), 'EOF\n');
});

test('errors come back as plain objects', async () => {
    const { edge } = await standIn();
    const r = edge.runSync('e', { filename: 'prog.py' });
    assert.equal(r.ok, false);
    assert.deepEqual(r.error, {
        type: 'ZeroDivisionError',
        message: 'division by zero',
        filename: 'prog.py',
        line: 3,
        col: 0,
        text: 'Traceback (most recent call last):\n  File "main.py", line 3\nZeroDivisionError: division by zero',
    });
    assert.equal((await edge.run('S')).ok, false, 'a load error stops before running');
    assert.deepEqual(edge.runSync('w'), { ok: true }, 'the instance runs on after an error');
});

test('a compiled module can be shared by several instances', async () => {
    const { edge } = await standIn({ maxDepth: 77 });
    assert.equal(edge.module instanceof WebAssembly.Module, true);
    const again = await createEdge({ wasm: edge.module, maxDepth: 5, stdout: () => {} });
    assert.deepEqual(again.runSync('s'), { ok: true });
    assert.deepEqual(edge.runSync('s'), { ok: true });
});

test('run() resumes slice after slice and yields to the event loop between them', async () => {
    const { edge, out } = await standIn();
    let timerFired = false;
    setTimeout(() => { timerFired = true; }, 0);
    // 's' suspends twice; a 1 ms timer can only fire if run() lets the event loop turn.
    assert.deepEqual(await edge.run('s', { stepBudget: 1234 }), { ok: true });
    assert.equal(out.stdout.join(''), 'done\n');
    const slow = edge.run('l', { stepBudget: 10, timeout: 30 });
    let ticks = 0;
    const interval = setInterval(() => { ticks++; }, 1);
    const r = await slow;
    clearInterval(interval);
    assert.ok(timerFired);
    assert.ok(ticks > 0, 'timers ran while the program was running');
    assert.equal(r.ok, false);
    assert.equal(r.error.type, 'TimeoutError');
});

test('runSync passes the slice size and resumes until the end', async () => {
    const { edge, out } = await standIn();
    assert.deepEqual(edge.runSync('s', { stepBudget: 500 }), { ok: true });
    assert.equal(out.stdout.join(''), 'done\n');
    const r = edge.runSync('l', { timeout: 20 });
    assert.equal(r.error.type, 'TimeoutError');
});

test('an aborted signal stops run() between slices', async () => {
    const { edge } = await standIn();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(edge.run('l', { stepBudget: 1, signal: controller.signal }), { name: 'AbortError' });
    assert.deepEqual(await edge.run('s'), { ok: true }, 'the instance runs on after an abort');
});

test('run() calls queue up and runSync refuses to interrupt them', async () => {
    const { edge, out } = await standIn();
    const first = edge.run('s', { stepBudget: 1 });
    const second = edge.run('w');
    assert.throws(() => edge.runSync('w'), /already running/);
    assert.deepEqual(await first, { ok: true });
    assert.deepEqual(await second, { ok: true });
    assert.equal(out.stdout.join(''), 'done\nhéllo €𝄞\n');
});

test('a trap rejects, and the instance is replaced by a fresh one', async () => {
    const { edge, out } = await standIn();
    assert.throws(() => edge.runSync('t'), WebAssembly.RuntimeError);
    await assert.rejects(edge.run('t'), WebAssembly.RuntimeError);
    assert.deepEqual(edge.runSync('w'), { ok: true });
    assert.equal(out.stdout.join(''), 'héllo €𝄞\n');
});

test('a file: URL cannot be fetched in Node, and the error says what to pass', async () => {
    await assert.rejects(createEdge({ wasm: new URL('./m.wasm', import.meta.url) }), /pass the bytes/);
});

test('run() creates the VM with input waiting for the host, runSync() with host_read_line', async () => {
    const { edge, out } = await standIn();
    await edge.run('f');
    edge.runSync('f');
    await edge.run('f');
    assert.equal(out.stdout.join(''), '101');
});

test('status 3 with request 1: run() awaits stdin and answers with edge_provide_input', async () => {
    const answers = [Promise.resolve('é line\r\n'), 'plain', null];
    const { edge, out } = await standIn({ stdin: () => answers.shift() });
    for (let i = 0; i < 3; i++) assert.deepEqual(await edge.run('i'), { ok: true });
    assert.equal(out.stdout.join(''), 'é line\nplain\nEOF\n');
});
