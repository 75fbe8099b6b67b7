// sdk.test.mjs — native modules (make sdk): every built module instantiates with plain
// WebAssembly.instantiate and its raw words are ABI v1's; sdk/abi.mjs reads the ABI v2
// declarations, strings and errors; math.wasm and random.wasm give CPython's numbers; and
// math.py and random.py, the Python halves, print what CPython's modules print, under
// python3 and on Edge's native build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule, parseDeclarations, readInterface, ModuleError } from '../../sdk/abi.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = (rel) => {
    const file = path.join(root, rel);
    assert.ok(fs.existsSync(file), `${rel} is missing: run make sdk`);
    return fs.readFileSync(file);
};
const MODULES = {
    reference_emcc: 'build/sdk/reference.emcc.wasm',
    reference_clang: 'build/sdk/reference.clang.wasm',
    wat: 'build/sdk/wat_module.wasm',
    math: 'build/modules/math.wasm',
    random: 'build/modules/random.wasm',
};

// ---- a tiny encoder of value words, independent of sdk/abi.mjs ----
const QNAN = 0x7ffc000000000000n;
const INT_TAG = 0xfffc000000000000n;
const NONE = QNAN | 1n, TRUE = QNAN | 2n, FALSE = QNAN | 3n, ERROR = QNAN | 4n;
const int = (i) => INT_TAG | (BigInt.asUintN(64, BigInt(i)) & 0xffffffffffffn);
const flt = (d) => new BigUint64Array(new Float64Array([d]).buffer)[0];
const word = (w) => BigInt.asUintN(64, w); // an i64 result arrives as a signed BigInt
const asInt = (w) => BigInt.asIntN(48, word(w));
const asFloat = (w) => new Float64Array(new BigUint64Array([word(w)]).buffer)[0];

const instantiate = async (bytes) =>
    (await WebAssembly.instantiate(bytes, { env: { emscripten_notify_memory_growth() {} } })).instance.exports;

test('every module instantiates with plain WebAssembly.instantiate and exports its functions', async () => {
    const expected = {
        reference_emcc: ['add', 'square', 'area', 'even', 'pick', 'divide', 'greet', 'shout', 'repeat', 'length',
            'pi', 'answer', 'version', 'edge_alloc', 'edge_error', 'memory'],
        wat: ['add_one', 'half', 'answer', 'golden'],
        math: ['sqrt', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'exp', 'log', 'log2', 'log10', 'pow',
            'floor', 'ceil', 'fabs', 'hypot', 'degrees', 'radians', 'trunc', 'isfinite', 'isnan', 'isinf', 'factorial',
            'gcd', 'pi', 'e', 'tau', 'inf', 'nan'],
        random: ['seed', 'random', 'getrandbits', 'randrange', 'randint', 'uniform', '_randbelow', '_seed_hex', '_seed_str'],
    };
    expected.reference_clang = expected.reference_emcc;
    for (const [key, names] of Object.entries(expected)) {
        const ex = await instantiate(built(MODULES[key]));
        for (const name of names) assert.ok(name in ex, `${key} exports ${name}`);
    }
});

test('the reference module in raw words, built by emcc and by clang alike', async () => {
    for (const key of ['reference_emcc', 'reference_clang']) {
        const ex = await instantiate(built(MODULES[key]));
        ex._initialize?.();
        assert.equal(word(ex.add(int(2), int(3))), int(5), key);
        assert.equal(asInt(ex.add(int(-7), int(2))), -5n);
        assert.equal(word(ex.square(int(12))), int(144));
        assert.equal(asFloat(ex.area(flt(2.0))), Math.PI * 4);
        assert.equal(asFloat(ex.area(int(1))), Math.PI); // a float parameter takes an int
        assert.equal(word(ex.even(int(10))), TRUE);
        assert.equal(word(ex.even(int(-3))), FALSE);
        assert.equal(word(ex.pick(TRUE, int(1), NONE)), int(1));
        assert.equal(word(ex.pick(FALSE, int(1), NONE)), NONE);
        assert.equal(word(ex.pick(int(0), flt(1.5), flt(2.5))), flt(2.5)); // truthiness
        assert.equal(asFloat(ex.pi()), 3.141592653589793);
        assert.equal(word(ex.answer()), int(42));
        // ABI v2's error word: a wrong type, an overflow, a raise.
        assert.equal(word(ex.add(flt(1.5), int(1))), ERROR);
        assert.equal(word(ex.square(int(1 << 24))), ERROR);
        assert.equal(word(ex.divide(int(1), int(0))), ERROR);
    }
});

