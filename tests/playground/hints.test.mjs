// hints.test.mjs — playground/src/hints.js on the errors edge.wasm really reports: each of
// the ten errors beginners meet most gets its hint, and other errors none.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createEdge } from '../../web/node.js';
import { hintFor } from '../../playground/src/hints.js';

// [program, the start of its hint (after "Hint: "), or null for none]
const CASES = [
    ['if True:\nprint("inside")\n', 'A line that ends with ":"'],
    ['x = 1\n    y = 2\n', 'This line is indented more'],
    ['if True:\n        x = 1\n    y = 2\n', 'The lines of one block must start'],
    ['for i in range(3)\n    print(i)\n', 'A line that starts a block'],
    ['def greet()\n    print("hi")\n', 'A line that starts a block'],
    ['x = 5\nif x = 5:\n    print(x)\n', 'One "=" stores a value'],
    ['age = 12\nprint("age: " + age)\n', 'Python does not turn numbers into text'],
    ['total = 3 + input_text if False else 3 + "4"\n', 'Python does not turn numbers into text'],
    ['scores = [90, 85]\nprint(scores[2])\n', 'The index is past the end'],
    ['word = "hi"\nprint(word[5])\n', 'The index is past the end'],
    ['ages = {"ann": 12}\nprint(ages["bob"])\n', 'The dictionary has no such key'],
    ['action = None\naction()\n', 'What is called here is None'],
    ['names = ["b", "a"].sort()\nnames()\n', 'What is called here is None'],
    ['count = 0\ndef add():\n    count += 1\nadd()\n', 'The function assigns to this name'],
    ['def countdown(n):\n    return countdown(n - 1)\ncountdown(3)\n', 'A function called itself'],
    ['def double(n):\n    n * 2\nprint(double(4) + 1)\n', 'A value used here is None'],
    ['def pair():\n    print(1, 2)\na, b = pair()\n', 'A value used here is None'],
    ['items = [3, 1].sort()\nitems.append(2)\n', 'A value used here is None'],
    // Errors of other kinds: the report says enough.
    ['print(undefined_name)\n', null],
    ['1 / 0\n', null],
    ['int("x")\n', null],
    ['print("unclosed\n', null],
];

test('each beginner\'s error gets its hint, and others none', async () => {
    const edge = await createEdge();
    for (const [program, want] of CASES) {
        const r = edge.runSync(program);
        assert.equal(r.ok, false, program);
        const hint = hintFor(r.error);
        if (want === null) assert.equal(hint, null, `${program}: ${r.error.type}: ${r.error.message}`);
        else assert.ok(hint?.startsWith(`Hint: ${want}`), `${program}: ${r.error.type}: ${r.error.message}\n  got ${hint}`);
    }
});

test('a notebook\'s saved error (ename, evalue) gets its hint too; nothing else does', () => {
    assert.match(hintFor({ type: 'KeyError', message: "'bob'" }), /^Hint: The dictionary/);
    assert.equal(hintFor({ type: 'KeyboardInterrupt', message: 'stopped' }), null);
    assert.equal(hintFor(null), null);
    assert.equal(hintFor({}), null);
});
