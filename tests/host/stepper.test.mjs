// stepper.test.mjs — stepping through a program (issue 17): run()'s `trace` option on the
// real edge.wasm (edge_trace, edge_trace_state in edge.h) and createStepper
// (web/stepper.js) over it: line events in order, step into / over / out, breakpoints,
// frames and objects as data (an object shown once), input(), the limits, stop(),
// sessions, runSync and the worker's messages.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createEdge } from '../../web/edge.js';
import { createStepper } from '../../web/stepper.js';
import { createEdgeWorker } from '../../web/worker.js';

const WASM = fileURLToPath(new URL('../../build/wasm/edge.wasm', import.meta.url));
const bytes = fs.readFileSync(WASM);

async function edgeWithOutput(options = {}) {
    const out = [];
    const edge = await createEdge({ wasm: bytes, stdout: (t) => out.push(t), stderr: (t) => out.push(t), ...options });
    return { edge, text: () => out.join('') };
}

const PROGRAM = `def total(n):
    t = 0
    for i in range(n):
        t += i
    return t

xs = [1, 2]
y = total(3)
while y > 0:
    y -= 2
print(xs, y)
`;

// The top frame's variables of a pause, primitives as their repr, objects as '#'.
function vars(state) {
    const top = state.frames[state.frames.length - 1];
    return Object.fromEntries(top.locals.map(([name, v]) => [name, v.ref ? '#' : v.repr]));
}

// Steps with `modes` (then 'into' until the end); returns each pause's top frame as
// "line name" and the result.
async function walk(runner, source, modes = [], trace = {}) {
    const seen = [];
    let k = 0;
    const result = await runner.run(source, {
        trace: {
            ...trace,
            pause: (state) => {
                const top = state.frames[state.frames.length - 1];
                seen.push(`${state.line} ${top.name}`);
                return modes[k++] ?? 'into';
            },
        },
    });
    return { seen, result };
}

test('step into pauses at every line, into calls and round loops, with the locals at each', async () => {
    const { edge, text } = await edgeWithOutput();
    const states = [];
    const result = await edge.run(PROGRAM, { trace: { pause: (s) => { states.push(s); return 'into'; } } });
    assert.equal(result.ok, true);
    assert.deepEqual(states.map((s) => `${s.line} ${s.frames.at(-1).name}`), [
        '1 <module>', '7 <module>', '8 <module>',
        '2 total', '3 total', '4 total', '3 total', '4 total', '3 total', '4 total', '3 total', '5 total',
        '9 <module>', '10 <module>', '9 <module>', '10 <module>', '9 <module>', '11 <module>',
    ]);
    // The loop variable as each line event sees it: before the line runs.
    assert.deepEqual(states.slice(3, 12).map((s) => vars(s).t ?? '-'), ['-', '0', '0', '0', '0', '1', '1', '3', '3']);
    assert.deepEqual(vars(states[5]), { n: '3', t: '0', i: '0' });
    // Inside the call, both frames: the caller at its line.
    assert.deepEqual(states[4].frames.map((f) => [f.name, f.line, f.depth]), [['<module>', 8, 1], ['total', 3, 2]]);
    assert.equal(text(), '[1, 2] -1\n');
    // The end: the globals as the program left them.
    assert.equal(result.trace.event, 'end');
    assert.deepEqual(vars(result.trace), { total: '#', xs: '#', y: '-1' });
});

test('step over runs a call through; step out returns to the caller', async () => {
    const { edge } = await edgeWithOutput();
    const over = await walk(edge, PROGRAM, ['over', 'over', 'over', 'over']);
    assert.deepEqual(over.seen.slice(0, 5), ['1 <module>', '7 <module>', '8 <module>', '9 <module>', '10 <module>']);
    const out = await walk(edge, PROGRAM, ['into', 'into', 'into', 'into', 'out']);
    assert.deepEqual(out.seen.slice(0, 6), ['1 <module>', '7 <module>', '8 <module>', '2 total', '3 total', '9 <module>']);
    // Over, at the return of a function, stops in the caller, not in the next call.
    const src = 'def f():\n    return 1\n\na = f()\nb = f()\nc = 3\n';
    const ret = await walk(edge, src, ['into', 'into', 'into', 'over', 'over']);
    assert.deepEqual(ret.seen, ['1 <module>', '4 <module>', '2 f', '5 <module>', '6 <module>']);
});

test('continue stops at breakpoints only, each round of a loop, and breakpoints can change', async () => {
    const { edge } = await edgeWithOutput();
    const { seen } = await walk(edge, PROGRAM, ['continue', 'continue', { mode: 'continue', breakpoints: [10] }, 'continue', 'continue'], { mode: 'continue', breakpoints: [4] });
    assert.deepEqual(seen, ['4 total', '4 total', '4 total', '10 <module>', '10 <module>']);
    // A breakpoint stops a step over too.
    const over = await walk(edge, PROGRAM, ['over', 'over', 'over'], { breakpoints: [5] });
    assert.deepEqual(over.seen.slice(0, 4), ['1 <module>', '7 <module>', '8 <module>', '5 total']);
    // Continue with no breakpoint runs to the end.
    const none = await walk(edge, PROGRAM, [], { mode: 'continue' });
    assert.deepEqual(none.seen, []);
    assert.equal(none.result.ok, true);
});