test('declarations: the reference module is ABI v2 with typed signatures', async () => {
    const bytes = built(MODULES.reference_clang);
    const iface = readInterface(await WebAssembly.compile(bytes), bytes);
    assert.equal(iface.abi, 2);
    assert.ok(iface.usesStr && iface.canRaise);
    const params = (f) => f.params.map((p) => `${p.name}: ${p.type}`).join(', ');
    const sig = Object.fromEntries(iface.functions.map((f) => [f.name, `(${params(f)}) -> ${f.result}${f.glue ? ' glue' : ''}`]));
    assert.deepEqual(sig, {
        add: '(a: int, b: int) -> int',
        square: '(x: int) -> int',
        area: '(r: float) -> float',
        even: '(n: int) -> bool',
        pick: '(flag: bool, lo: any, hi: any) -> any',
        divide: '(a: int, b: int) -> int',
        greet: '(name: str) -> str glue',
        shout: '(s: str) -> str glue',
        repeat: '(s: str, n: int) -> str glue',
        length: '(s: str) -> int glue',
    });
    assert.deepEqual(iface.constants.map((c) => `${c.name}: ${c.type} (${c.from})`),
        ['pi: float (getter)', 'answer: int (getter)', 'version: str (getter)']);
});

const raises = (fn, type, message) =>
    assert.throws(fn, (e) => e instanceof ModuleError && e.type === type && (message === undefined || e.message === message),
        `${type}: ${message}`);

test('strings, errors and traps through sdk/abi.mjs', async () => {
    for (const key of ['reference_emcc', 'reference_clang']) {
        const { functions: f, constants } = await loadModule(built(MODULES[key]), { name: key });
        assert.deepEqual(constants, { pi: 3.141592653589793, answer: 42n, version: '1.0' });
        assert.equal(f.greet('Ada'), 'Hello, Ada!');
        assert.equal(f.greet(''), 'Hello, !');
        assert.equal(f.shout('héllo wörld'), 'HéLLO WöRLD!');
        assert.equal(f.repeat('ab', 3n), 'ababab');
        assert.equal(f.repeat('ab', 0n), '');
        assert.equal(f.length('naïve ☃'), 7n);
        // A long argument grows the module's memory; the next call reclaims it.
        const big = 'x'.repeat(300000);
        assert.equal(f.greet(big).length, 300008);
        assert.equal(f.greet('again'), 'Hello, again!');
        assert.equal(f.divide(-7n, 2n), -4n);
        raises(() => f.divide(1n, 0n), 'ZeroDivisionError', 'integer division or modulo by zero');
        raises(() => f.square(1n << 24n), 'OverflowError', 'square() result does not fit in a 48-bit int');
        raises(() => f.add(1.5, 2n), 'TypeError', "'float' object cannot be interpreted as an integer");
        raises(() => f.area(null), 'TypeError', 'must be real number, not NoneType');
        raises(() => f.greet(5n), 'TypeError', 'greet() argument 1 must be str, not int');
        raises(() => f.add(1n), 'TypeError', 'add() takes exactly 2 arguments (1 given)');
    }
    const { functions: w } = await loadModule(built(MODULES.wat));
    raises(() => w.add_one(1.5), 'RuntimeError', "native function 'add_one' trapped: unreachable");
});

test('the WAT module is ABI v1: i64 functions and i64/f64 globals, no SDK', async () => {
    const { interface: iface, functions: f, constants } = await loadModule(built(MODULES.wat));
    assert.equal(iface.abi, 1);
    assert.deepEqual(iface.functions.map((x) => `${x.name}/${x.params.length}`), ['add_one/1', 'half/1']);
    assert.deepEqual(constants, { answer: 42n, golden: 1.618033988749895 });
    assert.equal(f.add_one(41n), 42n);
    assert.equal(f.add_one(-1n), 0n);
    assert.equal(f.half(3n), 1.5);
    assert.equal(f.half(5.0), 2.5);
});

