// notebook.test.mjs — the notebook's modules that need no page, in Node: display.js, which
// runs a cell with its last value kept so that it can be asked for _repr_html_(), must give
// every cell the outcome the cell has when run as written (value, output, error, its line,
// column and traceback); ipynb.js writes back what it read.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createEdge } from '../../web/node.js';
import { lastStatementLine, runWithDisplay } from '../../playground/src/display.js';
import { freshOutput, readIpynb, writeIpynb } from '../../playground/src/ipynb.js';

test('lastStatementLine finds the line of the last top-level statement', () => {
    const cases = [
        ['x', 0],
        ['a = 1\nb', 1],
        ['s = """\nx = 1\n"""\ns', 3],
        ["s = '''a\\'''\n'''\ns", 2],
        ['if x:\n    1\nelse:\n    2', 0],
        ['try:\n    1\nexcept E:\n    2\nfinally:\n    3', 0],
        ['f(1,\n  2)', 0],
        ['x = 1 \\\n    + 2', 0],
        ["d = {'a': [1,\n2]}\nd['a']", 2],
        ['s = "a # b"  # c\ns', 1],
        ['# only a comment\n\n', -1],
        ['', -1],
        ['x\n    # an indented comment\n', 0],
    ];
    for (const [source, want] of cases) assert.equal(lastStatementLine(source), want, source);
});

test('a cell run with its last value kept has the outcome of the cell as written', async () => {
    const cells = [
        'x = 5', 'x', 'x * 2\n', 'x = 0\n1 / x', '1 / 0', 'def f(:\n    pass\nx', 'print("a")\nprint("b")', 'x +',
        'y = [1,\n     2]\ny', 'for i in range(2):\n    print(i)\ni', 'None', 'x := 3', '(x := 3)', 'z = 3; z',
        'import math\nmath.floor(2.5)', 's = """\n1\n"""\ns', 'def g():\n    return 1 / 0\n\ng()', 'a, b = 1, 2\na, b',
        'class C:\n    def __repr__(self):\n        return "C!"\nC()', 'print("p")\nundefined_name', '*rest', 'def h(x):\n    return 1 / x\nh(0)', '[1, 2][5]', 'x = [1]\nx[0] + x[3]',
        '"doc"', '(lambda: 1)()', 'x: int = 4\nx', 'del x\nx',
        // The marks under what failed, moved back (or dropped: they would underline all).
        'len(5)', 'n = 5\nlen(n)', 'prnt(1)', '"日本語" + 1', 'len("日本語", 5)', 'p = None\np.x', '[1][2]',
    ];
    const outputs = [[], []];
    let sink = null;
    const make = (i) => createEdge({ stdout: (t) => (sink ? sink(t) : outputs[i].push(t)), stderr: (t) => outputs[i].push(`[err]${t}`) });
    const [whole, parts] = [(await make(0)).session(), (await make(1)).session()];
    for (const [n, source] of cells.entries()) {
        const filename = `cell${n + 1}.py`;
        outputs[0].length = outputs[1].length = 0;
        const want = await whole.run(source, { filename });
        const got = await runWithDisplay(parts, source, { filename }, (s) => { sink = s; });
        assert.equal(got.ok, want.ok, source);
        assert.equal(got.value, want.value, source);
        assert.deepEqual(outputs[1], outputs[0], source);
        if (!want.ok) {
            const pick = ({ type, message, filename: file, line, col, text }) => ({ type, message, file, line, col, text });
            assert.deepEqual(pick(got.error), pick(want.error), source);
        }
        assert.equal(got.html, null);
    }
    // Nothing is left in the globals.
    assert.equal((await parts.run('[k for k in globals() if k.startswith("__edge")]')).value, '[]');
});

test('_repr_html_() of the last value comes back; what it prints stays apart', async () => {
    let sink = null;
    const printed = [];
    const edge = await createEdge({ stdout: (t) => (sink ? sink(t) : printed.push(t)) });
    const session = edge.session();
    const run = (source) => runWithDisplay(session, source, { filename: 'cell.py' }, (s) => { sink = s; });
    const defined = await run('class T:\n    def _repr_html_(self):\n        print("drawing")\n        return "<b>T</b>"\n    def __repr__(self):\n        return "T()"');
    assert.equal(defined.html, null);
    const shown = await run('T()');
    assert.deepEqual([shown.value, shown.html, shown.printed], ['T()', '<b>T</b>', 'drawing\n']);
    assert.equal((await run('T')).html, null, 'a class is not asked');
    const failing = await run('class U:\n    def _repr_html_(self):\n        return 1 / 0\nU()');
    assert.equal(failing.ok, true);
    assert.equal(failing.html, null);
    assert.equal(failing.htmlError.type, 'ZeroDivisionError');
    assert.equal((await run('class V:\n    def _repr_html_(self):\n        return None\nV()')).html, null);
    edge.terminate?.();
});

test('ipynb.js writes back what it read, and new outputs as Jupyter writes them', () => {
    const nb = {
        cells: [
            { cell_type: 'code', execution_count: 1, id: 'a', metadata: { x: 1 }, outputs: [{ output_type: 'stream', name: 'stdout', text: 'one string\nkept\n' }], source: 'as one string' },
            { cell_type: 'raw', id: 'b', metadata: {}, source: ['raw\n', 'lines'] },
            { cell_type: 'markdown', id: 'c', metadata: {}, attachments: { 'p.png': { 'image/png': 'AAAA' } }, source: [] },
        ],
        metadata: { kernelspec: { name: 'python3' }, custom: [1, { b: 2, a: 1 }] },
        nbformat: 4,
        nbformat_minor: 5,
    };
    const { cells, notebook } = readIpynb(JSON.stringify(nb));
    assert.deepEqual(JSON.parse(writeIpynb(cells, notebook)), nb);
    cells[0].outputs = [freshOutput({ output_type: 'stream', name: 'stdout', text: 'a\nb\n' }),
        freshOutput({ output_type: 'execute_result', execution_count: 2, metadata: {}, data: { 'text/plain': 'x\ny', 'text/html': '<b>\nx</b>' } })];
    const written = JSON.parse(writeIpynb(cells, notebook));
    assert.deepEqual(written.cells[0].outputs, [
        { output_type: 'stream', name: 'stdout', text: ['a\n', 'b\n'] },
        { output_type: 'execute_result', execution_count: 2, metadata: {}, data: { 'text/plain': ['x\n', 'y'], 'text/html': ['<b>\n', 'x</b>'] } },
    ]);
    assert.throws(() => readIpynb('{"nbformat": 3, "worksheets": []}'), /nbformat 4/);
});