test('objects are described once, by id, with their contents; frames list their variables', async () => {
    const { edge } = await edgeWithOutput();
    const src = `class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

shared = [1, 'two', 3.5]
p = Point(shared, None)
d = {'k': shared, 2: (True, 10 ** 30)}
s = {1}
def outer(a):
    def inner():
        return a
    return inner
f = outer(shared)
done = 1
`;
    let last = null;
    await edge.run(src, { trace: { mode: 'continue', breakpoints: [15], pause: (s) => { last = s; return 'off'; } } });
    const g = Object.fromEntries(last.frames[0].locals);
    const o = last.objects;
    assert.equal(Object.keys(o).length, new Set(Object.keys(o)).size);
    const shared = o[g.shared.ref];
    assert.deepEqual(shared, {
        type: 'list', kind: 'list',
        items: [{ type: 'int', repr: '1' }, { type: 'str', repr: "'two'" }, { type: 'float', repr: '3.5' }],
    });
    const p = o[g.p.ref];
    assert.equal(p.type, 'Point');
    assert.equal(p.kind, 'instance');
    assert.deepEqual(p.attrs, [['x', { ref: g.shared.ref }], ['y', { type: 'NoneType', repr: 'None' }]]);
    const d = o[g.d.ref];
    assert.equal(d.kind, 'dict');
    assert.deepEqual(d.entries[0], [{ type: 'str', repr: "'k'" }, { ref: g.shared.ref }]);
    const tuple = o[d.entries[1][1].ref];
    assert.deepEqual(tuple, { type: 'tuple', kind: 'tuple', items: [{ type: 'bool', repr: 'True' }, { type: 'int', repr: String(10n ** 30n) }] });
    assert.deepEqual(o[g.s.ref], { type: 'set', kind: 'set', items: [{ type: 'int', repr: '1' }] });
    assert.equal(o[g.Point.ref].kind, 'class');
    assert.deepEqual(o[g.Point.ref].attrs.map(([n]) => n), ['__init__']);
    assert.deepEqual(o[g.outer.ref], { type: 'function', kind: 'function', name: 'outer', params: ['a'] });
    assert.equal(o[g.f.ref].name, 'outer.<locals>.inner');
    // Stepping into inner: its free variable is among its locals, the same list.
    const states = [];
    await edge.run(src + 'f()\n', { trace: { mode: 'continue', breakpoints: [12], pause: (s) => { states.push(s); return 'off'; } } });
    assert.deepEqual(states[0].frames.map((fr) => fr.name), ['<module>', 'inner']);
    const inner = Object.fromEntries(states[0].frames[1].locals);
    assert.ok(inner.a.ref);
    assert.equal(states[0].objects[inner.a.ref].kind, 'list');
});

test('a long list stops at 100 items and a long str at 200 characters', async () => {
    const { edge } = await edgeWithOutput();
    let last;
    await edge.run("a = list(range(250))\nb = 'x' * 1000 + \"'\"\nc = 0\n", { trace: { mode: 'continue', breakpoints: [3], pause: (s) => { last = s; return 'off'; } } });
    const g = Object.fromEntries(last.frames[0].locals);
    assert.equal(last.objects[g.a.ref].items.length, 100);
    assert.equal(last.objects[g.a.ref].more, 150);
    assert.equal(g.b.repr, `"${'x'.repeat(200)}..."`);
});

test('createStepper: start, into, over, out, continue, a breakpoint set on the way, the end', async () => {
    const { edge, text } = await edgeWithOutput();
    const stepper = createStepper(edge, PROGRAM);
    let at = await stepper.start();
    assert.equal(at.paused, true);
    assert.equal(at.state.line, 1);
    at = await stepper.over();
    at = await stepper.over();
    assert.equal(at.state.line, 8);
    at = await stepper.into();
    assert.deepEqual([at.state.line, at.state.frames.length], [2, 2]);
    at = await stepper.out();
    assert.deepEqual([at.state.line, vars(at.state).y], [9, '3']);
    stepper.setBreakpoints([11]);
    at = await stepper.continue();
    assert.equal(at.state.line, 11);
    assert.equal(text(), '');
    at = await stepper.over();
    assert.equal(at.paused, false);
    assert.deepEqual(at.result.ok, true);
    assert.equal(text(), '[1, 2] -1\n');
    assert.equal(stepper.ended, true);
});

test('output comes before the pause that follows it; stop() while paused names the line', async () => {
    const { edge, text } = await edgeWithOutput();
    const stepper = createStepper(edge, 'print("one")\nx = 1\nprint("two")\n');
    await stepper.start();
    const at = await stepper.over();
    assert.equal(at.state.line, 2);
    assert.equal(text(), 'one\n');
    const end = await stepper.stop();
    assert.equal(end.paused, false);
    assert.equal(end.result.error.type, 'KeyboardInterrupt');
    assert.equal(end.result.error.line, 2);
    // The instance goes on as usual.
    assert.deepEqual(await edge.run('print(3)'), { ok: true });
    assert.equal(text(), 'one\n3\n');
});