test('declarations are read strictly', async () => {
    assert.deepEqual(parseDeclarations('log(x: float, base: any = None) -> float\n\0\0pi: float\n'), [
        {
            kind: 'function',
            name: 'log',
            params: [{ name: 'x', type: 'float', optional: false }, { name: 'base', type: 'any', optional: true }],
            result: 'float',
        },
        { kind: 'constant', name: 'pi', type: 'float' },
    ]);
    assert.throws(() => parseDeclarations('f(x: list) -> int'), /unknown parameter type 'list'/);
    assert.throws(() => parseDeclarations('f(x: any = None, y: int) -> int'), /follows a parameter with a default/);
    assert.throws(() => parseDeclarations('f(s: str = None) -> int'), /cannot default to None/);
    assert.throws(() => parseDeclarations('f(x: int) -> bytes'), /unknown result type/);
    assert.throws(() => parseDeclarations('f(x) -> int'), /cannot read parameter/);
    // A function import is a stub that traps when called; a memory import, or exports that
    // do not match their declarations, keep the module from loading.
    const wat = (text) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-sdk-'));
        fs.writeFileSync(path.join(dir, 'm.wat'), text);
        execFileSync('wat2wasm', [path.join(dir, 'm.wat'), '-o', path.join(dir, 'm.wasm')]);
        const bytes = fs.readFileSync(path.join(dir, 'm.wasm'));
        fs.rmSync(dir, { recursive: true });
        return bytes;
    };
    const { functions } = await loadModule(
        wat('(module (import "env" "fetch" (func)) (func (export "f") (param i64) (result i64) call 0 local.get 0))'));
    raises(() => functions.f(1n), 'RuntimeError', "native function 'f' trapped: native modules cannot call the host ('env.fetch')");
    await assert.rejects(loadModule(wat('(module (import "env" "memory" (memory 1)))')), /imports a memory \('env.memory'\)/);
    const mismatched = wat('(module (func (export "f") (param i32) (result i64) i64.const 0))');
    const section = new TextEncoder().encode('f(x: int) -> int\n');
    const custom = [0, 9 + section.length, 8, ...new TextEncoder().encode('edge_abi'), ...section];
    await assert.rejects(loadModule(new Uint8Array([...mismatched, ...custom])), /does not match its declaration/);
});

// ---- math and random against CPython ----

const python = (script, input = '') => execFileSync('python3', ['-c', script], { input, encoding: 'utf8' });

test('math.wasm: sqrt(2.0) and friends, the constants, CPython error messages', async () => {
    const { functions: m, constants } = await loadModule(built(MODULES.math));
    assert.deepEqual(constants, { pi: 3.141592653589793, e: 2.718281828459045, tau: 6.283185307179586, inf: Infinity, nan: NaN });
    // Precomputed with python3 -c "import math; print(math.sqrt(2.0), ...)".
    assert.equal(m.sqrt(2.0), 1.4142135623730951);
    assert.equal(m.exp(1.0), 2.718281828459045);
    assert.equal(m.log(10.0), 2.302585092994046);
    assert.equal(m.log(8.0, 2.0), 3.0);
    assert.equal(m.log(100n, 10n), 2.0);
    assert.equal(m.log2(10.0), 3.321928094887362);
    assert.equal(m.pow(2.0, 0.5), 1.4142135623730951);
    assert.equal(m.hypot(3.0, 4.0), 5.0);
    assert.equal(m.atan2(1.0, 1.0), 0.7853981633974483);
    assert.equal(m.degrees(Math.PI), 180.0);
    assert.equal(m.floor(-2.5), -3n);
    assert.equal(m.ceil(2.1), 3n);
    assert.equal(m.factorial(16n), 20922789888000n);
    assert.equal(m.gcd(12n, -18n), 6n);
    assert.equal(m.isqrt(99n), 9n);
    assert.equal(m.isnan(NaN), true);
    raises(() => m.sqrt(-1.0), 'ValueError', 'math domain error');
    raises(() => m.log(0.0), 'ValueError', 'math domain error');
    raises(() => m.log(2.0, 1.0), 'ZeroDivisionError', 'float division by zero');
    raises(() => m.exp(1000.0), 'OverflowError', 'math range error');
    raises(() => m.pow(0.0, -1.0), 'ValueError', 'math domain error');
    raises(() => m.floor(NaN), 'ValueError', 'cannot convert float NaN to integer');
    raises(() => m.ceil(Infinity), 'OverflowError', 'cannot convert float infinity to integer');
    raises(() => m.factorial(-1n), 'ValueError', 'factorial() not defined for negative values');
    raises(() => m.factorial(17n), 'OverflowError', 'factorial() result does not fit in a 48-bit int');
    raises(() => m.ldexp(1.0, 2.0), 'TypeError', 'Expected an int as second argument to ldexp.');
    assert.equal(m.log(Math.E, null), 1.0); // an optional parameter given None is omitted
});

// A sweep against the python3 at hand: these functions match glibc's results bit for bit
// (and in every error); the others may differ by an ulp or two (musl's libm, see
// modules/README.md), and so are held to 2 ulps.
const EXACT = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log1p', 'asinh', 'acosh', 'atanh', 'fabs', 'degrees',
    'radians', 'ulp', 'pow', 'fmod', 'remainder', 'hypot', 'copysign', 'nextafter'];
const NEAR = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'erf', 'erfc', 'cbrt', 'log10', 'atan2'];
const TWO_ARGS = ['pow', 'fmod', 'remainder', 'hypot', 'copysign', 'nextafter', 'atan2'];

test('math.wasm against CPython over a sweep of arguments', async () => {
    const { functions: m } = await loadModule(built(MODULES.math));
    const script = `
import math, random, struct, json, sys
random.seed(2024)
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, -1e300, 710.0, -745.5,
            float('inf'), float('-inf'), float('nan'), math.pi, 1e16, 100.0, -3.7]
xs = specials + [random.uniform(-10, 10) for _ in range(100)] + [10 ** random.uniform(-300, 300) for _ in range(60)]
pairs = ([(a, b) for a in specials[:17] for b in specials[:17]]
         + [(random.uniform(-5, 5), random.uniform(-5, 5)) for _ in range(150)]
         + [(10 ** random.uniform(-200, 200), 10 ** random.uniform(-200, 200)) for _ in range(150)])
bits = lambda v: str(struct.unpack('<Q', struct.pack('<d', v))[0])
out = []
for name in json.loads(sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read()):
    for args in (pairs if name in ${JSON.stringify(TWO_ARGS)} else [(x,) for x in xs]):
        try:
            r = ['f', bits(getattr(math, name)(*args))]
        except Exception as e:
            r = ['e', type(e).__name__ + ': ' + str(e)]
        out.append([name, [bits(a) for a in args], r])
print(json.dumps(out))`;
    const cases = JSON.parse(python(script, JSON.stringify([...EXACT, ...NEAR])));
    const toFloat = (b) => new Float64Array(new BigUint64Array([BigInt(b)]).buffer)[0];
    const toBits = (d) => new BigUint64Array(new Float64Array([d]).buffer)[0];
    const failures = [];
    let near = 0;
    for (const [name, args, [kind, expected]] of cases) {
        let got;
        try {
            got = ['f', toBits(m[name](...args.map(toFloat)))];
        } catch (e) {
            got = ['e', `${e.type}: ${e.message}`];
        }
        if (kind === 'e' || got[0] === 'e') {
            if (kind !== got[0] || expected !== got[1]) failures.push(`${name}${args.map(toFloat)}: ${expected} != ${got[1]}`);
            continue;
        }
        const want = BigInt(expected);
        if (want === got[1] || (Number.isNaN(toFloat(want)) && Number.isNaN(toFloat(got[1])))) continue;
        const ulps = want > got[1] ? want - got[1] : got[1] - want;
        if (EXACT.includes(name) || ulps > 2n) failures.push(`${name}(${args.map(toFloat)}): ${toFloat(want)} != ${toFloat(got[1])}`);
        else near++;
    }
    assert.deepEqual(failures, []);
    assert.ok(cases.length > 5000, `${cases.length} cases, ${near} within 2 ulps`);
});