test('input() in a stepped run asks the stdin callback as usual', async () => {
    const { edge, text } = await edgeWithOutput({ stdin: async () => 'Ada' });
    const { seen, result } = await walk(edge, 'name = input("who? ")\nprint("hi", name)\n');
    assert.equal(result.ok, true);
    assert.deepEqual(seen, ['1 <module>', '2 <module>']);
    assert.equal(text(), 'who? hi Ada\n');
});

test('the limits hold in a stepped run; time paused is not running time', async () => {
    const { edge } = await edgeWithOutput();
    const steps = await edge.run('while True:\n    pass\n', { maxSteps: 1000, trace: { mode: 'continue', pause: () => 'off' } });
    assert.equal(steps.error.type, 'TimeoutError');
    const stepped = await edge.run('i = 0\nwhile True:\n    i += 1\n', { maxSteps: 50, trace: { pause: () => 'into' } });
    assert.equal(stepped.error.type, 'TimeoutError');
    const slow = await edge.run('x = 1\ny = 2\n', { timeout: 50, trace: { pause: () => new Promise((r) => setTimeout(r, 120, 'into')) } });
    assert.equal(slow.ok, true);
    const { edge: small } = await edgeWithOutput({ heapLimit: 8 << 20 });
    const heap = await small.run('a = []\nwhile True:\n    a.append([0] * 1000)\n', { trace: { mode: 'continue', breakpoints: [1], pause: () => 'continue' } });
    assert.equal(heap.error.type, 'MemoryError');
});

test('C that calls Python does not pause; generators and comprehensions step', async () => {
    const { edge, text } = await edgeWithOutput();
    const src = `class A:
    def __repr__(self):
        return 'A!'

def gen():
    yield 1
    yield 2

print(A(), sorted([3, 1], key=lambda v: -v))
for v in gen():
    w = v
`;
    const { seen, result } = await walk(edge, src);
    assert.equal(result.ok, true);
    assert.equal(text(), 'A! [3, 1]\n');
    assert.ok(!seen.some((s) => s.endsWith('__repr__') || s.endsWith('<lambda>')), seen.join('\n'));
    assert.ok(seen.includes('6 gen') && seen.includes('7 gen') && seen.includes('11 <module>'), seen.join('\n'));
});

test('sessions: a cell steps into a function an earlier cell defined; plain runs after are not traced', async () => {
    const { edge, text } = await edgeWithOutput();
    const cells = edge.session();
    await cells.run('def square(n):\n    r = n * n\n    return r\n', { filename: 'cell1.py' });
    const seen = [];
    const result = await cells.run('v = square(4)\nv', {
        filename: 'cell2.py',
        trace: { pause: (s) => { seen.push(`${s.file}:${s.line} ${s.frames.at(-1).name}`); return 'into'; } },
    });
    assert.deepEqual(result, { ok: true, value: '16', trace: result.trace });
    assert.deepEqual(seen, ['cell2.py:1 <module>', 'cell1.py:2 square', 'cell1.py:3 square', 'cell2.py:2 <module>']);
    assert.deepEqual(await cells.run('square(5)'), { ok: true, value: '25' });
    assert.equal(text(), '');
});

test('imported modules run without pauses', async () => {
    const { edge } = await edgeWithOutput();
    const { seen, result } = await walk(edge, 'import heapq\nh = []\nheapq.heappush(h, 3)\nprint(h)\n');
    assert.equal(result.ok, true, JSON.stringify(result.error));
    assert.deepEqual(seen, ['1 <module>', '2 <module>', '3 <module>', '4 <module>']);
});

test('runSync takes a trace whose pause answers at once', async () => {
    const { edge, text } = await edgeWithOutput();
    const seen = [];
    const result = edge.runSync('a = 1\nb = a + 1\nprint(b)\n', { trace: { pause: (s) => { seen.push(s.line); return 'over'; } } });
    assert.equal(result.ok, true);
    assert.deepEqual(seen, [1, 2, 3]);
    assert.equal(text(), '2\n');
    assert.throws(() => edge.runSync('a = 1\n', { trace: { pause: async () => 'into' } }), /runSync\(\) needs a trace.pause/);
});

const workers = [];
after(() => workers.forEach((w) => w.terminate()));

test('createEdgeWorker carries the pauses and the steps by message', { timeout: 60_000 }, async () => {
    const out = [];
    const edge = await createEdgeWorker({ stdout: (t) => out.push(t) });
    workers.push(edge);
    const stepper = createStepper(edge, PROGRAM, { breakpoints: [10] });
    let at = await stepper.start('continue');
    assert.deepEqual([at.state.line, vars(at.state).y], [10, '3']);
    at = await stepper.over();
    assert.equal(at.state.line, 9);
    at = await stepper.continue();
    assert.deepEqual([at.state.line, vars(at.state).y], [10, '1']);
    stepper.setBreakpoints([]);
    at = await stepper.continue();
    assert.equal(at.paused, false);
    assert.equal(at.result.ok, true);
    assert.equal(out.join(''), '[1, 2] -1\n');
});