test("random.wasm: CPython's Mersenne Twister, seeded as CPython seeds it", async () => {
    const { functions: r } = await loadModule(built(MODULES.random));
    // python3 -c "import random; random.seed(42); print([random.random() for _ in range(3)], random.randint(1,100))"
    r.seed(42n);
    assert.deepEqual([r.random(), r.random(), r.random()], [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]);
    assert.equal(r.randint(1n, 100n), 29n);
    r.seed(1n); // python3 -c "import random; random.seed(1); print(random.randint(1,6))"
    assert.equal(r.randint(1n, 6n), 2n);
    r._seed_str('hello'); // random.seed('hello') hashes the str with SHA-512
    assert.equal(r.random(), 0.3537754404730722);
    r._seed_hex((2n ** 100n).toString(16)); // random.seed(2**100)
    assert.equal(r.random(), 0.7586581712996778);
    raises(() => r.randrange(5n, 5n), 'ValueError', 'empty range for randrange() (5, 5, 0)');
    raises(() => r.randint(3n, 1n), 'ValueError', 'empty range for randrange() (3, 2, -1)');
    raises(() => r.getrandbits(-1n), 'ValueError', 'number of bits must be non-negative');

    // Longer runs against the python3 at hand.
    const script = `
import random, json
out = []
for s in [0, 1, 42, -42, 2**32, 2**47 - 1, 12345678901]:
    random.seed(s)
    out.append([random.random() for _ in range(5)] + [random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 47)]
               + [random.randrange(-10, 1000) for _ in range(20)] + [random._inst._randbelow(n) for n in (1, 2, 3, 7, 1000, 2**40 + 3)]
               + [random.uniform(-1, 3)])
for s in ['', 'hello', 'naïve ☃' * 30, 2**100, 3**200, 0]:
    random.seed(s)
    out.append([random.random() for _ in range(3)])
print(json.dumps(out))`;
    const expected = JSON.parse(python(script));
    const got = [];
    for (const s of [0n, 1n, 42n, -42n, 2n ** 32n, 2n ** 47n - 1n, 12345678901n]) {
        r.seed(s);
        got.push([
            ...Array.from({ length: 5 }, () => r.random()),
            ...[0n, 1n, 5n, 31n, 32n, 33n, 47n].map((k) => Number(r.getrandbits(k))),
            ...Array.from({ length: 20 }, () => Number(r.randrange(-10n, 1000n))),
            ...[1n, 2n, 3n, 7n, 1000n, 2n ** 40n + 3n].map((n) => Number(r._randbelow(n))),
            r.uniform(-1n, 3n),
        ]);
    }
    for (const s of ['', 'hello', 'naïve ☃'.repeat(30), 2n ** 100n, 3n ** 200n, 0n]) {
        if (typeof s === 'string') r._seed_str(s);
        else r._seed_hex(s.toString(16));
        got.push([r.random(), r.random(), r.random()]);
    }
    assert.deepEqual(got, expected);
});

// ---- the Python halves: one script, run by CPython on its own modules (the reference),
// by CPython on ours (natives played by CPython's), and by Edge on ours (natives played
// by a pure-Python Mersenne Twister and arithmetic; only the part without libm). ----

const CHECK = `
def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

inf = float("inf")
nan = float("nan")
for x in [2.5, -2.5, 3.0, -0.0, 1e20, -1e20, 2 ** 60, True, 7, inf, nan, 2 ** 80 + 0.5, "x"]:
    show("floor", math.floor, x)
    show("ceil", math.ceil, x)
    show("trunc", math.trunc, x)
for n in [0, 1, 5, 16, 17, 20, 30, 100, -1, 2.0, True]:
    show("factorial", math.factorial, n)
show("gcd", math.gcd)
show("gcd", math.gcd, 12, 18)
show("gcd", math.gcd, -4)
show("gcd", math.gcd, 2 ** 80, 3 * 2 ** 70, 2 ** 75 * 9)
show("gcd", math.gcd, 1.5, 2)
show("lcm", math.lcm)
show("lcm", math.lcm, 4, 6)
show("lcm", math.lcm, 0, 5)
show("lcm", math.lcm, -2 ** 70, 3, 5)
for n in [0, 1, 15, 16, 17, 10 ** 40, 2 ** 101 - 1, -1, 2.5]:
    show("isqrt", math.isqrt, n)
show("comb", math.comb, 10, 3)
show("comb", math.comb, 100, 50)
show("comb", math.comb, 3, 5)
show("comb", math.comb, -1, 2)
show("comb", math.comb, 5, -2)
show("perm", math.perm, 5)
show("perm", math.perm, 10, 3)
show("perm", math.perm, 3, 5)
show("perm", math.perm, 30, 0)
show("prod", math.prod, [1, 2, 3, 4])
show("prod", math.prod, [])
show("prod", math.prod, [2.5, 4])
show("prod", math.prod, range(1, 30), start=2)
show("fsum", math.fsum, [0.1] * 10)
show("fsum", math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
show("fsum", math.fsum, [1e-16, 1, 1e16])
show("fsum", math.fsum, [inf, 1])
show("fsum", math.fsum, [inf, -inf])
show("fsum", math.fsum, [1e308, 1e308])
show("fsum", math.fsum, [])
show("fsum", math.fsum, [1, 2, 3])
show("fsum", math.fsum, ["a"])
show("isclose", math.isclose, 1.0, 1.0 + 1e-10)
show("isclose", math.isclose, 1, 1.1)
show("isclose", math.isclose, 1e-10, 0, abs_tol=1e-9)
show("isclose", math.isclose, inf, inf)
show("isclose", math.isclose, 1, 2, rel_tol=-1)
for x in [3.5, -3.5, -0.0, inf, -2.0, 1e300, 0.1]:
    show("modf", math.modf, x)
for x in [8.0, 0.0, -3.75, 1e-310, 1, 1e308]:
    show("frexp", math.frexp, x)
show("hypot", math.hypot, 3, 4, 12)
show("hypot", math.hypot)
show("hypot", math.hypot, 1e200, 1e200, 1e200)
show("hypot", math.hypot, 2.5)
show("hypot", math.hypot, 1, inf, nan)
show("dist", math.dist, (0, 0, 0), (3, 4, 12))
show("dist", math.dist, [1, 2], [4, 5, 6])

random.seed(42)
print([random.random() for _ in range(3)], random.randint(1, 100))
random.seed(1)
print(random.randint(1, 6))
random.seed(12345)
show("randrange", random.randrange, 10)
show("randrange", random.randrange, 5, 50)
show("randrange", random.randrange, 0, 100, 7)
show("randrange", random.randrange, 100, 0, -3)
show("randrange", random.randrange, 10 ** 20)
show("randrange", random.randrange, -5, 5)
show("randrange", random.randrange, 5, 5)
show("randrange", random.randrange, 0)
show("randrange", random.randrange, 1, 10, 0)
show("randrange", random.randrange, 10, step=2)
show("randrange", random.randrange, 2.0)
show("randrange", random.randrange, 2.5)
show("randint", random.randint, 1, 10 ** 30)
show("randint", random.randint, -(2 ** 60), 2 ** 60)
random.seed(2 ** 100 + 7)
for k in [0, 1, 32, 47, 48, 100, -1]:
    show("getrandbits", random.getrandbits, k)
random.seed(-99)
items = list(range(20))
random.shuffle(items)
print(items)
random.seed(7)
show("choice", random.choice, "abcdef")
show("choice", random.choice, [1, 2, 3])
show("choice", random.choice, [])
show("sample", random.sample, range(100), 10)
show("sample", random.sample, "abcdefgh", 3)
show("sample", random.sample, range(10 ** 6), 5)
show("sample", random.sample, [1, 2], 3)
show("sample", random.sample, ["a", "b"], 3, counts=[2, 2])
show("sample", random.sample, {1, 2}, 1)
show("choices", random.choices, ["a", "b", "c"], k=5)
show("choices", random.choices, ["a", "b", "c"], [1, 0, 5], k=6)
show("choices", random.choices, range(10), cum_weights=range(1, 11), k=3)
show("choices", random.choices, "ab", [0, 0])
show("uniform", random.uniform, 1, 10)
show("triangular", random.triangular)
show("triangular", random.triangular, 0, 10, 3)
show("triangular", random.triangular, 2, 2, 2)
for s in [3.5, -2.5, True, 0, -(2 ** 70), "hello"]:
    if FULL or not isinstance(s, str):
        random.seed(s)
        print("seed", repr(s), random.random())
random.seed("abc", version=1)
print("seed v1", random.random())
show("seed", random.seed, [1])
if FULL:
    random.seed(99)
    show("gauss", random.gauss)
    show("gauss", random.gauss, 5, 2)
    show("gauss", random.gauss)
    show("normalvariate", random.normalvariate, 1, 3)
    show("lognormvariate", random.lognormvariate, 0, 1)
    show("expovariate", random.expovariate, 2)
    show("vonmisesvariate", random.vonmisesvariate, 1, 2)
    show("gammavariate", random.gammavariate, 0.5, 1)
    show("gammavariate", random.gammavariate, 2, 3)
    show("gammavariate", random.gammavariate, 1, 2)
    show("gammavariate", random.gammavariate, 0, 2)
    show("betavariate", random.betavariate, 2, 3)
    show("paretovariate", random.paretovariate, 3)
    show("weibullvariate", random.weibullvariate, 1, 2)
    show("math", math.sqrt(2), math.log(8, 2), math.hypot(3, 4), math.pi, math.sin(1))
`;

// Natives played by CPython, for running our .py files under python3.
const CPYTHON_SHIMS = {
    '_shim_math.py': `
from math import pi, e, tau, inf, nan, sqrt, cbrt, exp, exp2, expm1, log, log2, log10, log1p, pow
from math import sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh
from math import fabs, fmod, copysign, remainder, nextafter, ulp, ldexp, degrees, radians
from math import erf, erfc, isfinite, isnan, isinf, hypot
import math
def _frexp_mantissa(x): return math.frexp(x)[0]
def _frexp_exponent(x): return math.frexp(x)[1]
`,
    '_shim_random.py': `
import random as _r
_g = _r.Random()
seed = _g.seed
def _seed_hex(h): _g.seed(int(h, 16))
def _seed_str(s): _g.seed(s)
random = _g.random
uniform = _g.uniform
getrandbits = _g.getrandbits
_randbelow = _g._randbelow
`,
};

// Natives played by plain Python that Edge runs: exact arithmetic where math.py and
// random.py need it, a rough logarithm where sample() sizes its set, and MT19937.
const EDGE_SHIMS = {
    '_shim_math.py': `
pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")
def isinf(x): return x == inf or x == -inf
def isnan(x): return x != x
def isfinite(x): return not isinf(x) and not isnan(x)
def fabs(x): return abs(float(x))
def copysign(x, y):
    neg = y < 0 or (y == 0 and str(float(y))[0] == "-")
    return -abs(float(x)) if neg else abs(float(x))
def sqrt(x): return float(x) ** 0.5
def exp(x): return e ** x
def log(x, base=None):
    h = 1e-9
    r = (float(x) ** h - 1) / h
    return r if base is None else r / log(base)
def ldexp(x, n): return float(x) * 2.0 ** n
def _frexp_exponent(x):
    x = abs(float(x))
    if x == 0 or isinf(x) or isnan(x):
        return 0
    k = 0
    while x >= 1.0:
        x /= 2.0
        k += 1
    while x < 0.5:
        x *= 2.0
        k -= 1
    return k
def _frexp_mantissa(x):
    if x == 0 or isinf(x) or isnan(x):
        return float(x)
    k = _frexp_exponent(x)
    return float(x) / 2.0 ** (k // 2) / 2.0 ** (k - k // 2)
def _unavailable(*args): raise NotImplementedError("not in the Edge shim")
cbrt = exp2 = expm1 = log2 = log10 = log1p = pow = sin = cos = tan = asin = acos = atan = _unavailable
atan2 = sinh = cosh = tanh = asinh = acosh = atanh = fmod = remainder = nextafter = _unavailable
ulp = degrees = radians = erf = erfc = hypot = _unavailable
`,
    '_shim_random.py': `
_mt = [0] * 624
_index = 625
def _init_genrand(s):
    global _index
    _mt[0] = s
    for i in range(1, 624):
        _mt[i] = (1812433253 * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
    _index = 624
def _init_by_array(key):
    _init_genrand(19650218)
    i = 1
    j = 0
    for k in range(max(624, len(key))):
        _mt[i] = ((_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
        i += 1
        j += 1
        if i >= 624:
            _mt[0] = _mt[623]
            i = 1
        if j >= len(key):
            j = 0
    for k in range(623):
        _mt[i] = ((_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
        i += 1
        if i >= 624:
            _mt[0] = _mt[623]
            i = 1
    _mt[0] = 0x80000000
def _genrand():
    global _index
    if _index >= 624:
        for k in range(624):
            y = (_mt[k] & 0x80000000) | (_mt[(k + 1) % 624] & 0x7FFFFFFF)
            _mt[k] = _mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        _index = 0
    y = _mt[_index]
    _index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C5680
    y ^= (y << 15) & 0xEFC60000
    y ^= y >> 18
    return y
def seed(n):
    n = abs(n)
    key = []
    while n:
        key.append(n & 0xFFFFFFFF)
        n >>= 32
    _init_by_array(key or [0])
def _seed_hex(h): seed(int(h, 16))
def _seed_str(s): raise NotImplementedError("no SHA-512 in the Edge shim")
def random():
    a = _genrand() >> 5
    b = _genrand() >> 6
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
def uniform(a, b): return a + (b - a) * random()
def getrandbits(k):
    if k <= 32:
        return _genrand() >> (32 - k) if k else 0
    low = _genrand()
    return ((_genrand() >> (64 - k)) << 32) | low
def _randbelow(n):
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r
`,
};

// Writes a folder with the check script and, unless `stdlib`, our .py modules with their
// native imports pointed at the shims: `from "./math.wasm"` becomes `importFrom("math")`.
function checkFolder({ preamble, shims, importFrom, names }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-modules-'));
    fs.writeFileSync(path.join(dir, 'check.py'), `${preamble}\n${CHECK}`);
    if (shims) {
        for (const [file, text] of Object.entries(shims)) fs.writeFileSync(path.join(dir, file), text);
        for (const [mod, as] of Object.entries(names)) {
            const text = fs.readFileSync(path.join(root, 'build/modules', `${mod}.py`), 'utf8')
                .replace(/from "\.\/(math|random)\.wasm" import/g, (_, m) => `from ${importFrom(m)} import`);
            fs.writeFileSync(path.join(dir, `${as}.py`), text);
        }
    }
    return dir;
}

const runIn = (dir, cmd, args) => {
    try {
        return execFileSync(cmd, [...args, 'check.py'], { cwd: dir, encoding: 'utf8' });
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
};

test('math.py and random.py under python3 print what CPython math and random print', () => {
    built('build/modules/math.py');
    const reference = runIn(checkFolder({ preamble: 'import math, random\nFULL = True' }), 'python3', []);
    const ours = runIn(
        checkFolder({
            preamble: 'import edge_math as math, edge_random as random\nFULL = True',
            shims: CPYTHON_SHIMS,
            importFrom: (m) => `_shim_${m}`,
            names: { math: 'edge_math', random: 'edge_random' },
        }),
        'python3',
        [],
    );
    assert.equal(ours, reference);
});

test('math.py and random.py run on Edge (native build) and print what CPython prints', () => {
    const edge = path.join(root, 'build/native/edge');
    assert.ok(fs.existsSync(edge), 'build/native/edge is missing: run make native');
    const reference = runIn(checkFolder({ preamble: 'import math, random\nFULL = False' }), 'python3', []);
    const ours = runIn(
        checkFolder({
            preamble: 'import math, random\nFULL = False',
            shims: EDGE_SHIMS,
            importFrom: (m) => `"./_shim_${m}.py"`,
            names: { math: 'math', random: 'random' },
        }),
        edge,
        [],
    );
    assert.equal(ours, reference);
});

// ---- the reference module under Edge Python itself ----

test('a program imports the reference module (emcc and clang builds): words, strings, errors', () => {
    const program = [
        'from "./reference.wasm" import add, square, area, even, pick, divide, greet, shout, repeat, length, pi, answer, version',
        'print(add(2, 3), square(7), area(1.0), even(4), pick(False, 1, None), divide(-7, 2))',
        'print(greet("Ada"), shout("héllo"), repeat("ab", 3), length("naïve ☃"), pi, answer, version)',
        'print(len(greet("x" * 300000)), greet("again"))',
        'for f, args in [(divide, (1, 0)), (greet, (5,)), (square, (2**24,))]:',
        '    try:',
        '        f(*args)',
        '    except Exception as e:',
        '        print(type(e).__name__, e)',
    ].join('\n');
    const expected = '5 49 3.141592653589793 True None -4\n' +
        'Hello, Ada! HéLLO! ababab 7 3.141592653589793 42 1.0\n' +
        '300008 Hello, again!\n' +
        'ZeroDivisionError integer division or modulo by zero\n' +
        'TypeError greet() argument 1 must be str, not int\n' +
        'OverflowError square() result does not fit in a 48-bit int\n';
    for (const key of ['reference_emcc', 'reference_clang']) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-sdk-run-'));
        try {
            fs.writeFileSync(path.join(dir, 'reference.wasm'), built(MODULES[key]));
            fs.writeFileSync(path.join(dir, 'main.py'), program);
            const out = execFileSync(process.execPath, [path.join(root, 'web', 'cli.js'), path.join(dir, 'main.py')], { encoding: 'utf8' });
            assert.equal(out, expected, key);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
});
