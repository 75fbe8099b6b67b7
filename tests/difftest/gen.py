#!/usr/bin/env python3
"""A seeded generator of small random Python programs, for differential testing.

Usage: python3 tests/difftest/gen.py SEED [--size N] [--features a,-b]

Each program is valid, terminates quickly and prints the same thing every time it runs
under CPython 3.11: it prints intermediate values often, so that a difference between
CPython and Edge Python shows in stdout. run.py (next to this file) runs the programs on
both and compares them.

How a program stays valid and deterministic:
- Every variable has a static type (the TYPES below) and keeps it: a reassignment builds
  a value of the same type. A name first bound inside a loop, a branch or a try is
  forgotten after that block (the block may not have run).
- An expression that may raise (division, indexing, int('...'), a missing key...) marks
  itself risky; a statement holding one is wrapped in try/except that prints
  `type(e).__name__, e`, so error messages are compared too.
- Loops are bounded (range(small) or a counter), and inside a loop values grow at most
  geometrically: no `x * x`, no `s + s` of two variables there.
- No id(), no default object reprs (`<C object at 0x...>`), no iteration over sets of
  strings (CPython's str hash is randomised: tests/diff/set_iteration_order.md), no
  floats in containers compared with == or `in` (tests/diff/float_nan_identity.md), no
  computed set displays of big constants (also set_iteration_order.md).

FEATURES switches on or off each family of statements; UNSUPPORTED lists what Edge
Python documents as not supported (README, "Not supported"; tests/diff/), off until it
is: a later session turns one on with `--features bytes` once Edge has it.
"""

import argparse
import random
import struct

# Families of generated code: name -> on. `--features name,-other` changes them.
FEATURES = {
    'arith': True,          # int/float/bool expressions, big ints, augmented assignment
    'strings': True,        # str methods, slicing, joins, splits
    'formatting': True,     # f-strings with specs, % formatting, str.format
    'lists': True,          # list methods, slicing, slice assignment, del
    'dicts': True,          # dict methods, views, comprehension, |
    'sets': True,           # int sets and their operators/methods
    'tuples': True,
    'comprehensions': True,
    'control': True,        # if/elif/else, for/while with else, break/continue
    'functions': True,      # defaults, *args/**kwargs, keyword-only, lambdas
    'closures': True,       # nonlocal, late binding, decorators
    'generators': True,     # yield, yield from, send, generator expressions
    'classes': True,        # dunders, properties, inheritance, super()
    'exceptions': True,     # raise/except/else/finally, custom exceptions, chaining
    'error_zoo': True,      # builtin operations that raise, messages printed
    'match': True,          # match statements of every pattern kind
    'unpacking': True,      # starred assignment, nested targets, * and ** in calls
    'sorting': True,        # sorted/min/max with key, stability
    'recursion': True,
    'bigint': True,
    'with': True,           # context managers
    'math': True,           # import math
    'walrus': True,
    'globals': True,        # global / nonlocal statements
    'uncaught': True,       # sometimes end the program with an uncaught exception
    'floats': True,         # random doubles: repr round trips, float arithmetic and formats
    'builtins': True,       # builtin functions and str/list/dict methods with random operands
    'scoping': True,        # mutable defaults, class-body scope, closures over loop variables
    'containers': True,     # mixed keys, dict views, self-referencing containers, slice assignment
    'ops': True,            # every operator and conversion over a pool of edge-case values
    'slices': True,         # slices with odd bounds and steps, slice assignment and del
}

# What Edge Python does not support (README "Not supported", tests/diff/): never generated
# while off. Each entry says what switching it on adds.
UNSUPPORTED = {
    'bytes': False,          # bytes literals, str.encode, bytes methods
    'complex': False,        # complex literals and complex(); (-8) ** 0.5
    'async': False,          # async def / await
    'metaclass': False,      # class C(metaclass=M)
    'except_star': False,    # except* and ExceptionGroup
    'named_escapes': False,  # "\N{...}" escapes
    'subclass_immutable': False,  # class C(int) / (str) / (float) / (tuple)
    'set_of_str_order': False,    # printing sets of strings unsorted (random in CPython)
    'folded_set_display': False,  # {2**40, 1} set displays CPython folds at compile time
    'nan_in_containers': False,   # float('nan') in lists compared with == / in
}

# Known differences recorded in tests/difftest/FINDINGS.md, off until they are fixed; with
# them on, most programs stop agreeing for a reason already known.
KNOWN = {
    'astral_chars': False,   # chr() past U+FFFF and surrogates: repr/isprintable/isdigit differ
    'class_keywords': False,  # class C(Base, tag="x") for __init_subclass__: NotImplementedError
    'bigint_ranges': False,   # ranges past int64 (range(2**70), huge slice steps): OverflowError
}

INT_TYPES = ('int',)
TYPES = ('int', 'float', 'str', 'bool', 'ilist', 'slist', 'tuple', 'dict', 'set')

WORDS = ['a', 'b', 'abc', 'Hello', 'hello world', '', ' x ', 'a,b,c', 'Mississippi', '42',
         '-7', '3.5', 'ÄÖü', 'ß', 'tab\there', 'line\nbreak', "quote'd", '  spaced  ', 'UPPER',
         'CamelCase', 'snake_case', 'x y z', 'aaa', 'été', '日本', 'The Quick Brown', 'zz',
         '0', '  ', 'a-b-c', 'pi=3.14', 'ab' * 3, 'Ω≈ç', '١٢٣', 'x\x00y', 'title case words',
         '\u00a0nbsp', 'dž', 'ﬁ', 'İ', 'straße']
KEYS = ['a', 'b', 'c', 'k', 'key', 'x', 'y', 'zz', 'name', 'n1']
SMALL_INTS = list(range(-5, 21))
SPECIAL_INTS = [0, 1, -1, 2, 7, 10, 100, 255, 256, 1000, 65535, 2**31 - 1, 2**31, 2**32,
                2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**48, 2**53 + 1, 2**63 - 1, 2**63,
                -2**63, 2**64, 10**18, 10**20 + 3, -10**25, 123456789012345678901234567890]
FLOATS = ['0.0', '-0.0', '0.1', '0.2', '1.5', '2.5', '-3.75', '1e-07', '1e16', '1e22',
          '123.456', '3.0', '100.0', '0.5', '1e300', '2.675', '-1.25', '7.0', '1/3', '2/3',
          "float('inf')", "-float('inf')", '5e-324', '1.7976931348623157e308', '0.3',
          '12345678.9', '9.995', '0.125']
INT_SPECS = ['', 'd', '5d', '<6', '>6', '^7', '*^9', '+d', ' d', ',', '_', 'x', 'X', '#x',
             'o', '#o', 'b', '#b', '08b', '010', '+08d', '=+8', 'e', '.2f', '%', ',d',
             '_x', '#010x', '-^9', '.3e', 'g']
FLOAT_SPECS = ['', '.2f', '10.3f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', '+.2f',
               ',.2f', '_.3f', '012.4f', '<10', '^12.2f', 'F', '#.0f', '.0f', '.10g', '.1f',
               '=+10.2f', ' .3f', '.15g', '.17g', '.0e', 'f', '#g', '.0%']
FLOATISH = ('e', '.2f', '%', '.3e', 'g')
STR_SPECS = ['', '>10', '<10', '^10', '*<8', '.3', '10.2', '-^11', '^3', '.0', '>1']
PCT_INT = ['%d', '%5d', '%-5d', '%05d', '%+d', '%x', '%X', '%#x', '%o', '%#o', '%i', '% d',
           '%s', '%r', '%-8s', '%3s', '%.3d', '%e', '%.2f', '%g']
PCT_FLOAT = ['%f', '%.3f', '%10.2f', '%-10.1f', '%e', '%.2e', '%E', '%g', '%.3g', '%G', '%s',
             '%r', '%d', '%+.1f', '%08.3f', '%#g', '%.0f', '%5.1f%%']
PCT_STR = ['%s', '%r', '%10s', '%-10s', '%.2s', '%a', '%5.1s']

BUILTIN_EXC = ['ValueError', 'TypeError', 'KeyError', 'IndexError', 'RuntimeError',
               'ZeroDivisionError', 'ArithmeticError', 'LookupError', 'NotImplementedError',
               'AssertionError', 'AttributeError', 'OverflowError', 'Exception',
               'StopIteration', 'NameError', 'UnboundLocalError', 'RecursionError']


class Gen:
    def __init__(self, seed, size=40, features=None):
        self.r = random.Random(seed)
        self.seed = seed
        self.size = size
        self.features = dict(FEATURES)
        self.features.update(features or {})
        self.lines = []
        self.ind = 0
        self.counter = 0
        # A stack of scopes; each maps a type to names bound at that level. A block pushes
        # a scope whose new names die with it; a function pushes a scope that hides the
        # loop restrictions of its caller.
        self.scopes = [{t: [] for t in TYPES}]
        self.loop_depth = 0
        self.func_depth = 0
        self.fbase = 0
        self.risky = False
        self.reserved = set()
        self.classes = []       # (name, info) of generated classes usable later
        self.funcs = []         # (name, nparams) of int -> int functions usable later
        self.has_math = False

    # ---- plumbing ----
    def emit(self, line):
        self.lines.append('    ' * self.ind + line)

    def emit_block(self, text, prefix):
        """Emits lines of text (indented relative to its first line) under prefix."""
        for line in text.split('\n'):
            self.emit(prefix + line)

    def fresh(self, prefix='v'):
        self.counter += 1
        return f'{prefix}{self.counter}'

    def on(self, name):
        return self.features.get(name, False)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    def vars_of(self, t):
        out = []
        for s in self.scopes:
            out.extend(s[t])
        return out

    def bind(self, name, t):
        self.scopes[-1][t].append(name)

    def push(self):
        self.scopes.append({t: [] for t in TYPES})

    def pop(self):
        self.scopes.pop()

    def assignable(self, t):
        """Names a statement may rebind: those of the current function (a function that
        assigned a global would make it local, and reading it first would raise)."""
        out = []
        for s in self.scopes[self.fbase:]:
            out.extend(s[t])
        return out

    def S(self, t, d=1):
        """An expression of type t that cannot raise (for heads of if/for/while, and
        statements emitted without a guard)."""
        saved = self.risky
        for _ in range(6):
            self.risky = False
            e = self.expr(t, d)
            if not self.risky:
                break
        else:
            e = getattr(self, 'lit_' + t)()
        self.risky = saved
        return e

    def var(self, t):
        vs = self.vars_of(t)
        return self.pick(vs) if vs else None

    def block(self):
        """Context for an indented block whose new names do not outlive it."""
        gen = self

        class _B:
            def __enter__(self):
                gen.ind += 1
                gen.push()

            def __exit__(self, *a):
                gen.pop()
                gen.ind -= 1
        return _B()

    def catch_line(self):
        return self.pick([
            'except Exception as e:\n    print(type(e).__name__, e)',
            'except Exception as e:\n    print(type(e).__name__, e)',
            'except Exception as e:\n    print(repr(e))',
            'except Exception as e:\n    print(type(e).__name__, e.args)',
        ])

    def guarded(self, build):
        """Runs build() (which emits statements); if anything it generated was risky, the
        statements go inside try/except printing the error. Expressions built before the
        call (and used by build) count too: self.risky is reset per statement."""
        start = len(self.lines)
        self.ind += 1
        build()
        self.ind -= 1
        body = self.lines[start:]
        del self.lines[start:]
        if self.risky:
            self.emit('try:')
            self.lines.extend(body)
            for l in self.catch_line().split('\n'):
                self.emit(l)
        else:
            self.lines.extend(l[4:] for l in body)
        self.risky = False

    def pr(self, *exprs):
        """print(...) of expressions, guarded."""
        self.guarded(lambda: self.emit(f'print({", ".join(exprs)})'))

    def pr_expr(self, t=None, depth=2):
        t = t or self.pick(TYPES)
        self.guarded(lambda: self.emit(f'print({self.P(self.expr(t, depth))})'))

    # ---- literals ----
    def int_lit(self):
        c = self.r.random()
        if c < 0.7:
            v = self.pick(SMALL_INTS)
        elif c < 0.9 or not self.on('bigint'):
            v = self.r.randint(-1000, 100000)
        else:
            v = self.pick(SPECIAL_INTS)
        return f'({v})' if v < 0 else str(v)

    def small_int(self, lo=0, hi=6):
        return str(self.r.randint(lo, hi))

    def float_lit(self):
        f = self.pick(FLOATS)
        return f'({f})' if (f.startswith('-') or '/' in f) else f

    def str_lit(self):
        return repr(self.pick(WORDS))

    # ---- expressions by type ----
    def expr(self, t, depth=2):
        return getattr(self, 'e_' + t)(depth)

    def leaf(self, t):
        v = self.var(t)
        if v and self.chance(0.7):
            return v
        return getattr(self, 'lit_' + t)()

    def lit_int(self):
        return self.int_lit()

    def lit_float(self):
        return self.float_lit()

    def lit_str(self):
        return self.str_lit()

    def lit_bool(self):
        return self.pick(['True', 'False'])

    def lit_ilist(self):
        n = self.r.randint(0, 6)
        return '[' + ', '.join(self.int_lit() for _ in range(n)) + ']'

    def lit_slist(self):
        n = self.r.randint(0, 5)
        return '[' + ', '.join(self.str_lit() for _ in range(n)) + ']'

    def lit_tuple(self):
        n = self.r.randint(0, 5)
        items = [self.int_lit() for _ in range(n)]
        if n == 1:
            return f'({items[0]},)'
        return '(' + ', '.join(items) + ')'

    def lit_dict(self):
        n = self.r.randint(0, 4)
        keys = self.r.sample(KEYS, n)
        return '{' + ', '.join(f'{k!r}: {self.int_lit()}' for k in keys) + '}'

    def lit_set(self):
        n = self.r.randint(0, 6)
        if n == 0:
            return 'set()'
        # Plain small literals only: CPython folds a display of constant expressions
        # (-3, 2**40) into a frozenset, which may order it otherwise (tests/diff).
        items = [str(self.r.choice([self.r.randint(0, 40), self.r.randint(0, 9) * 8]))
                 for _ in range(n)]
        return '{' + ', '.join(items) + '}'

    def e_int(self, d):
        if d <= 0 or self.chance(0.3):
            return self.leaf('int')
        c = self.r.randint(0, 27)
        a = lambda: self.e_int(d - 1)
        if c <= 4:
            op = self.pick(['+', '-', '*', '+', '-'])
            if op == '*' and self.loop_depth:
                return f'{self.P(a())} * {self.small_int(-3, 5)}'
            return f'{self.P(a())} {op} {self.P(a())}'
        if c == 5:
            self.risky = True
            return f'{self.P(a())} {self.pick(["//", "%"])} {self.P(a())}'
        if c == 6:
            return f'{self.P(a())} {self.pick(["//", "%"])} {self.pick(["3", "7", "(-4)", "10", "2"])}'
        if c == 7:
            return f'len({self.P(self.expr(self.pick(["str", "ilist", "slist", "tuple", "dict", "set"]), d - 1))})'
        if c == 8:
            return f'{self.pick(["abs", "int", "-", "+", "~"])}({self.P(a())})'
        if c == 9:
            if self.loop_depth:
                return f'{self.P(a())} ** {self.small_int(0, 2)}'
            return f'{self.P(a())} ** {self.small_int(0, 9)}'
        if c == 10:
            return f'{self.pick(["min", "max"])}({self.P(a())}, {self.P(a())})'
        if c == 11:
            return f'sum({self.P(self.e_ilist(d - 1))})'
        if c == 12:
            self.risky = True
            return f'int({self.P(self.e_float(d - 1))})'
        if c == 13:
            if self.chance(0.3):
                self.risky = True
                return f'round({self.P(self.e_float(d - 1))})'
            return f'round({self.P(a())}, {self.small_int(-3, 1)})'
            return f'round({self.P(self.e_float(d - 1))})' if self.chance(0.3) else f'round({self.P(a())}, {self.small_int(-3, 1)})'
        if c == 14:
            op = self.pick(['&', '|', '^', '>>', '<<'])
            if op in ('<<', '>>'):
                return f'{self.P(a())} {op} {self.small_int(0, 20 if not self.loop_depth else 3)}'
            return f'{self.P(a())} {op} {self.P(a())}'
        if c == 15:
            return f'({self.P(a())} if {self.P(self.e_bool(d - 1))} else {self.P(a())})'
        if c == 16:
            self.risky = True
            return f'int({self.P(self.e_str(d - 1))})'
        if c == 17:
            return f'{self.P(self.e_str(d - 1))}.{self.pick(["count", "find", "rfind"])}({self.P(self.e_str(0))})'
        if c == 18:
            self.risky = True
            return f'{self.P(self.e_ilist(d - 1))}[{self.P(a())}]'
        if c == 19:
            self.risky = True
            return f'{self.P(self.e_dict(d - 1))}[{self.str_lit() if self.chance(0.3) else repr(self.pick(KEYS))}]'
        if c == 20:
            return f'{self.P(self.e_dict(d - 1))}.get({self.pick(KEYS)!r}, {self.P(a())})'
        if c == 21:
            return f'{self.P(self.e_bool(d - 1))} + {self.P(a())}'
        if c == 22:
            self.risky = True
            return f'divmod({self.P(a())}, {self.P(a())})[{self.r.randint(0, 1)}]'
        if c == 23:
            return f'({a()}).bit_length()'
        if c == 24:
            self.risky = True
            return f'pow({self.P(a())}, {self.small_int(-1, 5)}, {self.P(a())})'
        if c == 25:
            self.risky = True
            return f'ord({self.P(self.e_str(d - 1))})'
        if c == 26:
            return f'{self.P(self.e_ilist(d - 1))}.count({self.P(a())})'
        self.risky = True
        return f'int({self.P(self.e_str(d - 1))}, {self.pick(["2", "8", "16", "36", "0"])})'

    def e_float(self, d):
        if d <= 0 or self.chance(0.3):
            v = self.var('float')
            return v if v and self.chance(0.6) else self.float_lit()
        c = self.r.randint(0, 11)
        a = lambda: self.e_float(d - 1)
        if c <= 3:
            op = self.pick(['+', '-', '*'])
            if op == '*' and self.loop_depth:
                return f'{self.P(a())} * {self.float_lit()}'
            return f'{self.P(a())} {op} {self.P(a())}'
        if c == 4:
            self.risky = True
            return f'{self.P(a())} / {self.pick([a(), self.e_int(d - 1)])}'
        if c == 5:
            self.risky = True
            return f'{self.P(self.e_int(d - 1))} / {self.P(self.e_int(d - 1))}'
        if c == 6:
            self.risky = True
            return f'float({self.P(self.e_int(d - 1))})' if self.chance(0.8) else f'float({self.pick(["1e500", "-inf", "nan", "  2.5 ", "1_000.5", "infinity", "1e-400", "-0"])!r})'
        if c == 7:
            return f'abs({self.P(a())})'
        if c == 8:
            return f'round({self.P(a())}, {self.small_int(0, 4)})'
        if c == 9:
            self.risky = True
            return f'{self.P(a())} {self.pick(["//", "%"])} {self.P(a())}'
        if c == 10:
            self.risky = True
            e = self.pick(["2", "0.5", "3", "-1", "0", "1.5"])
            if '.' in e:
                # A negative base to a fractional power is a complex number in CPython.
                return f'abs({a()}) ** {e}'
            return f'{self.P(a())} ** {e}'
        return f'({self.P(a())} if {self.P(self.e_bool(d - 1))} else {self.P(a())})'

    def e_bool(self, d):
        if d <= 0 or self.chance(0.2):
            v = self.var('bool')
            return v if v and self.chance(0.5) else self.lit_bool()
        c = self.r.randint(0, 11)
        if c <= 2:
            t = self.pick(['int', 'int', 'float', 'str'])
            op = self.pick(['<', '<=', '>', '>=', '==', '!='])
            return f'{self.P(self.expr(t, d - 1))} {op} {self.P(self.expr(t, d - 1))}'
        if c == 3:
            return f'{self.P(self.e_int(d - 1))} in {self.pick([self.e_ilist, self.e_set, self.e_tuple])(d - 1)}'
        if c == 4:
            return f'{self.P(self.e_str(d - 1))} in {self.pick([self.e_str, self.e_slist, self.e_dict])(d - 1)}'
        if c == 5:
            return f'not {self.P(self.e_bool(d - 1))}'
        if c == 6:
            return f'({self.P(self.e_bool(d - 1))} {self.pick(["and", "or"])} {self.P(self.e_bool(d - 1))})'
        if c == 7:
            m = self.pick(['isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower',
                           'istitle', 'isidentifier', 'isdecimal', 'isnumeric', 'isprintable',
                           'isascii'])
            return f'{self.P(self.e_str(d - 1))}.{m}()'
        if c == 8:
            return f'{self.P(self.e_str(d - 1))}.{self.pick(["startswith", "endswith"])}({self.P(self.e_str(0))})'
        if c == 9:
            return f'{self.pick(["all", "any"])}({self.P(self.e_ilist(d - 1))})'
        if c == 10:
            a, b = self.e_int(d - 1), self.e_int(d - 1)
            return f'{a} < {b} <= {self.P(self.e_int(d - 1))}'
        return f'bool({self.P(self.expr(self.pick(TYPES), d - 1))})'

    def e_str(self, d):
        if d <= 0 or self.chance(0.3):
            return self.leaf('str')
        c = self.r.randint(0, 24)
        a = lambda: self.e_str(d - 1)
        if c <= 1:
            if self.loop_depth:
                return f'{self.P(a())} + {self.str_lit()}'
            return f'{self.P(a())} + {self.P(a())}'
        if c == 2:
            return f'{self.P(a())} * {self.small_int(-1, 3)}'
        if c == 3:
            m = self.pick(['upper', 'lower', 'title', 'capitalize', 'swapcase', 'strip',
                           'lstrip', 'rstrip', 'casefold', 'expandtabs'])
            return f'{self.P(a())}.{m}()'
        if c == 4:
            return f'{self.P(a())}.{self.pick(["strip", "lstrip", "rstrip"])}({self.pick(["a", " x", "ab", "-", "aeiou"])!r})'
        if c == 5:
            n = self.r.choice(['', ', 1', ', 0', ', -1', ', 2'])
            return f'{self.P(a())}.replace({self.P(self.e_str(0))}, {self.P(self.e_str(0))}{n})'
        if c == 6:
            m = self.pick(['center', 'ljust', 'rjust'])
            fill = self.pick(['', ", '*'", ", '-'", ", ' '"])
            return f'{self.P(a())}.{m}({self.small_int(0, 15)}{fill})'
        if c == 7:
            return f'{self.P(a())}.zfill({self.small_int(0, 10)})'
        if c == 8:
            return f'{self.P(self.e_str(0))}.join({self.P(self.e_slist(d - 1))})'
        if c == 9:
            return f'{self.P(a())}{self.slice_text()}'
        if c == 10:
            self.risky = True
            return f'{self.P(a())}[{self.P(self.e_int(d - 1))}]'
        if c == 11:
            return f'str({self.P(self.expr(self.pick(TYPES), d - 1))})'
        if c == 12:
            return f'repr({self.P(self.expr(self.pick(TYPES), d - 1))})'
        if c == 13:
            return self.fstring(d - 1)
        if c == 14:
            return self.pct_format(d - 1)
        if c == 15:
            return self.str_format(d - 1)
        if c == 16:
            self.risky = True
            if self.on('astral_chars'):
                return f'chr({self.P(self.e_int(d - 1))})'
            # Below the surrogates: CPython cannot print a lone surrogate, and Edge's
            # character classes stop at the BMP (FINDINGS.md).
            return f'chr({self.P(self.e_int(d - 1))} % 55296)'
        if c == 17:
            return f'{self.pick(["hex", "oct", "bin"])}({self.P(self.e_int(d - 1))})'
        if c == 18:
            return f'({self.P(a())} if {self.P(self.e_bool(d - 1))} else {self.P(a())})'
        if c == 19:
            return f"''.join(sorted({self.P(a())}))"
        if c == 20:
            return f"''.join(reversed({self.P(a())}))"
        if c == 21:
            return f'ascii({self.P(a())})'
        if c == 22:
            return f'{self.P(a())}.partition({self.pick(["a", " ", ",", "b"])!r})[{self.r.randint(0, 2)}]'
        if c == 23:
            return f'format({self.P(self.e_int(d - 1))}, {self.int_spec()!r})'
        lst = self.P(self.e_slist(d - 1))
        return f'({lst}[0] if {lst} else {self.P(a())})'

    def slice_text(self):
        parts = []
        for _ in range(self.pick([2, 2, 3])):
            parts.append(self.pick(['', '', self.small_int(-6, 8), self.small_int(-3, 3)]))
        if len(parts) == 3 and parts[2] in ('0',):
            parts[2] = '-1'
        return '[' + ':'.join(parts) + ']'

    def e_ilist(self, d):
        if d <= 0 or self.chance(0.3):
            return self.leaf('ilist')
        c = self.r.randint(0, 15)
        a = lambda: self.e_ilist(d - 1)
        if c == 0:
            return f'list(range({self.small_int(-3, 5)}, {self.small_int(0, 12)}{self.pick(["", ", 2", ", 3", ", -1"])}))'
        if c == 1:
            return f'[{self.P(self.e_int(d - 1))} for {self.fresh("i")} in range({self.small_int(0, 6)})]'
        if c == 2:
            x = self.fresh('x')
            return f'[{x} * {self.small_int(-2, 3)} for {x} in {self.P(a())} if {x} % {self.pick(["2", "3"])}]'
        if c == 3:
            if self.loop_depth:
                return f'{self.P(a())} + {self.lit_ilist()}'
            return f'{self.P(a())} + {self.P(a())}'
        if c == 4:
            return f'{self.P(a())} * {self.small_int(0, 3)}'
        if c == 5:
            return f'{self.P(a())}{self.slice_text()}'
        if c == 6:
            key = self.pick(['', ', reverse=True', ', key=abs', ', key=lambda v: (v % 3, -v)', ', key=lambda v: -v'])
            return f'sorted({self.P(a())}{key})'
        if c == 7:
            return f'list(reversed({self.P(a())}))'
        if c == 8:
            x = self.fresh('x')
            return f'list(map(lambda {x}: {x} {self.pick(["+", "-", "*", "%", "//"])} {self.pick(["1", "2", "3", "7"])}, {self.P(a())}))'
        if c == 9:
            x = self.fresh('x')
            return f'list(filter(lambda {x}: {x} > {self.small_int(-2, 5)}, {self.P(a())}))'
        if c == 10:
            return f'[len(s) for s in {self.P(self.e_slist(d - 1))}]'
        if c == 11:
            return f'list({self.P(self.e_tuple(d - 1))})'
        if c == 12:
            return f'sorted({self.P(self.e_set(d - 1))})'
        if c == 13:
            return f'list({self.P(self.e_dict(d - 1))}.values())'
        if c == 14:
            return f'[ord(ch) for ch in {self.P(self.e_str(d - 1))}]'
        return f'[*{self.P(a())}, {self.P(self.e_int(d - 1))}]'

    def e_slist(self, d):
        if d <= 0 or self.chance(0.3):
            return self.leaf('slist')
        c = self.r.randint(0, 9)
        if c == 0:
            sep = self.pick(['', ' ', ',', 'a', '-', None])
            if sep is None:
                return f'{self.P(self.e_str(d - 1))}.split()'
            if sep == '':
                return f'list({self.P(self.e_str(d - 1))})'
            return f'{self.P(self.e_str(d - 1))}.{self.pick(["split", "rsplit"])}({sep!r}{self.pick(["", ", 1", ", 2"])})'
        if c == 1:
            return f'{self.P(self.e_str(d - 1))}.splitlines()'
        if c == 2:
            return f'sorted({self.P(self.e_slist(d - 1))}{self.pick(["", ", key=len", ", key=str.lower", ", reverse=True", ", key=lambda s: (-len(s), s)"])})'
        if c == 3:
            return f'list({self.P(self.e_dict(d - 1))})'
        if c == 4:
            return f'[str(n) for n in {self.P(self.e_ilist(d - 1))}]'
        if c == 5:
            return f'{self.P(self.e_slist(d - 1))}{self.slice_text()}'
        if c == 6:
            if self.loop_depth:
                return f'{self.P(self.e_slist(d - 1))} + {self.lit_slist()}'
            return f'{self.P(self.e_slist(d - 1))} + {self.P(self.e_slist(d - 1))}'
        if c == 7:
            return f'[s.{self.pick(["upper", "strip", "title"])}() for s in {self.P(self.e_slist(d - 1))} if s]'
        if c == 8:
            return f'sorted(set({self.P(self.e_str(d - 1))}))'
        return f'list({self.P(self.e_str(d - 1))}.partition({self.pick(["a", " ", ","])!r}))'

    def e_tuple(self, d):
        if d <= 0 or self.chance(0.4):
            return self.leaf('tuple')
        c = self.r.randint(0, 5)
        if c == 0:
            return f'tuple({self.P(self.e_ilist(d - 1))})'
        if c == 1:
            return f'{self.P(self.e_tuple(d - 1))}{self.slice_text()}'
        if c == 2:
            if self.loop_depth:
                return f'{self.P(self.e_tuple(d - 1))} + {self.lit_tuple()}'
            return f'{self.P(self.e_tuple(d - 1))} + {self.P(self.e_tuple(d - 1))}'
        if c == 3:
            return f'({self.P(self.e_int(d - 1))}, {self.P(self.e_int(d - 1))})'
        if c == 4:
            return f'tuple(sorted({self.P(self.e_tuple(d - 1))}))'
        return f'divmod({self.P(self.e_int(d - 1))}, {self.pick(["3", "7", "(-2)", "10"])})'

    def e_dict(self, d):
        if d <= 0 or self.chance(0.4):
            return self.leaf('dict')
        c = self.r.randint(0, 6)
        if c == 0:
            k = self.fresh('k')
            return f'{{{k}: len({k}) for {k} in {self.P(self.e_slist(d - 1))}}}'
        if c == 1:
            return f'dict(zip({self.P(self.e_slist(d - 1))}, {self.P(self.e_ilist(d - 1))}))'
        if c == 2:
            return f'{self.P(self.e_dict(d - 1))} | {self.P(self.e_dict(d - 1))}'
        if c == 3:
            return f'{{**{self.P(self.e_dict(d - 1))}, {self.pick(KEYS)!r}: {self.P(self.e_int(d - 1))}}}'
        if c == 4:
            return f'dict.fromkeys({self.P(self.e_slist(d - 1))}, {self.P(self.e_int(d - 1))})'
        if c == 5:
            k = self.fresh('k')
            return f'{{{k}: {k}.count("a") for {k} in {self.P(self.e_str(d - 1))}.split()}}'
        return f'dict(sorted({self.P(self.e_dict(d - 1))}.items()))'

    def e_set(self, d):
        if d <= 0 or self.chance(0.4):
            return self.leaf('set')
        c = self.r.randint(0, 6)
        if c <= 1:
            return f'{self.P(self.e_set(d - 1))} {self.pick(["|", "&", "-", "^"])} {self.P(self.e_set(d - 1))}'
        if c == 2:
            return f'set({self.P(self.e_ilist(d - 1))})'
        if c == 3:
            x = self.fresh('x')
            return f'{{{x} % {self.pick(["5", "7", "16", "9"])} for {x} in {self.P(self.e_ilist(d - 1))}}}'
        if c == 4:
            return f'set(range({self.small_int(0, 20)}))'
        if c == 5:
            return f'{self.P(self.e_set(d - 1))}.{self.pick(["union", "intersection", "difference", "symmetric_difference"])}({self.P(self.e_ilist(d - 1))})'
        return f'set({self.P(self.e_dict(d - 1))}.values())'

    # ---- formatting ----
    def fstring(self, d):
        parts = []
        for _ in range(self.r.randint(1, 3)):
            t = self.pick(['int', 'float', 'str', 'int', 'ilist', 'bool'])
            # In 3.11 an f-string's expressions may hold neither a backslash nor the outer
            # quote (nor so another f"..." or "...".format): try a few, else a name.
            for _ in range(5):
                saved = self.risky
                e = self.expr(t, max(d, 0))
                if '\\' not in e and '"' not in e:
                    break
                self.risky = saved
            else:
                e = self.var(t) or {'int': '7', 'float': '2.5', 'str': "'s'", 'ilist': '[1]', 'bool': 'True'}[t]
            spec = {'int': INT_SPECS, 'float': FLOAT_SPECS, 'str': STR_SPECS}.get(t, [''])
            spec = self.int_spec() if t == 'int' else self.pick(spec)
            conv = ''
            if self.chance(0.15):
                conv = self.pick(['!r', '!s', '!a'])
                spec = self.pick(STR_SPECS)
            lit = self.pick(['', ' ', '|', 'v=', '[', ': ', '{{', '}}'])
            tail = ':' + spec if spec else ''
            if self.chance(0.1) and e.isidentifier():
                parts.append(f'{lit}{{{e}={tail}}}')
            else:
                parts.append(f'{lit}{{{self.paren_if_needed(e)}{conv}{tail}}}')
        return 'f"' + ''.join(parts) + '"'

    def int_spec(self):
        """A format spec for an int; the float ones raise OverflowError past 1e308."""
        spec = self.pick(INT_SPECS)
        if spec in FLOATISH:
            self.risky = True
        return spec

    def P(self, e):
        """An operand in parentheses unless it is one token (a name or a number)."""
        if e.replace('_', '').replace('.', '').isalnum() and not e[0].isdigit() or e.isdigit():
            return e
        if e.startswith('(') and e.endswith(')') and e.count('(') == 1:
            return e
        return f'({e})'

    def paren_if_needed(self, e):
        if ':' in e or '!' in e or 'lambda' in e or '=' in e or '{' in e:
            return f'({e})'
        return e

    def pct_format(self, d):
        specs, args = [], []
        for _ in range(self.r.randint(1, 3)):
            t = self.pick(['int', 'float', 'str'])
            if t == 'int':
                specs.append(self.pick(PCT_INT))
            elif t == 'float':
                specs.append(self.pick(PCT_FLOAT))
            else:
                specs.append(self.pick(PCT_STR))
            args.append(self.expr(t, max(d - 1, 0)))
        if self.chance(0.1):
            self.risky = True
            args.append(self.e_int(0))   # too many arguments
        fmt = self.pick(['', '<', '|', ' ']).join(specs)
        if len(args) == 1 and self.chance(0.5):
            return f'{fmt!r} % {self.P(args[0])}' if t != 'str' else f'{fmt!r} % ({args[0]},)'
        return f'{fmt!r} % ({", ".join(args)},)'

    def str_format(self, d):
        t1, t2 = self.pick(['int', 'float', 'str']), self.pick(['int', 'str'])
        s1 = {'int': INT_SPECS, 'float': FLOAT_SPECS, 'str': STR_SPECS}[t1]
        s2 = {'int': INT_SPECS, 'str': STR_SPECS}[t2]
        a1, a2 = self.expr(t1, max(d - 1, 0)), self.expr(t2, max(d - 1, 0))
        form = self.r.randint(0, 3)
        sp1, sp2 = self.pick(s1), self.pick(s2)
        if (t1 == 'int' and sp1 in FLOATISH) or (t2 == 'int' and sp2 in FLOATISH):
            self.risky = True
        c1 = ':' + sp1 if sp1 else ''
        c2 = ':' + sp2 if sp2 else ''
        if form == 0:
            return f'"{{{c1}}} and {{{c2}}}".format({a1}, {a2})'
        if form == 1:
            return f'"{{1{c2}}}-{{0{c1}}}-{{1!r}}".format({a1}, {a2})'
        if form == 2:
            return f'"{{x{c1}}}/{{y{c2}}}".format(x={a1}, y={a2})'
        return f'format({a1}, {sp1!r})'

    # ---- statements ----
    def new_var(self, t, expr=None):
        name = self.fresh({'int': 'n', 'float': 'f', 'str': 's', 'bool': 'b', 'ilist': 'li',
                           'slist': 'ls', 'tuple': 't', 'dict': 'd', 'set': 'st'}[t])
        if expr is None:
            self.risky = False
            expr = self.expr(t, self.r.randint(1, 3))
        e = expr
        if self.risky:
            # Bind a safe value first so the name exists even when the expression raises.
            self.emit(f'{name} = {getattr(self, "lit_" + t)()}')
            self.emit('try:')
            self.emit(f'    {name} = {e}')
            for l in self.catch_line().split('\n'):
                self.emit(l)
        else:
            self.emit(f'{name} = {e}')
        self.risky = False
        self.bind(name, t)
        if self.chance(0.6):
            self.emit(f'print({name!r}, {self.show(name, t)})' if self.chance(0.3) else f'print({self.show(name, t)})')
        return name

    def show(self, name, t):
        return name

    def s_assign(self):
        t = self.pick(TYPES)
        vs = self.assignable(t)
        if vs and self.chance(0.5):
            v = self.pick(vs)
            self.guarded(lambda: (self.emit(f'{v} = {self.P(self.expr(t, 2))}'), self.emit(f'print({v})')))
        else:
            self.new_var(t)

    def s_augassign(self):
        t = self.pick(['int', 'int', 'float', 'str', 'ilist', 'set', 'dict', 'slist', 'tuple'])
        vs = self.assignable(t)
        v = self.pick(vs) if vs else None
        if not v:
            self.new_var(t)
            return

        def build():
            if t == 'int':
                op = self.pick(['+=', '-=', '*=', '//=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**='])
                if op in ('<<=', '>>='):
                    rhs = self.small_int(0, 4)
                elif op == '**=':
                    rhs = self.small_int(0, 2 if self.loop_depth else 4)
                elif op == '*=' and self.loop_depth:
                    rhs = self.small_int(-3, 3)
                else:
                    rhs = self.e_int(1)
                if op in ('//=', '%='):
                    self.risky = True
                self.emit(f'{v} {op} {rhs}')
            elif t == 'float':
                op = self.pick(['+=', '-=', '*=', '/='])
                if op == '/=':
                    self.risky = True
                self.emit(f'{v} {op} {self.P(self.e_float(1) if not (op == "*=" and self.loop_depth) else self.float_lit())}')
            elif t == 'str':
                op = self.pick(['+=', '*='])
                self.emit(f'{v} {op} {self.str_lit() if op == "+=" else self.small_int(0, 2)}')
            elif t == 'ilist':
                op = self.pick(['+=', '*=', '+='])
                self.emit(f'{v} {op} {self.lit_ilist() if op == "+=" else self.small_int(0, 2)}')
            elif t == 'slist':
                self.emit(f'{v} += {self.lit_slist()}')
            elif t == 'tuple':
                self.emit(f'{v} += {self.lit_tuple()}')
            elif t == 'set':
                self.emit(f'{v} {self.pick(["|=", "&=", "-=", "^="])} {self.P(self.e_set(1))}')
            else:
                self.emit(f'{v} |= {self.P(self.e_dict(1))}')
            self.emit(f'print({v})')
        self.guarded(build)

    def s_print(self):
        c = self.r.randint(0, 5)
        if c == 0:
            exprs = [self.expr(self.pick(TYPES), 1) for _ in range(self.r.randint(1, 3))]
            self.pr(*exprs, f'sep={self.pick(["", "-", ", ", chr(10)])!r}')
        elif c == 1:
            self.pr(self.expr(self.pick(TYPES), 2), f'end={self.pick(["", "|", "!" + chr(10)])!r}')
            self.emit('print()')
        elif c == 2:
            t = self.pick(TYPES)
            self.pr(f'type({self.P(self.expr(t, 1))}).__name__')
        else:
            self.pr_expr()

    def s_list_methods(self):
        v = self.var('ilist') or self.new_var('ilist', self.lit_ilist())

        def build():
            c = self.r.randint(0, 17)
            if c == 0:
                self.emit(f'{v}.append({self.P(self.e_int(1))})')
            elif c == 1:
                self.emit(f'{v}.extend({self.P(self.e_ilist(1) if not self.loop_depth else self.lit_ilist())})')
            elif c == 2:
                self.risky = True
                self.emit(f'{v}.insert({self.P(self.e_int(1))}, {self.P(self.e_int(1))})')
            elif c == 3:
                self.risky = True
                self.emit(f'print({v}.pop({self.pick(["", "0", "-1", "2", self.e_int(0)])}))')
            elif c == 4:
                self.risky = True
                self.emit(f'{v}.remove({self.P(self.e_int(0))})')
            elif c == 5:
                self.emit(f'{v}.sort({self.pick(["", "reverse=True", "key=abs", "key=lambda q: q % 4"])})')
            elif c == 6:
                self.emit(f'{v}.reverse()')
            elif c == 7:
                self.risky = True
                self.emit(f'print({v}.index({self.P(self.e_int(0))}))')
            elif c == 8:
                self.emit(f'{v}[{self.slice_text()[1:-1].split(":")[0] or "0"}:{self.small_int(0, 5)}] = {self.lit_ilist()}')
            elif c == 9:
                self.risky = True
                self.emit(f'{v}[{self.P(self.e_int(0))}] = {self.P(self.e_int(1))}')
            elif c == 10:
                self.risky = True
                self.emit(f'del {v}[{self.P(self.e_int(0))}]')
            elif c == 11:
                self.emit(f'del {v}{self.slice_text()}')
            elif c == 12:
                self.risky = True
                self.emit(f'{v}[::{self.pick(["2", "-1", "3", "-2"])}] = {self.lit_ilist()}')
            elif c == 13:
                self.emit(f'print({v}.copy() == {v}, {v}.copy() is {v}, {v} == {self.P(self.e_ilist(1))}, {v} < {self.P(self.e_ilist(1))})')
            elif c == 14:
                self.emit(f'print({self.pick(["min", "max", "sum", "sorted", "len", "any", "all"])}({v}{self.pick(["", ", default=-1"]) if False else ""}))' if True else '')
                self.risky = True
            elif c == 15:
                w = self.fresh('w')
                self.emit(f'{w} = {v}')
                self.emit(f'{w} += [{self.P(self.e_int(0))}]')
                self.emit(f'print({w} is {v}, len({v}))')
            elif c == 16:
                self.emit(f'{v}.clear()' if self.chance(0.3) else f'{v}[:] = {v}[::-1]')
            else:
                self.emit(f'print({v}[{self.small_int(-3, 3)}:], {v}[::-1], {v}[{self.small_int(-8, 8)}:{self.small_int(-8, 8)}:{self.pick(["1", "2", "-1", "-2", "3"])}])')
            self.emit(f'print({v})')
        self.guarded(build)

    def s_dict_methods(self):
        v = self.var('dict') or self.new_var('dict', self.lit_dict())
        k = repr(self.pick(KEYS))

        def build():
            c = self.r.randint(0, 14)
            if c == 0:
                self.emit(f'{v}[{k}] = {self.P(self.e_int(1))}')
            elif c == 1:
                self.risky = True
                self.emit(f'print({v}[{k}])')
            elif c == 2:
                self.emit(f'print({v}.get({k}), {v}.get({k}, {self.P(self.e_int(0))}))')
            elif c == 3:
                self.emit(f'print({v}.setdefault({k}, {self.P(self.e_int(0))}))')
            elif c == 4:
                self.risky = self.chance(0.5) or self.risky
                self.emit(f'print({v}.pop({k}{", " + self.e_int(0) if not self.risky else ""}))')
                self.risky = True
            elif c == 5:
                self.risky = True
                self.emit(f'print({v}.popitem())')
            elif c == 6:
                self.emit(f'{v}.update({self.P(self.e_dict(1))})')
            elif c == 7:
                self.emit(f'{v}.update({k[1:-1]}={self.P(self.e_int(0))})' if k[1:-1].isidentifier() else f'{v}.update([({k}, 1)])')
            elif c == 8:
                self.emit(f'print(list({v}.items()), list({v}.keys()), list({v}.values()))')
            elif c == 9:
                self.risky = True
                self.emit(f'del {v}[{k}]')
            elif c == 10:
                self.emit(f'print({k} in {v}, {k} not in {v}, len({v}))')
            elif c == 11:
                self.emit(f'print(sorted({v}.items(), key=lambda kv: (kv[1], kv[0])))')
            elif c == 12:
                kk = self.fresh('kk')
                self.emit(f'for {kk} in list({v}):')
                self.emit(f'    if len({kk}) == 1:')
                self.emit(f'        {v}[{kk}] = {v}[{kk}] * 2 + 1')
            elif c == 13:
                self.emit(f'print({v} == {self.P(self.e_dict(1))}, {v}.keys() & {self.lit_slist()}.__iter__().__class__.__name__ != "", dict({v}) is {v})')
            else:
                self.emit(f'print({v}.keys() - {set(self.r.sample(KEYS, 2))!r} == set({v}) - {set(self.r.sample(KEYS, 2))!r})')
            self.emit(f'print({v})')
        self.guarded(build)

    def s_set_methods(self):
        v = self.var('set') or self.new_var('set', self.lit_set())

        def build():
            c = self.r.randint(0, 10)
            x = str(self.r.randint(0, 40))
            if c == 0:
                self.emit(f'{v}.add({x})')
            elif c == 1:
                self.emit(f'{v}.discard({x})')
            elif c == 2:
                self.risky = True
                self.emit(f'{v}.remove({x})')
            elif c == 3:
                self.risky = True
                self.emit(f'print({v}.pop())')
            elif c == 4:
                self.emit(f'print({v}.issubset({self.P(self.e_set(1))}), {v}.issuperset({self.P(self.e_set(1))}), {v}.isdisjoint({self.P(self.e_set(1))}))')
            elif c == 5:
                self.emit(f'print({v} <= {self.P(self.e_set(1))}, {v} < {self.P(self.e_set(1))}, {v} == {self.P(self.e_set(1))})')
            elif c == 6:
                self.emit(f'{v}.update({self.P(self.e_ilist(1))})')
            elif c == 7:
                self.emit(f'print(frozenset({v}), frozenset({v}) == {v}, {x} in {v})')
            elif c == 8:
                self.emit(f'{v}.{self.pick(["intersection_update", "difference_update", "symmetric_difference_update"])}({self.P(self.e_set(1))})')
            elif c == 9:
                self.emit(f'print(sorted({v}, reverse=True), len({v}), min({v}, default=None))')
            else:
                self.emit(f'print({{x * {self.pick(["2", "3", "-1"])} for x in {v}}}, {v}.copy())')
            self.emit(f'print({v})')
        self.guarded(build)

    def s_if(self):
        if self.ind > 4:
            return self.s_print()
        self.emit(f'if {self.P(self.S("bool", 2))}:')
        with self.block():
            self.body(2)
        for _ in range(self.r.randint(0, 2)):
            self.emit(f'elif {self.P(self.S("bool", 2))}:')
            with self.block():
                self.body(2)
        if self.chance(0.5):
            self.emit('else:')
            with self.block():
                self.body(2)

    def s_for(self):
        if self.ind > 4 or self.loop_depth >= 2:
            return self.s_print()
        it_t = self.pick(['range', 'ilist', 'slist', 'str', 'dict', 'enumerate', 'zip', 'tuple'])
        x = self.fresh('i')
        y = None
        if it_t == 'range':
            head = f'for {x} in range({self.small_int(-2, 2)}, {self.small_int(0, 6)}):'
            xt = 'int'
        elif it_t in ('ilist', 'tuple'):
            head = f'for {x} in {self.P(self.expr(it_t, 1))}[:6]:'
            xt = 'int'
        elif it_t == 'slist':
            head = f'for {x} in {self.P(self.e_slist(1))}[:6]:'
            xt = 'str'
        elif it_t == 'str':
            head = f'for {x} in {self.P(self.e_str(1))}[:6]:'
            xt = 'str'
        elif it_t == 'dict':
            head = f'for {x} in {self.P(self.e_dict(1))}:'
            xt = 'str'
        elif it_t == 'enumerate':
            y = self.fresh('i')
            head = f'for {x}, {y} in enumerate({self.P(self.e_slist(1))}[:5]{self.pick(["", ", 1", ", -2"])}):'
            xt = 'int'
        else:
            y = self.fresh('i')
            head = f'for {x}, {y} in zip({self.P(self.e_ilist(1))}, {self.P(self.e_str(1))}):'
            xt = 'int'
        if self.risky:
            # The iterable itself may raise: keep loops simple, over a range.
            self.risky = False
            head = f'for {x} in range({self.small_int(0, 5)}):'
            xt = 'int'
            y = None
        self.emit(head)
        self.loop_depth += 1
        with self.block():
            self.bind(x, xt)
            if y:
                self.bind(y, 'str')
            self.emit(f'print({x!r}, {x})' if self.chance(0.5) else 'pass')
            self.body(3)
            if self.chance(0.3):
                self.emit(f'if {self.P(self.S("bool", 1))}:')
                self.emit(f'    {self.pick(["break", "continue"])}')
        self.loop_depth -= 1
        if self.chance(0.3):
            self.emit('else:')
            with self.block():
                self.emit(f'print("for-else", {self.P(self.S("int", 0))})')

    def s_while(self):
        if self.ind > 4 or self.loop_depth >= 2:
            return self.s_print()
        c = self.fresh('w')
        self.reserved.add(c)
        n = self.r.randint(0, 6)
        self.emit(f'{c} = 0')
        self.emit(f'while {c} < {n}:')
        self.loop_depth += 1
        with self.block():
            self.emit(f'{c} += 1')
            self.body(3)
            if self.chance(0.4):
                self.emit(f'if {c} == {self.r.randint(1, 4)}:')
                self.emit(f'    {self.pick(["break", "continue"])}')
        self.loop_depth -= 1
        if self.chance(0.4):
            self.emit('else:')
            self.emit(f'    print("while-else", {c})')
        self.emit(f'print({c!r}, {c})')

    def body(self, n):
        for _ in range(self.r.randint(1, n)):
            self.stmt(simple=True)

    def s_comprehensions(self):
        c = self.r.randint(0, 9)
        if c == 0:
            self.pr(f'[(a, b) for a in range({self.small_int(1, 4)}) for b in range(a) if (a + b) % 2]')
        elif c == 1:
            self.pr(f'{{k: v for k, v in zip({self.P(self.e_slist(1))}, {self.P(self.e_ilist(1))}) if v}}')
        elif c == 2:
            self.pr(f'[[i * j for j in range({self.small_int(0, 4)})] for i in range({self.small_int(0, 4)})]')
        elif c == 3:
            self.pr(f'sum(x * x for x in {self.P(self.e_ilist(1))} if x > 0)')
        elif c == 4:
            self.pr(f'{{x % 4 for x in {self.P(self.e_ilist(1))}}}')
        elif c == 5:
            self.pr(f'[s[::-1] for s in {self.P(self.e_slist(1))} if len(s) > 1]')
        elif c == 6:
            self.pr(f'list(zip(*[[1, 2, 3], [4, 5, 6], {self.lit_ilist()}]))')
        elif c == 7:
            self.pr(f'[y for x in [{self.P(self.e_ilist(1))}, {self.P(self.e_ilist(1))}] for y in x][:{self.small_int(0, 8)}]')
        elif c == 8:
            self.pr(f'max((len(w), w) for w in {self.P(self.e_slist(1))} + ["z"])')
        else:
            self.pr(f'[(lambda q: q * 2)(z) for z in range(3)] + [n for n in [{self.P(self.e_int(1))}] if (m := n) or True]'
                    if self.on('walrus') else '[1]')

    def s_unpacking(self):
        c = self.r.randint(0, 7)
        a, b, cc = self.fresh('u'), self.fresh('u'), self.fresh('u')
        if c == 0:
            self.emit(f'{a}, *{b} = {self.P(self.S("ilist", 1))} + [0]')
            self.emit(f'print({a}, {b})')
        elif c == 1:
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'{a}, {b} = {self.P(self.e_ilist(1))}'), self.emit(f'print({a}, {b})')))
        elif c == 2:
            self.emit(f'({a}, {b}), {cc} = ({self.P(self.S("int", 1))}, {self.P(self.S("str", 1))}), {self.P(self.S("tuple", 1))}')
            self.emit(f'print({a}, {b}, {cc})')
        elif c == 3:
            self.emit(f'{a}, {b} = {self.P(self.S("int", 1))}, {self.P(self.S("int", 1))}')
            self.emit(f'{a}, {b} = {b}, {a}')
            self.emit(f'print({a}, {b})')
        elif c == 4:
            self.emit(f'*{a}, {b}, {cc} = range({self.small_int(2, 7)})')
            self.emit(f'print({a}, {b}, {cc})')
        elif c == 5:
            self.pr(f'*{self.P(self.e_ilist(1))}', f'*{self.P(self.e_str(1))}', f'sep={self.pick(["", "/", " "])!r}')
        elif c == 6:
            self.pr(f'[*{self.P(self.e_ilist(1))}, *{self.P(self.e_tuple(1))}]', f'{{**{self.P(self.e_dict(1))}, **{self.P(self.e_dict(1))}}}', f'(*{self.P(self.e_set(1))},)')
        else:
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'{a}, {b}, *{cc} = {self.P(self.e_str(1))}'), self.emit(f'print({a}, {b}, {cc})')))

    def s_sorting(self):
        c = self.r.randint(0, 6)
        if c == 0:
            self.pr(f'sorted({self.P(self.e_slist(1))}, key=lambda s: (len(s), s.lower()))')
        elif c == 1:
            pairs = [(self.pick(KEYS), self.r.randint(0, 3)) for _ in range(self.r.randint(2, 6))]
            self.pr(f'sorted({pairs!r}, key=lambda p: p[1])', f'sorted({pairs!r}, key=lambda p: p[1], reverse=True)')
        elif c == 2:
            self.pr(f'max({self.P(self.e_slist(1))}, key=len, default="none")', f'min({self.P(self.e_ilist(1))}, key=lambda v: (abs(v), v), default=0)')
        elif c == 3:
            self.risky = False
            self.pr(f'sorted({self.P(self.e_dict(1))}.items(), key=lambda kv: -kv[1])')
        elif c == 4:
            self.pr(f'sorted([{self.P(self.e_tuple(1))}, {self.P(self.e_tuple(1))}, {self.P(self.e_tuple(1))}])')
        elif c == 5:
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print(sorted([{self.P(self.e_int(0))}, {self.P(self.e_str(0))}]))')))
        else:
            self.pr(f'sorted({self.P(self.e_ilist(1))}, key=lambda v: v % 3)', f'list(reversed(sorted({self.P(self.e_str(1))})))')

    # ---- larger families (each a small feature-level snippet) ----
    def s_function(self):
        name = self.fresh('fn')
        nparams = self.r.randint(0, 3)
        params = [self.fresh('p') for _ in range(nparams)]
        defaults = self.r.randint(0, nparams)
        sig = []
        for i, p in enumerate(params):
            sig.append(f'{p}={self.int_lit()}' if i >= nparams - defaults else p)
        extra = self.pick(['', '*args', '**kw', '*args, **kw', '*, kwo=3'])
        if extra:
            sig.append(extra)
        self.emit(f'def {name}({", ".join(sig)}):')
        self.func_depth += 1
        saved_loop, saved_fbase = self.loop_depth, self.fbase
        self.loop_depth = 0
        with self.block():
            self.fbase = len(self.scopes) - 1
            for p in params:
                self.bind(p, 'int')
            if 'kwo' in extra:
                self.bind('kwo', 'int')
            for _ in range(self.r.randint(0, 3)):
                self.stmt(simple=True)
            if 'args' in extra:
                self.emit('print("args", args)')
            if 'kw' in extra and 'kwo' not in extra:
                self.emit('print("kw", sorted(kw.items()))')
            self.guarded(lambda: self.emit(f'return {self.P(self.e_int(2))}'))
            self.emit('return -1')
        self.loop_depth, self.fbase = saved_loop, saved_fbase
        self.func_depth -= 1
        if nparams - defaults == 0 and extra in ('', '*args'):
            pass
        self.funcs.append((name, nparams, defaults, extra))
        for _ in range(self.r.randint(1, 3)):
            self.call_func(name, nparams, defaults, extra)

    def call_func(self, name, nparams, defaults, extra):
        args = []
        n = self.r.randint(nparams - defaults, nparams + (2 if 'args' in extra else 0))
        if self.chance(0.1):
            n += self.pick([-1, 1])   # wrong arity: a TypeError with CPython's message
            self.risky = True
        for _ in range(max(n, 0)):
            args.append(self.e_int(1))
        if 'kw' in extra and 'kwo' not in extra and self.chance(0.5):
            args.append(f'{self.pick(KEYS)}={self.P(self.e_int(0))}')
        if 'kwo' in extra and self.chance(0.5):
            args.append(f'kwo={self.P(self.e_int(0))}')
        if self.chance(0.05):
            args.append(f'badkw={self.P(self.e_int(0))}')
            self.risky = True
        self.pr(f'{name}({", ".join(args)})')

    def s_call_existing(self):
        if not self.funcs:
            return self.s_function()
        self.call_func(*self.pick(self.funcs))

    def s_lambda(self):
        c = self.r.randint(0, 4)
        f = self.fresh('lam')
        if c == 0:
            self.emit(f'{f} = lambda a, b={self.int_lit()}: a * b + {self.int_lit()}')
            self.pr(f'{f}({self.P(self.e_int(1))})', f'{f}({self.P(self.e_int(1))}, b={self.P(self.e_int(1))})')
        elif c == 1:
            self.emit(f'{f} = lambda *a, **k: (len(a), sorted(k))')
            self.pr(f'{f}(1, 2, {self.P(self.e_int(0))}, x=1, y=2)', f'{f}()')
        elif c == 2:
            self.emit(f'{f} = [lambda v, i=i: v + i for i in range({self.small_int(1, 4)})]')
            self.pr(f'[g({self.P(self.e_int(1))}) for g in {f}]')
        elif c == 3:
            self.emit(f'{f} = (lambda n: (lambda m: n * m))({self.P(self.S("int", 1))})')
            self.pr(f'{f}({self.P(self.e_int(1))})')
        else:
            self.pr(f'(lambda: {self.P(self.e_str(1))})()', f'(lambda x: x[::-1])({self.P(self.e_ilist(1))})')

    def s_closure(self):
        c = self.r.randint(0, 3)
        mk = self.fresh('make')
        if c == 0:
            self.emit(f'def {mk}(start):')
            self.emit('    count = start')
            self.emit('    def inc(step=1):')
            self.emit('        nonlocal count')
            self.emit('        count += step')
            self.emit('        return count')
            self.emit('    return inc')
            g = self.fresh('c')
            self.emit(f'{g} = {mk}({self.P(self.S("int", 1))})')
            self.pr(f'{g}()', f'{g}({self.small_int(-3, 5)})', f'{g}(step={self.small_int(0, 9)})')
        elif c == 1:
            g = self.fresh('fs')
            self.emit(f'{g} = [lambda: i for i in range(3)]')
            self.pr(f'[h() for h in {g}]')
        elif c == 2:
            self.emit(f'def {mk}(f):')
            self.emit('    def wrapper(*args, **kw):')
            self.emit('        r = f(*args, **kw)')
            self.emit('        print("call", f.__name__, args, r)')
            self.emit('        return r')
            self.emit('    return wrapper')
            h = self.fresh('deco')
            self.emit(f'@{mk}')
            self.emit(f'def {h}(a, b=2):')
            self.emit(f'    return {self.pick(["a * b", "a - b", "[a] * b", "str(a) + str(b)"])}')
            self.pr(f'{h}({self.P(self.e_int(1))})', f'{h}({self.small_int()}, b={self.small_int()})')
            self.pr(f'{h}.__name__')
        else:
            self.emit(f'def {mk}():')
            self.emit('    acc = []')
            self.emit('    def add(x):')
            self.emit('        acc.append(x)')
            self.emit('        return len(acc)')
            self.emit('    def get():')
            self.emit('        return acc')
            self.emit('    return add, get')
            a, g = self.fresh('add'), self.fresh('get')
            self.emit(f'{a}, {g} = {mk}()')
            self.pr(f'{a}({self.P(self.e_int(1))})', f'{a}({self.P(self.e_str(1))})', f'{g}()')

    def s_generator(self):
        c = self.r.randint(0, 5)
        g = self.fresh('gen')
        if c == 0:
            self.emit(f'def {g}(n):')
            self.emit('    for i in range(n):')
            self.emit(f'        if i % {self.pick(["2", "3"])}:')
            self.emit(f'            yield i * {self.small_int(1, 5)}')
            self.emit('        else:')
            self.emit('            yield from [i, -i]')
            self.emit(f'    return {self.str_lit()}')
            it = self.fresh('it')
            self.emit(f'{it} = {g}({self.small_int(0, 5)})')
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print(next({it}))')))
            self.pr(f'list({it})', f'list({it})', f'sum({g}({self.small_int(0, 6)}))')
        elif c == 1:
            self.emit(f'def {g}():')
            self.emit('    total = 0')
            self.emit('    while True:')
            self.emit('        x = yield total')
            self.emit('        if x is None:')
            self.emit('            return total')
            self.emit('        total += x')
            a = self.fresh('acc')
            self.emit(f'{a} = {g}()')
            self.emit(f'print(next({a}))')
            for _ in range(self.r.randint(1, 3)):
                self.emit(f'print({a}.send({self.P(self.S("int", 1))}))')
            self.emit('try:')
            self.emit(f'    {a}.send(None)')
            self.emit('except StopIteration as e:')
            self.emit('    print("stop", e.value, repr(e))')
        elif c == 2:
            self.pr(f'list(x * 2 for x in {self.P(self.e_ilist(1))} if x)', f'any(c.isupper() for c in {self.P(self.e_str(1))})')
        elif c == 3:
            self.emit(f'def {g}(items):')
            self.emit('    try:')
            self.emit('        for x in items:')
            self.emit('            yield x')
            self.emit('    finally:')
            self.emit('        print("gen cleanup")')
            it = self.fresh('it')
            self.emit(f'{it} = {g}({self.P(self.S("ilist", 1))} + [1])')
            self.emit(f'print(next({it}))')
            self.emit(f'{it}.close()')
            self.emit(f'print(list({it}))')
        elif c == 4:
            self.emit(f'def {g}():')
            self.emit('    try:')
            self.emit('        yield 1')
            self.emit('        yield 2')
            self.emit('    except ValueError as e:')
            self.emit('        print("caught in gen", e)')
            self.emit('        yield 99')
            it = self.fresh('it')
            self.emit(f'{it} = {g}()')
            self.emit(f'print(next({it}), {it}.throw(ValueError({self.str_lit()})))')
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print(next({it}))')))
        else:
            self.emit(f'def {g}(n):')
            self.emit('    a, b = 0, 1')
            self.emit('    for _ in range(n):')
            self.emit('        yield a')
            self.emit('        a, b = b, a + b')
            self.pr(f'list({g}({self.r.randint(0, 100)}))[-3:]', f'dict(enumerate({g}(5)))', f'sorted({g}(8), reverse=True)')

    def s_class(self):
        name = self.fresh('C')
        dunders = set(self.r.sample(['eq', 'lt', 'add', 'len', 'hash', 'iter', 'getitem',
                                     'contains', 'bool', 'str', 'call', 'mul', 'neg',
                                     'le', 'format', 'radd', 'setitem', 'index'], self.r.randint(2, 8)))
        if 'hash' in dunders:
            dunders.add('eq')
        self.emit(f'class {name}:')
        self.emit(f'    kind = {self.str_lit()}')
        self.emit('    count = 0')
        self.emit('    def __init__(self, a, b=3):')
        self.emit('        self.a = a')
        self.emit('        self.b = b')
        self.emit(f'        {name}.count += 1')
        self.emit('    def __repr__(self):')
        self.emit(f'        return f"{name}({{self.a!r}}, {{self.b!r}})"')
        if 'eq' in dunders:
            self.emit('    def __eq__(self, other):')
            self.emit(f'        if not isinstance(other, {name}):')
            self.emit('            return NotImplemented')
            self.emit('        return (self.a, self.b) == (other.a, other.b)')
        if 'hash' in dunders:
            self.emit('    def __hash__(self):')
            self.emit('        return hash((self.a, self.b))')
        if 'lt' in dunders:
            self.emit('    def __lt__(self, other):')
            self.emit('        return (self.a, self.b) < (other.a, other.b)')
        if 'le' in dunders:
            self.emit('    def __le__(self, other):')
            self.emit('        return self.a <= other.a')
        if 'add' in dunders:
            self.emit('    def __add__(self, other):')
            self.emit(f'        if isinstance(other, int):')
            self.emit(f'            return {name}(self.a + other, self.b)')
            self.emit(f'        return {name}(self.a + other.a, self.b + other.b)')
        if 'radd' in dunders:
            self.emit('    def __radd__(self, other):')
            self.emit(f'        return {name}(other + self.a, self.b)')
        if 'mul' in dunders:
            self.emit('    def __mul__(self, k):')
            self.emit(f'        return {name}(self.a * k, self.b * k)')
            self.emit('    __rmul__ = __mul__')
        if 'neg' in dunders:
            self.emit('    def __neg__(self):')
            self.emit(f'        return {name}(-self.a, -self.b)')
        if 'len' in dunders:
            self.emit('    def __len__(self):')
            self.emit('        return abs(self.a) % 7')
        if 'iter' in dunders:
            self.emit('    def __iter__(self):')
            self.emit('        yield self.a')
            self.emit('        yield self.b')
        if 'getitem' in dunders:
            self.emit('    def __getitem__(self, i):')
            self.emit('        return [self.a, self.b][i]')
        if 'setitem' in dunders:
            self.emit('    def __setitem__(self, i, v):')
            self.emit('        if i == 0:')
            self.emit('            self.a = v')
            self.emit('        else:')
            self.emit('            self.b = v')
        if 'contains' in dunders:
            self.emit('    def __contains__(self, x):')
            self.emit('        return x in (self.a, self.b)')
        if 'bool' in dunders:
            self.emit('    def __bool__(self):')
            self.emit('        return self.a > 0')
        if 'str' in dunders:
            self.emit('    def __str__(self):')
            self.emit(f'        return "<" + str(self.a) + "/" + str(self.b) + ">"')
        if 'call' in dunders:
            self.emit('    def __call__(self, x=0):')
            self.emit('        return self.a * x + self.b')
        if 'format' in dunders:
            self.emit('    def __format__(self, spec):')
            self.emit('        return format(self.a, spec) + "|" + str(self.b)')
        if 'index' in dunders:
            self.emit('    def __index__(self):')
            self.emit('        return self.a % 5')
        self.emit('    @property')
        self.emit('    def total(self):')
        self.emit('        return self.a + self.b')
        if self.chance(0.5):
            self.emit('    @total.setter')
            self.emit('    def total(self, v):')
            self.emit('        self.a = v - self.b')
            dunders.add('setter')
        self.emit('    @classmethod')
        self.emit('    def make(cls, n):')
        self.emit('        return cls(n, n * 2)')
        self.emit('    @staticmethod')
        self.emit('    def helper(x):')
        self.emit('        return x * 3')
        self.emit('    def describe(self):')
        self.emit(f'        return self.kind + ":" + str(self.total)')
        sub = None
        if self.chance(0.6):
            sub = self.fresh('D')
            self.emit(f'class {sub}({name}):')
            self.emit(f'    kind = {self.str_lit()}')
            self.emit('    def __init__(self, a, b=1, c=0):')
            self.emit('        super().__init__(a, b)')
            self.emit('        self.c = c')
            self.emit('    def __repr__(self):')
            self.emit(f'        return "{sub}" + super().__repr__()[{len(name)}:] + "+" + repr(self.c)')
            self.emit('    def describe(self):')
            self.emit('        return "sub " + super().describe() + " " + str(self.c)')
        self.classes.append((name, dunders, sub))
        self.use_class(name, dunders, sub)

    def use_class(self, name, dunders, sub):
        o1, o2 = self.fresh('o'), self.fresh('o')
        self.emit(f'{o1} = {name}({self.P(self.S("int", 1))}, {self.P(self.S("int", 1))})')
        cls2 = sub if sub and self.chance(0.6) else name
        self.emit(f'{o2} = {cls2}({self.P(self.S("int", 1))})')
        self.emit(f'print({o1}, {o2}, [{o1}, {o2}])')
        uses = [
            lambda: self.pr(f'{o1} == {o2}', f'{o1} != {o2}', f'{o1} == {o1}'),
            lambda: self.pr(f'{o1}.total', f'{o2}.describe()', f'{name}.make({self.P(self.e_int(0))})', f'{name}.helper({self.P(self.e_int(0))})', f'{o1}.helper(2)'),
            lambda: self.pr(f'{name}.count', f'{o1}.kind', f'type({o2}).__name__', f'isinstance({o2}, {name})', f'issubclass(type({o2}), {name})'),
            lambda: self.try_op(f'{o1} < {o2}'),
            lambda: self.try_op(f'{o1} + {o2}'),
            lambda: self.try_op(f'{o1} + {self.P(self.e_int(0))}'),
            lambda: self.try_op(f'{self.P(self.e_int(0))} + {o1}'),
            lambda: self.try_op(f'len({o1})'),
            lambda: self.try_op(f'list({o2})'),
            lambda: self.try_op(f'{o1}[{self.small_int(-2, 2)}]'),
            lambda: self.try_op(f'{self.P(self.e_int(0))} in {o1}'),
            lambda: self.try_op(f'bool({o1}), not {o2}'),
            lambda: self.try_op(f'str({o1}), f"{{{o2}}}"'),
            lambda: self.try_op(f'{o1}({self.small_int()})'),
            lambda: self.try_op(f'{o1} * {self.small_int()}, {self.small_int()} * {o2}'),
            lambda: self.try_op(f'-{o1}'),
            lambda: self.try_op(f'sorted([{o1}, {o2}, {name}({self.P(self.e_int(0))})])'),
            lambda: self.try_op(f'len({{{o1}, {o2}, {name}({o1}.a, {o1}.b)}})'),
            lambda: self.try_op(f'format({o1}, {self.pick(INT_SPECS)!r})'),
            lambda: self.try_op(f'[10, 20, 30, 40, 50][{o1}]'),
            lambda: self.try_op(f'{o1} <= {o2}, {o1} >= {o2}'),
            lambda: self.try_op(f'{o1}.missing'),
            lambda: self.try_stmt(f'{o1}[0] = {self.P(self.e_int(0))}', f'{o1}'),
            lambda: self.try_stmt(f'{o1}.total = {self.P(self.e_int(0))}', f'{o1}'),
            lambda: self.try_stmt(f'{o1}.extra = 5; del {o1}.extra; del {o1}.extra', f'{o1}.__dict__'),
            lambda: self.pr(f'{o1}.__dict__', f'vars({o2})', f'hasattr({o1}, "c")', f'getattr({o2}, "c", None)'),
            lambda: self.try_stmt(f'setattr({o1}, "z", {self.P(self.e_int(0))})', f'{o1}.z'),
        ]
        for _ in range(self.r.randint(2, 7)):
            self.pick(uses)()

    def try_op(self, expr):
        self.emit('try:')
        self.emit(f'    print({expr})')
        for l in self.catch_line().split('\n'):
            self.emit(l)

    def try_stmt(self, stmt, show):
        self.emit('try:')
        self.emit(f'    {stmt}')
        self.emit(f'    print({show})')
        for l in self.catch_line().split('\n'):
            self.emit(l)

    def s_exceptions(self):
        c = self.r.randint(0, 7)
        if c == 0:
            e1, e2 = self.fresh('Err'), self.fresh('Err')
            self.emit(f'class {e1}(Exception):')
            self.emit('    pass')
            self.emit(f'class {e2}({e1}):')
            self.emit('    def __init__(self, code):')
            self.emit('        super().__init__(f"code {code}")')
            self.emit('        self.code = code')
            f = self.fresh('risky')
            self.emit(f'def {f}(n):')
            self.emit(f'    if n % 3 == 0:')
            self.emit(f'        raise {self.pick(["ValueError", "KeyError", "IndexError", "TypeError"])}(f"bad {{n}}")')
            self.emit(f'    if n % 3 == 1:')
            self.emit(f'        raise {e2}(n)')
            self.emit('    return n * 2')
            i = self.fresh('i')
            self.emit(f'for {i} in range({self.small_int(1, 5)}):')
            self.emit('    try:')
            self.emit(f'        print({f}({i}))')
            self.emit(f'    except {e1} as e:')
            self.emit(f'        print("{e1}", type(e).__name__, e, e.args, e.code)')
            self.emit('    except (ValueError, TypeError) as e:')
            self.emit('        print("VT", repr(e), str(e))')
            self.emit('    except LookupError as e:')
            self.emit('        print("LE", repr(e), e)')
            self.emit('    else:')
            self.emit('        print("no error")')
            self.emit('    finally:')
            self.emit(f'        print("finally", {i})')
        elif c == 1:
            f = self.fresh('fin')
            self.emit(f'def {f}(x):')
            self.emit('    try:')
            self.emit('        if x > 2:')
            self.emit('            return "big"')
            self.emit('        return 10 // x')
            self.emit('    except ZeroDivisionError as e:')
            self.emit('        print("zde", e)')
            self.emit('        return "zero"')
            self.emit('    finally:')
            self.emit('        print("finally", x)')
            if self.chance(0.3):
                self.emit('        return "override"')
            self.pr(f'{f}(0)', f'{f}(3)', f'{f}({self.small_int(-2, 4)})')
        elif c == 2:
            self.emit('try:')
            self.emit('    try:')
            self.emit_block(self.error_expr_stmt(), '        ')
            self.emit('    except Exception as e:')
            self.emit(f'        raise RuntimeError({self.str_lit()}) from e')
            self.emit('except RuntimeError as e:')
            self.emit('    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)')
        elif c == 3:
            self.emit('try:')
            self.emit('    try:')
            self.emit(f'        raise KeyError({self.str_lit()})')
            self.emit('    finally:')
            self.emit('        print("inner finally")')
            self.emit('except KeyError as e:')
            self.emit('    print("outer", e, repr(e), e.args)')
        elif c == 4:
            self.emit('try:')
            self.emit('    try:')
            self.emit_block(self.error_expr_stmt(), '        ')
            self.emit('    except Exception:')
            self.emit(f'        {{}}[{self.str_lit()}]')
            self.emit('except Exception as e:')
            self.emit('    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)')
        elif c == 5:
            exc = self.pick(BUILTIN_EXC)
            args = self.pick(['', self.str_lit(), f'{self.str_lit()}, {self.int_lit()}', self.int_lit()])
            self.emit('try:')
            self.emit(f'    raise {exc}({args})')
            self.emit(f'except {exc} as e:')
            self.emit('    print(type(e).__name__, e, repr(e), e.args, str(e) == "", isinstance(e, Exception))')
        elif c == 6:
            self.emit('try:')
            self.emit(f'    assert {self.P(self.S("bool", 1))}, {self.P(self.S("str", 1))}')
            self.emit('    print("assert ok")')
            self.emit('except AssertionError as e:')
            self.emit('    print("AssertionError", e, e.args)')
        else:
            n = self.fresh('n')
            self.emit(f'{n} = 0')
            self.emit('for k in range(4):')
            self.emit('    try:')
            self.emit('        if k == 1:')
            self.emit('            continue')
            self.emit('        if k == 3:')
            self.emit('            break')
            self.emit(f'        {n} += 10')
            self.emit('    finally:')
            self.emit(f'        {n} += 1')
            self.emit(f'        print("f", k, {n})')
            self.emit(f'print({n})')

    def error_expr_stmt(self):
        return self.pick(ERROR_ZOO)(self)

    def s_error_zoo(self):
        self.emit('try:')
        self.emit_block(self.error_expr_stmt(), '    ')
        for l in self.catch_line().split('\n'):
            self.emit(l)

    def s_match(self):
        subj = self.fresh('subj')
        vals = [self.int_lit(), self.str_lit(), f'({self.int_lit()}, {self.int_lit()})',
                f'[{self.int_lit()}, {self.int_lit()}, {self.int_lit()}]', self.lit_dict(),
                'None', 'True', self.float_lit() if self.chance(0.5) else '2.5', '[]',
                f'{{"k": {self.int_lit()}, "z": [1, 2]}}', f'[1, [2, 3]]', "'hello'", '0', '(1, 2, 3, 4)']
        self.r.shuffle(vals)
        vals = vals[:self.r.randint(3, 8)]
        self.emit(f'for {subj} in [{", ".join(vals)}]:')
        self.emit(f'    match {subj}:')
        cases = [
            ['case 0 | 1:', '    print("zero or one", ' + subj + ')'],
            ['case int(n) if n > 10:', '    print("big int", n)'],
            ['case int() | float() as num:', '    print("number", num)'],
            ['case bool(b):', '    print("bool", b)'],
            ['case None:', '    print("none")'],
            ['case str() as s if len(s) > 3:', '    print("long str", s.upper())'],
            ['case str(s):', '    print("str", repr(s))'],
            ['case (a, b):', '    print("pair", a, b)'],
            ['case [a, *rest]:', '    print("head", a, "rest", rest)'],
            ['case [x, [y, z]]:', '    print("nested", x, y, z)'],
            ['case (1, *_, 4):', '    print("one..four")'],
            ['case {"k": v, **others}:', '    print("k=", v, "others", others)'],
            ['case {"a": int(q)}:', '    print("a int", q)'],
            ['case []:', '    print("empty list")'],
            ['case [_, _, _]:', '    print("three")'],
            ['case "hello" | "world":', '    print("greeting")'],
            ['case {}:', '    print("some mapping")'],
        ]
        self.r.shuffle(cases)
        for case in cases[:self.r.randint(3, 9)]:
            self.emit('        ' + case[0])
            self.emit('        ' + case[1])
        if self.chance(0.7):
            self.emit('        case _:')
            self.emit(f'            print("other", type({subj}).__name__)')
        if self.chance(0.3):
            p = self.fresh('Pt')
            self.emit(f'class {p}:')
            self.emit('    __match_args__ = ("x", "y")')
            self.emit('    def __init__(self, x, y):')
            self.emit('        self.x = x')
            self.emit('        self.y = y')
            q = self.fresh('q')
            self.emit(f'for {q} in [{p}(0, {self.int_lit()}), {p}({self.int_lit()}, 0), {p}(1, 1), {self.int_lit()}]:')
            self.emit(f'    match {q}:')
            self.emit(f'        case {p}(0, y):')
            self.emit('            print("on y axis", y)')
            self.emit(f'        case {p}(x=xx, y=0):')
            self.emit('            print("on x axis", xx)')
            self.emit(f'        case {p}(x, y) if x == y:')
            self.emit('            print("diagonal", x)')
            self.emit('        case _:')
            self.emit('            print("elsewhere")')

    def s_recursion(self):
        c = self.r.randint(0, 5)
        f = self.fresh('rec')
        if c == 0:
            self.emit(f'def {f}(n):')
            self.emit('    return 1 if n <= 1 else n * ' + f + '(n - 1)')
            self.pr(f'{f}({self.r.randint(0, 60)})')
        elif c == 1:
            self.emit(f'def {f}(n, memo={{}}):')
            self.emit('    if n < 2:')
            self.emit('        return n')
            self.emit('    if n not in memo:')
            self.emit(f'        memo[n] = {f}(n - 1) + {f}(n - 2)')
            self.emit('    return memo[n]')
            self.pr(f'{f}({self.r.randint(0, 150)})')
        elif c == 2:
            self.emit(f'def {f}(x):')
            self.emit('    if isinstance(x, list):')
            self.emit(f'        return [y for z in x for y in {f}(z)]')
            self.emit('    return [x]')
            self.pr(f'{f}([1, [2, [3, [4, {self.P(self.e_int(0))}]], []], [[{self.P(self.e_str(0))}]]])')
        elif c == 3:
            self.emit(f'def {f}(a, b):')
            self.emit(f'    return a if b == 0 else {f}(b, a % b)')
            self.pr(f'{f}({self.P(self.e_int(1))}, {self.r.randint(1, 1000)})')
        elif c == 4:
            self.emit(f'def {f}(s):')
            self.emit('    if len(s) <= 1:')
            self.emit('        return [s]')
            self.emit(f'    return [c + p for i, c in enumerate(s) for p in {f}(s[:i] + s[i + 1:])]')
            self.pr(f'{f}({"".join(self.r.sample("abcd", self.r.randint(0, 4)))!r})')
        else:
            self.emit(f'def {f}(n):')
            self.emit(f'    return n if n < 3 else {f}(n - 1) + {f}(n - 3)')
            self.pr(f'{f}({self.r.randint(0, 18)})')

    def s_bigint(self):
        a = self.fresh('big')
        base = self.pick(['2', '3', '7', '10', '(-3)', '12345', '99', '(2 ** 32 + 1)'])
        self.emit(f'{a} = {base} ** {self.r.randint(20, 300)}{self.pick(["", " + 1", " - 1", " * -1", " + 12345"])}')
        self.bind(a, 'int')
        b = self.pick(['3', '(-7)', '1000000007', str(self.r.randint(2, 10**30)), f'-{self.r.randint(2, 10**20)}', '2 ** 64', a])
        exprs = [f'{a} // {b}', f'{a} % {b}', f'divmod({a}, {b})', f'-{a} // {b}', f'-{a} % {b}',
                 f'{a} * {b}', f'{a} - {a} - 1', f'len(str({a}))', f'str({a})[:12]', f'{a} >> {self.r.randint(1, 100)}',
                 f'{a} << 3', f'{a} & {b}', f'{a} | 255', f'{a} ^ -{a}', f'~{a}', f'{a}.bit_length()',
                 f'hex({a})[:20]', f'bin({a})[-12:]', f'{a} == {a} + 0', f'{a} < {b}', f'float({a}) if {a}.bit_length() < 1000 else 0',
                 f'{a} / {b}', f'pow({a}, 3, 1000000007)', f'abs(-{a}) == {a}', f'int(str({a})) == {a}', f'{a} % 2 ** 48',
                 f'round({a}, -5) % 10 ** 6', f'hash({a}) == hash({a})', f'{a} ** 2 % 1000', f'f"{{{a} % 10 ** 15:,}}"',
                 f'max({a}, -{a}, 0) == abs({a})', f'sum([{a}, -{a}, 5])', f'int(-{a} / 3) if {a}.bit_length() < 900 else 0',
                 f'{a} // -1 == -{a}', f'(2 ** 47) * 2, -(2 ** 47) - 1, 2 ** 47 - 1 + 1', f'[{a} % m for m in (2, 3, 5, 7)]']
        for _ in range(self.r.randint(2, 6)):
            e = self.pick(exprs)
            self.guarded(lambda: (setattr(self, 'risky', '/' in e or '%' in e or 'float' in e or 'pow' in e), self.emit(f'print({e})')))

    def s_with(self):
        cm = self.fresh('Ctx')
        self.emit(f'class {cm}:')
        self.emit('    def __init__(self, name, swallow=False):')
        self.emit('        self.name = name')
        self.emit('        self.swallow = swallow')
        self.emit('    def __enter__(self):')
        self.emit('        print("enter", self.name)')
        self.emit('        return self.name.upper()')
        self.emit('    def __exit__(self, et, ev, tb):')
        self.emit('        print("exit", self.name, et.__name__ if et else None, ev)')
        self.emit('        return self.swallow')
        body = self.pick(['print("body", v)', f'{self.error_expr_stmt()}', 'print("body", v, w)'])
        self.emit('try:')
        self.emit(f'    with {cm}("a", {self.pick(["True", "False"])}) as v, {cm}("b", {self.pick(["True", "False"])}) as w:')
        self.emit_block(body, '        ')
        self.emit('    print("after with")')
        for l in self.catch_line().split('\n'):
            self.emit(l)

    def s_math(self):
        if not self.has_math:
            self.emit('import math')
            self.has_math = True
        exprs = ['math.sqrt(2)', 'math.floor(-2.5)', 'math.ceil(2.1)', 'math.gcd(12, 18)', 'math.factorial(20)',
                 'math.isqrt(10 ** 20 + 1)', 'math.pi', 'math.e', 'math.log(100, 10)', 'math.log2(1024)',
                 'math.log10(0.001)', 'math.exp(1)', 'math.sin(0.5)', 'math.cos(math.pi)', 'math.hypot(3, 4)',
                 'math.comb(10, 3)', 'math.perm(5, 2)', 'math.fsum([0.1] * 10)', 'math.prod([1, 2, 3, 4])',
                 'math.isclose(0.1 + 0.2, 0.3)', 'math.inf', 'math.trunc(-3.7)', 'math.copysign(2, -0.0)',
                 'math.fabs(-3)', 'math.fmod(7, -3)', 'math.pow(2, 10)', 'math.atan2(1, 1)', 'math.degrees(math.pi)',
                 'math.radians(180)', 'math.isnan(float("nan"))', 'math.isinf(1e308 * 10)', 'math.floor(7 / 2)',
                 'math.sqrt(-1)', 'math.log(0)', 'math.factorial(-1)', 'math.lcm(4, 6)', 'math.modf(2.5)',
                 'math.frexp(8.0)', 'math.ldexp(0.5, 4)', 'math.tan(0.25)', 'math.asin(2)']
        for _ in range(self.r.randint(1, 4)):
            e = self.pick(exprs)
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print({e})')))

    def s_globals(self):
        g = self.fresh('G')
        self.emit(f'{g} = {self.int_lit()}')
        f = self.fresh('bump')
        self.emit(f'def {f}(k):')
        self.emit(f'    global {g}')
        self.emit(f'    {g} += k')
        self.emit(f'    return {g}')
        self.pr(f'{f}({self.small_int()})', f'{f}({self.small_int()})', g)
        if self.chance(0.4):
            h = self.fresh('shadow')
            self.emit(f'def {h}():')
            self.emit(f'    print({g})')
            self.emit(f'    {g} = 1')
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'{h}()')))

    def s_walrus(self):
        self.pr(f'[y for x in {self.P(self.e_ilist(1))} if (y := x * 2) > {self.small_int(0, 6)}]')
        w = self.fresh('wl')
        self.emit(f'if ({w} := len({self.P(self.S("str", 1))})) > 3:')
        self.emit(f'    print("long", {w})')
        self.emit('else:')
        self.emit(f'    print("short", {w})')

    def s_strings(self):
        c = self.r.randint(0, 5)
        if c == 0:
            s = self.P(self.e_str(1))
            self.pr(f'{s}.split({self.pick(["None", repr(" "), repr(","), repr("a")])}, {self.small_int(-1, 2)})')
        elif c == 1:
            self.pr(f'{self.P(self.e_str(1))}.{self.pick(["partition", "rpartition"])}({self.pick([" ", ",", "s", "ab"])!r})')
        elif c == 2:
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print({self.P(self.e_str(1))}.{self.pick(["index", "rindex"])}({self.P(self.e_str(0))}))')))
        elif c == 3:
            self.pr(f'{self.P(self.e_str(1))}.find({self.P(self.e_str(0))}, {self.small_int(-3, 4)})', f'{self.P(self.e_str(1))}.count({self.P(self.e_str(0))}, 1)')
        elif c == 4:
            self.pr(f'{self.P(self.e_str(1))} < {self.P(self.e_str(1))}', f'min({self.P(self.e_str(1))}, {self.P(self.e_str(1))})', f'{self.P(self.e_str(1))} * 2 == {self.P(self.e_str(1))}')
        else:
            self.pr(f'{self.P(self.e_str(1))}.{self.pick(["removeprefix", "removesuffix"])}({self.P(self.e_str(0))})', f'{self.P(self.e_str(1))}.{self.pick(["ljust", "rjust", "center"])}({self.small_int(0, 12)}, {self.pick(["*", "é", "-"])!r})')

    def s_formatting(self):
        c = self.r.randint(0, 3)
        if c == 0:
            self.pr(self.fstring(2))
        elif c == 1:
            self.pr(self.pct_format(2))
        elif c == 2:
            self.pr(self.str_format(2))
        else:
            d = self.e_dict(1)
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print("%({self.pick(KEYS)})s and %(a)05d" % {d})')))

    def s_tuples(self):
        t = self.var('tuple') or self.new_var('tuple', self.lit_tuple())
        self.pr(f'{t}.count({self.P(self.e_int(0))})', f'{t}[::-1]', f'{t} + ({self.P(self.e_int(0))},)', f'{t} * 2', f'{t} < {self.P(self.e_tuple(1))}', f'{self.P(self.e_int(0))} in {t}')
        self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print({t}.index({self.P(self.e_int(0))}), {t}[{self.P(self.e_int(0))}])')))

    # ---- numbers: float repr and arithmetic, int/float mixing ----
    def rand_float(self):
        c = self.r.randint(0, 5)
        if c == 0:
            return repr(self.r.uniform(-1e6, 1e6))
        if c == 1:
            return repr(self.r.random() * 10.0 ** self.r.randint(-30, 30))
        if c == 2:
            # Any finite double, from its bits: repr and parsing must round-trip exactly.
            while True:
                f = struct.unpack('<d', self.r.getrandbits(64).to_bytes(8, 'little'))[0]
                if f == f and abs(f) != float('inf'):
                    return repr(f)
        if c == 3:
            return repr(self.r.randint(-10**6, 10**6) / self.pick([2, 4, 8, 10, 100, 3, 7]))
        if c == 4:
            return repr(float(self.r.randint(-2**60, 2**60)))
        return self.pick(['0.1', '0.5', '1.5', '2.5', '-2.5', '0.125', '1e16', '123456789.0', '1e-05', '5e-324'])

    def s_floats(self):
        a, b = self.fresh('fa'), self.fresh('fb')
        self.emit(f'{a} = {self.rand_float()}')
        self.emit(f'{b} = {self.rand_float()}')
        self.emit(f'print({a}, {b}, repr({a} + {b}), {a} - {b}, {a} * {b})')
        ops = [f'{a} / {b}', f'{a} // {b}', f'{a} % {b}', f'divmod({a}, {b})', f'round({a}, {self.small_int(-3, 6)})',
               f'round({a})', f'int({a})', f'{a} == int({a})', f'{a} < {b}', f'float(str({a})) == {a}',
               f'format({a}, {self.pick(FLOAT_SPECS)!r})', f'"%.{self.small_int(0, 20)}g" % {a}', f'"%r" % {a}',
               f'{a}.is_integer()', f'{a}.as_integer_ratio()', f'abs({a}) ** 0.5', f'{a} ** 2', f'-{a}',
               f'{a} * {self.int_lit()}', f'{a} + {self.int_lit()}', f'{self.int_lit()} / {self.pick(["3", "7", "(-6)", "1e10"])}',
               f'{self.pick(SPECIAL_INTS)} == float({self.pick(SPECIAL_INTS)})', f'{self.pick(SPECIAL_INTS)} < {a}',
               f'hash({a}) == hash(int({a})) if {a}.is_integer() else None', f'str({a})', f'f"{{{a}:.{self.small_int(0, 25)}f}}"',
               f'f"{{{a}:{self.pick(["e", "g", "%", ".3", ".0f", ",.1f", "_g", "+.4e", "015.3f", ".12g"])}}}"',
               f'max({a}, {b}, {self.int_lit()})', f'sorted([{a}, {b}, {self.int_lit()}, True])', f'sum([{a}, {b}, 0.1])',
               f'int({a} * 1000) // 7', f'float({self.pick(["2**53 + 1", "2**63", "10**22", "2**1023", "-(2**60) - 1"])})',
               f'{self.pick(["2**53 + 1", "10**16 + 1", "2**64"])} == {self.pick(["2.0**53", "1e16", "18446744073709551616.0"])}',
               f'{a} // 1, {a} % 1', f'divmod({self.int_lit()}, {self.float_lit()})', f'round({a} / 10 ** {self.small_int(1, 12)}, {self.small_int(0, 15)})']
        for _ in range(self.r.randint(2, 6)):
            e = self.pick(ops)
            self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print({e})')))

    # ---- builtins with random operands ----
    def s_builtins(self):
        L, S, I = self.P(self.e_ilist(1)), self.P(self.e_str(1)), self.P(self.e_int(1))
        T = [
            f'list(enumerate({S}[:4], start={self.small_int(-2, 3)}))',
            f'list(zip({L}, {S}, range({self.small_int(0, 5)})))',
            f'list(map(lambda a, b: a * b, {L}, {L}))',
            f'list(filter(None, {L} + [0, "", None]))',
            f'list(reversed(range({self.small_int(-5, 5)}, {self.small_int(0, 20)}, {self.pick(["1", "2", "3", "-1", "-2"])})))',
            f'range({self.small_int(-5, 5)}, {self.small_int(0, 30)}, {self.pick(["1", "2", "3", "-1", "-4"])})[{self.small_int(-3, 3)}:{self.small_int(-3, 9)}]',
            f'{I} in range(0, 50, 3), range(1, 10, 2).index(5), range(10).count(3), len(range(-3, 100, 7))',
            f'sum({L}, {self.int_lit()}), sum([[1], [2, 3]], []), sum(x / 2 for x in {L})',
            f'min({L}, default="empty"), max({S}, default="?"), min({I}, {I}, key=abs)',
            f'any(x > 3 for x in {L}), all(x for x in {S})',
            f'isinstance({I}, (str, int)), isinstance(True, int), type({I}) is int, type(1.0).__name__',
            f'abs(True), abs(-0.0), round(-0.5), round(0.5), round(1.5), round(2.675, 2), round(-{I}, -1)',
            f'divmod({I}, {self.pick(["3", "(-3)", "7", "1.5", "(-0.5)"])}), pow({I}, 2, {self.pick(["5", "7", "(-3)"])}), pow(2, -2), pow(0, 0)',
            f'bin({I}), oct({I}), hex({I}), int(bin({I}), 0), int(hex({I}), 16)',
            f'chr(ord("a") + {self.small_int(0, 25)}), ord("é"), ascii("é€{S[:2] if False else ""}"), repr("\\x00\\n\\t\\\\")',
            f'sorted({S}), sorted({S}, reverse=True)[:3], "".join(sorted(set({S})))',
            f'next(iter({L}), "none"), next(iter([]), "empty")',
            f'list(iter([3, 2, 1, 0, 5].pop, 0))',
            f'callable(len), callable({I}), callable(lambda: 0)',
            f'slice(1, {self.small_int(0, 9)}, 2), {L}[slice(None, None, -1)], slice(3).indices(10)',
            f'hash(-1), hash(-2), hash(0), hash(2**61 - 1), hash(2**61), hash(-2**63), hash(1.5), hash(-0.0), hash(True)',
            f'hash((1, 2)), hash(()), hash((-1,)), hash(frozenset()), hash(frozenset([1, 2, 3])), hash((1.5, "")) == hash((1.5, ""))',
            f'{{1: "a", 1.0: "b", True: "c"}}, {{0, 0.0, False}}, 1 == 1.0 == True',
            f'[1, 2] == [1.0, 2.0], (1, 2) < (1, 2, 0), [1, [2]] < [1, [3]], "a" < "ab" < "b"',
            f'str(1e16), str(1e-5), repr(1e22), str(0.1 + 0.2), str(-0.0), 1e16 == 10**16, str(float(2**70))',
            f'int(-0.0), int(2.9), int(-2.9), int("  -12  "), int("0b101", 0), int("z", 36), int("-0x_f", 16)',
            f'float("  -1.5e3 "), float("-iNF"), float("1_0.5"), float(".5"), float("5."), float("nan") != float("nan")',
            f'format({I}, "b"), format({I}, "#o"), format({I}, ","), format({I}, "_x"), format({I}, "^+10")',
            f'print({L}, {S}, sep=" | ", end=" <\\n")',
            f'"{{:{self.pick(["*^12", ">+8", "<5", "=8", "08.2%", "_"])}}}".format({I}), "{{!r:>8}}".format({S})',
            f'{S}.translate(str.maketrans("aeiou", "AEIOU", "xyz")), {S}.maketrans({{"a": "1"}})',
            f'{S}.splitlines(True), "a\\r\\nb\\rc\\n".splitlines(), "\\n".splitlines(), "x\\x0by\\x1cz".splitlines()',
            f'{S}.expandtabs({self.small_int(0, 8)}), "a\\tbc\\td".expandtabs(3), {S}.count(""), "aaaa".count("aa")',
            f'{S}.rsplit(None, 1), " a  b ".split(" "), "a,b,,c".split(",", 2), "abc".split("b", 0)',
            f'"%s|%5.2f|%-4d|%x|%c|%%|%r" % ({S}, {I} / 3, {I}, {I} & 255, 65 + {I} % 26, {S})',
            f'"%(a)s-%(b)03d" % {{"a": {S}, "b": {I}}}, "%*d|%-*s|" % (5, {I}, 4, "ab"), "%.*f" % (2, 3.14159)',
            f'{S}.format_map({{"x": 1}}) if "{{" not in {S} else "", "{{0}}{{1}}{{0}}".format("ab", {I}), "{{0[1]}} {{1[a]}}".format([5, 6], {{"a": 7}})',
            f'{S}.center({self.small_int(0, 14)}, "·"), {S}.ljust({self.small_int(0, 9)}, "é"), {S}.zfill({self.small_int(0, 9)}), "-42".zfill(6), "+7".zfill(4)',
            f'{S}.istitle(), {S}.title(), "they\'re bill\'s".title(), "ǆemal".title(), "ßa".title(), "ﬁsh".upper()',
            f'[*range(3)] * 2, [[0] * 2] * 2, (1,) * 3, "ab" * 0, [] * 5',
            f'list(dict.fromkeys({S})), {{**dict.fromkeys("ab", 0), "c": 1}}, dict(a=1, **{{"b": 2}})',
            f'{L}.index({I}) if {I} in {L} else -1, {L}.count({I}), (1, 2, 1).index(1, 1)',
            f'sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([3, 1, 2], key=lambda x: -x), sorted("bCa", key=str.lower)',
            f'tuple(x for x in {L} if x % 2), set({L}) <= set({L} + [1]), frozenset({L}) | {{99}}',
            f'sorted({{-1, -2, -3, 5, 13, 21, -8}}), {{-1, -2, -3, 5, 13, 21, -8}}, {{1, -1, 7, -8, 2305843009213693950}}, set([2**61 - 2, 2**61, 1, -1])',
            f'set([(1, 2), (2, 1), (0, 0)]) == {{(0, 0), (1, 2), (2, 1)}}, len({{(1, 2), (1, 2)}}), sorted({{(2, 1), (1, 2)}})',
        ]
        for _ in range(self.r.randint(1, 3)):
            e = self.pick(T)
            if e.startswith('print('):
                self.guarded(lambda: (setattr(self, 'risky', True), self.emit(e)))
            else:
                self.guarded(lambda: (setattr(self, 'risky', True), self.emit(f'print({e})')))

    # ---- more class behaviour ----
    def s_classes2(self):
        c = self.r.randint(0, 8)
        n = self.fresh('K')
        if c == 0:
            self.emit(f'class {n}:')
            self.emit('    def __init__(self, n):')
            self.emit('        self.i = 0')
            self.emit('        self.n = n')
            self.emit('    def __iter__(self):')
            self.emit('        return self')
            self.emit('    def __next__(self):')
            self.emit('        if self.i >= self.n:')
            self.emit('            raise StopIteration')
            self.emit('        self.i += 1')
            self.emit('        return self.i * self.i')
            self.pr(f'list({n}({self.small_int(0, 6)}))', f'sum({n}(4))', f'sorted({n}(3), reverse=True)', f'dict(zip("abc", {n}(5)))')
        elif c == 1:
            self.emit(f'class {n}:')
            self.emit('    def __getitem__(self, i):')
            self.emit(f'        if i >= {self.small_int(0, 5)}:')
            self.emit('            raise IndexError(i)')
            self.emit('        return i * 10')
            self.pr(f'list({n}())', f'20 in {n}()', f'[x for x in {n}() if x]')
        elif c == 2:
            self.emit(f'class {n}:')
            self.emit('    def __init__(self):')
            self.emit('        self.real = 1')
            self.emit('    def __getattr__(self, name):')
            self.emit('        if name.startswith("x"):')
            self.emit('            return name.upper()')
            self.emit('        raise AttributeError(f"no {name}")')
            o = self.fresh('g')
            self.emit(f'{o} = {n}()')
            self.pr(f'{o}.real', f'{o}.xyz', f'getattr({o}, "xa", 0)', f'getattr({o}, "q", "dflt")', f'hasattr({o}, "q")')
            self.try_op(f'{o}.missing')
        elif c == 3:
            self.emit(f'class {n}A:')
            self.emit('    def who(self):')
            self.emit('        return ["A"]')
            self.emit(f'class {n}B({n}A):')
            self.emit('    def who(self):')
            self.emit('        return ["B"] + super().who()')
            self.emit(f'class {n}C({n}A):')
            self.emit('    def who(self):')
            self.emit('        return ["C"] + super().who()')
            self.emit(f'class {n}D({n}B, {n}C):')
            self.emit('    def who(self):')
            self.emit('        return ["D"] + super().who()')
            self.pr(f'{n}D().who()', f'[k.__name__ for k in {n}D.__mro__]', f'issubclass({n}D, {n}C)', f'isinstance({n}B(), {n}C)')
        elif c == 4:
            self.emit(f'class {n}:')
            self.emit('    def __init__(self, v):')
            self.emit('        self.v = v')
            self.emit('    def __eq__(self, other):')
            self.emit(f'        return isinstance(other, {n}) and self.v == other.v')
            self.pr(f'{n}(1) == {n}(1)', f'{n}(1) != {n}(2)', f'{n}(1) in [{n}(0), {n}(1)]', f'[{n}(2)].index({n}(2))', f'{n}.__hash__ is None')
            self.try_op(f'{{{n}(1)}}')
        elif c == 5:
            self.emit(f'class {n}(list):')
            self.emit('    def total(self):')
            self.emit('        return sum(self)')
            o = self.fresh('sl')
            self.emit(f'{o} = {n}({self.S("ilist", 1)})')
            self.emit(f'{o}.append({self.small_int()})')
            self.pr(f'{o}', f'{o}.total()', f'len({o})', f'type({o}).__name__', f'{o}[1:]', f'type({o}[1:]).__name__', f'{o} == list({o})')
        elif c == 6:
            self.emit(f'class {n}(dict):')
            self.emit('    def __missing__(self, key):')
            self.emit('        return len(key)')
            o = self.fresh('dm')
            self.emit(f'{o} = {n}(a=1)')
            self.pr(f'{o}["a"]', f'{o}["hello"]', f'{o}.get("zz")', f'{o}', f'"hello" in {o}')
        elif c == 7:
            self.emit(f'class {n}:')
            self.emit('    registry = []')
            self.emit('    def __init_subclass__(cls, tag="none", **kw):')
            self.emit('        super().__init_subclass__(**kw)')
            self.emit('        cls.tag = tag')
            self.emit(f'        {n}.registry.append(cls.__name__)')
            if self.on('class_keywords'):
                self.emit(f'class {n}X({n}, tag="x"):')
            else:
                self.emit(f'class {n}X({n}):')
            self.emit('    pass')
            self.emit(f'class {n}Y({n}):')
            self.emit('    pass')
            self.pr(f'{n}.registry', f'{n}X.tag', f'{n}Y.tag', f'{n}X.__name__', f'{n}X.__qualname__', f'{n}X.__bases__')
        else:
            self.emit(f'class {n}:')
            self.emit('    def __init__(self, v):')
            self.emit('        self.v = v')
            self.emit('    def __radd__(self, other):')
            self.emit(f'        return {n}(other + self.v)')
            self.emit('    def __add__(self, other):')
            self.emit('        return NotImplemented')
            self.emit('    def __repr__(self):')
            self.emit(f'        return "{n}(%r)" % (self.v,)')
            self.emit('    def __lt__(self, other):')
            self.emit('        return self.v < other.v')
            self.risky = True  # sum() adds two of them: TypeError
            self.pr(f'sum([{n}(1), {n}(2)])', f'1 + {n}(5)', f'sorted([{n}(3), {n}(1)], reverse=True)', f'max({n}(4), {n}(2))')
            self.try_op(f'{n}(1) + {n}(2)')
            self.try_op(f'{n}(1) > 3')

    # ---- scoping ----
    def s_scoping(self):
        c = self.r.randint(0, 4)
        f = self.fresh('sc')
        if c == 0:
            self.emit(f'def {f}(x, acc=[]):')
            self.emit('    acc.append(x)')
            self.emit('    return acc')
            self.pr(f'{f}(1)', f'{f}(2)', f'{f}(3, [])', f'{f}(4)')
        elif c == 1:
            self.emit(f'class {f}:')
            self.emit(f'    base = {self.small_int(1, 5)}')
            # The first iterable is evaluated in the class body; the rest cannot see it.
            self.emit('    items = [i * 2 for i in range(base)]')
            self.emit('    def get(self):')
            self.emit('        return self.base, self.items')
            self.pr(f'{f}().get()', f'{f}.items')
        elif c == 2:
            self.emit(f'def {f}():')
            self.emit('    x = "outer"')
            self.emit('    def inner():')
            self.emit('        return x')
            self.emit('    x = "rebound"')
            self.emit('    return inner()')
            self.pr(f'{f}()')
        elif c == 3:
            self.emit(f'def {f}(n):')
            self.emit('    fs = []')
            self.emit('    for i in range(n):')
            self.emit('        def g(j=i):')
            self.emit('            return j + i')
            self.emit('        fs.append(g)')
            self.emit('    return [h() for h in fs]')
            self.pr(f'{f}({self.small_int(0, 5)})')
        else:
            self.emit(f'def {f}():')
            self.emit('    total = 0')
            self.emit('    def add(k):')
            self.emit('        nonlocal total')
            self.emit('        total += k')
            self.emit('        def deeper():')
            self.emit('            nonlocal total')
            self.emit('            total *= 2')
            self.emit('        deeper()')
            self.emit('        return total')
            self.emit('    return [add(i) for i in range(4)], total')
            self.pr(f'{f}()')

    # ---- containers: mixed keys, views, self-reference, nesting ----
    def s_containers2(self):
        c = self.r.randint(0, 6)
        d = self.fresh('cd')
        if c == 0:
            self.emit(f'{d} = {{1: "int", "1": "str", (1, 2): "tuple", 2.5: "float", None: "none", True: "bool?"}}')
            self.pr(f'{d}', f'{d}[1]', f'{d}[(1, 2)]', f'list({d}.keys())', f'len({d})')
        elif c == 1:
            self.emit(f'{d} = {self.S("dict", 1)}')
            # Set operations on views give sets of strings: their order is CPython's hash order.
            self.pr(f'sorted({d}.keys() | {{"zz"}})', f'sorted({d}.keys() & {{"a", "b"}})', f'sorted({d}.keys() - {{"a"}})', f'sorted({d}.items() & {{("a", 1)}})',
                    f'list(reversed({d}))', f'{d} == dict(reversed(list({d}.items())))', f'sorted({d}.values(), reverse=True)')
        elif c == 2:
            self.emit(f'{d} = [1, 2]')
            self.emit(f'{d}.append({d})')
            self.pr(f'{d}', f'len({d})', f'{d}[2][2][0]')
            e = self.fresh('cd')
            self.emit(f'{e} = {{"k": 1}}')
            self.emit(f'{e}["self"] = {e}')
            self.pr(f'{e}', f'str({e}) == repr({e})')
        elif c == 3:
            self.pr(f'[[1, [2, (3, {{4: [5]}})]], {{"a": {{"b": {{"c": []}}}}}}]', f'({{1, 2}}, frozenset({{3}}), (), ((),), [[]], {{}}, set())')
        elif c == 4:
            self.emit(f'{d} = dict({self.S("dict", 1)})')
            self.emit(f'for k in list({d}):')
            self.emit(f'    {d}[k * 2 if isinstance(k, str) else k] = 0')
            self.emit(f'print({d})')
            self.emit('try:')
            self.emit(f'    for k in {d}:')
            self.emit(f'        {d}[str(k) + "!"] = 1')
            self.emit('except RuntimeError as e:')
            self.emit('    print("RuntimeError", e)')
            self.emit(f'{d} = {{1, 2, 3}}')
            self.emit('try:')
            self.emit(f'    for k in {d}:')
            self.emit(f'        {d}.add(k + 10)')
            self.emit('except RuntimeError as e:')
            self.emit('    print("RuntimeError", e)')
        elif c == 5:
            # A copy: the slice assignments below put strings in it.
            self.emit(f'{d} = list({self.S("ilist", 1)})')
            self.emit(f'{d}[1:3] = range({self.small_int(0, 4)})')
            self.emit(f'{d}[:0] = "ab"')
            self.emit(f'{d}[len({d}):] = (9,)')
            self.emit(f'print({d})')
            self.emit('try:')
            self.emit(f'    {d}[::2] = [0]')
            self.emit('except ValueError as e:')
            self.emit('    print("ValueError", e)')
            self.emit(f'del {d}[::3]')
            self.emit(f'print({d}, {d}[::-2], {d}[-100:100])')
        else:
            self.emit(f'{d} = {self.S("ilist", 1)} + [3, 1, 2]')
            self.emit(f'{d}.sort(key=lambda v: v % 3, reverse=True)')
            self.emit(f'print({d})')
            self.emit(f'print(sorted({d}, key=lambda v: (v > 2, -v)), {d}.index(3, 1) if 3 in {d}[1:] else None)')
            self.emit(f'print(list(map(str, {d}))[::2], [*map(abs, {d})], list(zip({d}, {d}[1:])))')

    # ---- operator and method fuzzing over a pool of edge-case values ----
    def pool_value(self, kinds=None):
        kinds = kinds or ['int', 'int', 'bigint', 'float', 'str', 'bool', 'none', 'list', 'tuple', 'dict', 'set', 'range']
        k = self.pick(kinds)
        if k == 'int':
            return str(self.pick([0, 1, -1, 2, 3, -7, 10, 255, 2**31, 2**47 - 1, -2**47, 2**46]))
        if k == 'bigint':
            return self.pick(['2**47', '-2**47 - 1', '2**48 + 3', '2**62', '2**63 - 1', '2**63', '-2**63', '-2**63 - 1', '2**64',
                              '10**20', '-10**30 - 7', str(self.r.getrandbits(self.r.randint(48, 200))),
                              '-' + str(self.r.getrandbits(self.r.randint(48, 130))), '(2**64 - 1)', '3**100'])
        if k == 'float':
            return self.pick(['0.0', '-0.0', '1.5', '-2.5', "float('inf')", "float('-inf')", "float('nan')", '1e308', '5e-324',
                              '0.1', '3.0', '-7.25', '1e16', '2.0**53', '-1e-300', '123.456'])
        if k == 'str':
            return repr(self.pick(['', 'a', 'abc', 'é', 'A b', '12', ' ', 'aaa', 'xyz', 'ß']))
        if k == 'bool':
            return self.pick(['True', 'False'])
        if k == 'none':
            return 'None'
        if k == 'list':
            return self.pick(['[]', '[1]', '[1, 2, 3]', "['a', 'b']", '[0.5, -1]', '[[1], [2]]'])
        if k == 'tuple':
            return self.pick(['()', '(1,)', '(1, 2, 3)', "('a', 'b')", '(2**47, -1)'])
        if k == 'dict':
            return self.pick(['{}', "{'a': 1}", '{1: 2, 3: 4}'])
        if k == 'set':
            return self.pick(['set()', '{1}', '{1, 2, 3}', 'frozenset({2, 3})', 'frozenset()'])
        return self.pick(['range(0)', 'range(5)', 'range(1, 10, 3)', 'range(10, 0, -2)'])

    def s_ops(self):
        """A random binary or unary operation on two edge-case values, its repr or its error."""
        lines = []
        for _ in range(self.r.randint(2, 6)):
            a, b = self.pool_value(), self.pool_value()
            c = self.r.randint(0, 9)
            if c <= 5:
                op = self.pick(['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==',
                                '!=', '>', '>=', 'in', 'not in'])
                # Keep results small: no huge powers, shifts or repetitions.
                if op == '**' and not (b in ('0', '1', '2', '3', '-1', '0.5', '-0.0', '0.0', '1.5', 'True', 'False')):
                    b = self.pick(['2', '3', '-1', '0.5', '0'])
                if op == '**' and ('float' in a or '.' in a or 'e' in a) and b in ('0.5', '1.5') and not a.startswith("float('inf"):
                    a = f'abs({a})'  # a negative float to a fractional power is complex in CPython
                if op in ('<<', '>>') and not b.lstrip('-').isdigit():
                    b = self.pick(['0', '1', '5', '63', '64', '100', '-1', 'True'])
                if op == '*' and b.startswith(('2**', '-2**', '10**', '-10**', '3**', '(2**')) or b.isdigit() and len(b) > 3:
                    b = self.pick(['0', '2', '-1', '3', 'True'])
                if op == '*' and a.startswith(('2**', '-2**', '10**', '-10**', '3**', '(2**')) or a.isdigit() and len(a) > 3:
                    if b[:1] in "'[(r" or b.startswith('range'):
                        a = '2'
                lines.append(f'{a} {op} {b}')
            elif c == 6:
                lines.append(f'{self.pick(["-", "+", "~", "not "])}{a}')
            elif c == 7:
                f = self.pick(['int', 'float', 'str', 'repr', 'bool', 'abs', 'len', 'round', 'sorted', 'list', 'tuple',
                               'hash', 'divmod', 'pow', 'max', 'min', 'sum', 'set', 'ascii', 'bin', 'hex', 'oct', 'chr', 'ord'])
                if f in ('divmod', 'pow', 'max', 'min'):
                    if f == 'pow' and not b.lstrip('-').isdigit():
                        b = self.pick(['2', '-1', '0'])
                    lines.append(f'{f}({a}, {b})')
                elif f == 'hash' and ("'" in a or '[' in a or '{' in a):
                    lines.append(f'hash({a}) == hash({a})')
                else:
                    lines.append(f'{f}({a})')
            elif c == 8:
                lines.append(f'{a} == {b}, {a} is None, type({a}).__name__, bool({a})')
            else:
                lines.append(f'sorted([{a}, {b}])')
        for e in lines:
            self.emit('try:')
            self.emit(f'    print(repr({e}))')
            for l in self.catch_line().split('\n'):
                self.emit(l)

    def rand_spec(self, kind):
        """A random format spec, valid or not: [[fill]align][sign][#][0][width][,|_][.prec][type]."""
        s = ''
        if self.chance(0.3):
            s += self.pick(['', '*', '0', '-', 'é', ' ']) + self.pick(['<', '>', '^', '='])
        if self.chance(0.3):
            s += self.pick(['+', '-', ' '])
        if self.chance(0.15):
            s += 'z' if self.chance(0.3) else '#'
        if self.chance(0.2):
            s += '0'
        if self.chance(0.4):
            s += str(self.r.randint(0, 14))
        if self.chance(0.2):
            s += self.pick([',', '_'])
        if self.chance(0.35):
            s += '.' + str(self.r.randint(0, 12))
        if self.chance(0.6):
            types = {'int': 'bcdoxXneEfFgG%s', 'float': 'eEfFgG%nds', 'str': 'sd'}[kind]
            s += self.pick(types)
        return s

    def s_format_fuzz(self):
        for _ in range(self.r.randint(2, 5)):
            kind = self.pick(['int', 'int', 'float', 'float', 'str'])
            v = {'int': lambda: self.pool_value(['int', 'bigint', 'bool']),
                 'float': lambda: self.pool_value(['float']) if self.chance(0.5) else self.rand_float(),
                 'str': lambda: self.pool_value(['str'])}[kind]()
            spec = self.rand_spec(kind)
            form = self.r.randint(0, 2)
            if form == 0:
                e = f'format({v}, {spec!r})'
            elif form == 1 and '"' not in v and '\\' not in v:
                e = f'f"{{{v}:{spec}}}"' if '{' not in spec and '}' not in spec else f'format({v}, {spec!r})'
            else:
                e = f'"{{:{spec}}}".format({v})'
            self.emit('try:')
            self.emit(f'    print(repr({e}))')
            for l in self.catch_line().split('\n'):
                self.emit(l)

    def slice_part(self):
        return self.pick(['', 'None', '0', '1', '2', '-1', '-2', '3', '-3', '5', '-5', '100', '-100', '2**63', '-2**63',
                          '2**70', 'True', '2**47', '-2**47 - 1'])

    def s_slice_fuzz(self):
        seq = self.pick(['"abcdef"', '"héllo wörld"', '[0, 1, 2, 3, 4, 5, 6]', '(10, 20, 30, 40)', 'range(2, 20, 3)', '[]', '""',
                         'range(10, -10, -4)'])
        for _ in range(self.r.randint(2, 5)):
            steps = ['', '1', '2', '-1', '-2', '3', '0', 'None', '2**63', '-2**63']
            if seq.startswith('range') and not self.on('bigint_ranges'):
                steps = steps[:-2]  # a step times a range's step past int64 (FINDINGS.md)
            a, b, c = self.slice_part(), self.slice_part(), self.pick(steps)
            self.emit('try:')
            self.emit(f'    print(repr({seq}[{a}:{b}:{c}]), repr({seq}[{self.pick(["0", "-1", "3", "-7", "2**63", "True"])}]))')
            for l in self.catch_line().split('\n'):
                self.emit(l)
        if seq.startswith('['):
            v = self.fresh('sf')
            self.emit(f'{v} = {seq}')
            for _ in range(self.r.randint(1, 4)):
                a, b, c = self.slice_part(), self.slice_part(), self.pick(['', '1', '2', '-1', '-2', '0'])
                if self.chance(0.7):
                    stmt = f'{v}[{a}:{b}:{c}] = {self.pick(["[]", "[9]", "[7, 8]", "range(3)", "(5, 6, 7, 8)", repr("xy"), "[0] * 4"])}'
                else:
                    stmt = f'del {v}[{a}:{b}:{c}]'
                self.emit('try:')
                self.emit(f'    {stmt}')
                self.emit(f'    print({v})')
                for l in self.catch_line().split('\n'):
                    self.emit(l)

    def s_str_fuzz(self):
        s = self.pick(['"hello world"', '"  a,b,,c  "', '"ÀÉÎ õü"', '"aAaA"', '"x\\ty\\nz"', '""', '("ab" * 5)', '"Mississippi"',
                       '"1,234.5"', '"ǅungla İstanbul"'])
        sub = self.pick(['"a"', '"ss"', '""', '"l"', '"o w"', '","', '"é"', '("a", "M")', '" "', '"xyz"'])
        num = lambda: self.pick(['0', '1', '-1', '2', '-3', '5', '100', '-100', '2**63', 'None', '2**47'])
        calls = [f'find({sub}, {num()}, {num()})', f'rfind({sub}, {num()})', f'count({sub}, {num()}, {num()})',
                 f'index({sub}, {num()})', f'rindex({sub})', f'startswith({sub}, {num()}, {num()})', f'endswith({sub}, {num()})',
                 f'split({sub}, {num()})', f'rsplit({sub}, {num()})', f'split(maxsplit={num()})', f'replace({sub}, "_", {num()})',
                 f'strip({sub})', f'lstrip({sub})', f'partition({sub})', f'rpartition({sub})', f'center({num()}, {sub})',
                 f'ljust({num()})', f'rjust({num()}, "·")', f'zfill({num()})', f'expandtabs({num()})', f'splitlines({self.pick(["", "True", "keepends=True"])})',
                 f'removeprefix({sub})', f'removesuffix({sub})', f'join([{sub}, "x"])', f'encode()' if self.on('bytes') else 'upper()',
                 f'title()', f'swapcase()', f'casefold()', f'capitalize()', f'isspace()', f'istitle()', f'isprintable()',
                 f'format({num()}, x={sub})', f'__getitem__({num()})', f'__contains__({sub})', f'__len__()', f'__add__({sub})',
                 f'__mul__({num()})' if True else '', f'__eq__({sub})', f'__lt__({sub})']
        for _ in range(self.r.randint(2, 5)):
            e = f'{s}.{self.pick(calls)}'
            if '2**63' in e and ('center' in e or 'ljust' in e or 'rjust' in e or 'zfill' in e or '__mul__' in e or 'expandtabs' in e):
                e = e.replace('2**63', '2**64')  # an OverflowError, never a huge string
            if '2**47' in e and ('center' in e or 'ljust' in e or 'rjust' in e or 'zfill' in e or '__mul__' in e or 'expandtabs' in e):
                e = e.replace('2**47', '7')
            if '100' in e and 'expandtabs' in e:
                e = e.replace('100', '9')
            self.emit('try:')
            self.emit(f'    print(repr({e}))')
            for l in self.catch_line().split('\n'):
                self.emit(l)

    def s_repr_fuzz(self):
        chars = ['a', "'", '"', '\\', '\n', '\t', '\r', '\x00', '\x7f', '\x80', '\xa0', '\xad', 'é', '\u200b', '\u2028', '\ufeff',
                 '€', '\U0001f600' if self.on('astral_chars') else 'ß', '\x1b', ' ', '\u0300', '\ud7ff', '\ue000', '\uffff']
        for _ in range(self.r.randint(1, 3)):
            text = ''.join(self.pick(chars) for _ in range(self.r.randint(0, 6)))
            lit = ascii(text)
            self.emit(f'print(repr({lit}), ascii({lit}), len({lit}), {lit}.isprintable(), repr([{lit}, ({lit},)]), format({lit}, ">12"), "%r|%a" % ({lit}, {lit}))')

    # ---- the program ----
    STMTS = [
        ('arith', 's_assign', 10), ('arith', 's_augassign', 6), ('arith', 's_print', 10),
        ('strings', 's_strings', 4), ('formatting', 's_formatting', 5), ('lists', 's_list_methods', 6),
        ('dicts', 's_dict_methods', 5), ('sets', 's_set_methods', 4), ('tuples', 's_tuples', 2),
        ('control', 's_if', 5), ('control', 's_for', 5), ('control', 's_while', 3),
        ('comprehensions', 's_comprehensions', 3), ('unpacking', 's_unpacking', 3),
        ('sorting', 's_sorting', 3), ('functions', 's_function', 3), ('functions', 's_call_existing', 2),
        ('functions', 's_lambda', 2), ('closures', 's_closure', 2), ('generators', 's_generator', 3),
        ('classes', 's_class', 3), ('exceptions', 's_exceptions', 4), ('error_zoo', 's_error_zoo', 5),
        ('match', 's_match', 2), ('recursion', 's_recursion', 2), ('bigint', 's_bigint', 2),
        ('with', 's_with', 1), ('math', 's_math', 1), ('globals', 's_globals', 1), ('walrus', 's_walrus', 1),
        ('floats', 's_floats', 4), ('builtins', 's_builtins', 6), ('classes', 's_classes2', 3),
        ('scoping', 's_scoping', 1), ('containers', 's_containers2', 3),
        ('ops', 's_ops', 6), ('formatting', 's_format_fuzz', 4), ('slices', 's_slice_fuzz', 3),
        ('strings', 's_str_fuzz', 4), ('strings', 's_repr_fuzz', 2),
    ]
    SIMPLE = {'s_assign', 's_augassign', 's_print', 's_strings', 's_formatting', 's_list_methods',
              's_dict_methods', 's_set_methods', 's_if', 's_for', 's_while', 's_comprehensions',
              's_unpacking', 's_sorting', 's_error_zoo', 's_tuples', 's_call_existing', 's_floats',
              's_builtins', 's_ops', 's_format_fuzz', 's_str_fuzz'}

    def stmt(self, simple=False):
        choices = [(m, w) for f, m, w in self.STMTS if self.on(f) and (not simple or m in self.SIMPLE)]
        if not choices:
            self.emit('pass')
            return
        names = [m for m, _ in choices]
        weights = [w for _, w in choices]
        m = self.r.choices(names, weights)[0]
        self.risky = False
        if m == 's_call_existing' and not self.funcs:
            m = 's_print'
        if simple and self.func_depth and m in ('s_while', 's_for') and self.ind > 3:
            m = 's_print'
        getattr(self, m)()

    def program(self):
        self.emit(f'# difftest program, seed {self.seed}')
        # Seed a few variables of each type so expressions have names to use.
        for t in self.r.sample(TYPES, 5):
            self.new_var(t)
        for _ in range(self.size):
            self.stmt()
        if self.on('uncaught') and self.chance(0.15):
            self.emit_block(self.error_expr_stmt(), '')
        return '\n'.join(self.lines) + '\n'


def _zoo(fn):
    ERROR_ZOO.append(fn)
    return fn


ERROR_ZOO = []
_z = [
    lambda g: f'print(int({g.pick(["abc", "1.5", "", " 12 ", "0x1f", "1_0", "١٢", "--1"])!r}))',
    lambda g: f'print({g.lit_ilist()}[{g.r.randint(3, 9)}])',
    lambda g: f'print({g.lit_dict()}[{g.str_lit()}])',
    lambda g: f'print({g.int_lit()} {g.pick(["/", "//", "%"])} 0)',
    lambda g: f'print({g.float_lit()} {g.pick(["/", "//", "%"])} 0.0)',
    lambda g: f'print({g.str_lit()} + {g.int_lit()})',
    lambda g: f'print({g.int_lit()} + {g.str_lit()})',
    lambda g: f'print(len({g.int_lit()}))',
    lambda g: 'print([].pop())',
    lambda g: 'print({}.popitem())',
    lambda g: 'print(set().pop())',
    lambda g: f'{g.lit_ilist()}.remove({g.r.randint(50, 60)})',
    lambda g: f'print({g.str_lit()}.index("qq"))',
    lambda g: f'print(int(float({g.pick(["inf", "nan", "-inf"])!r})))',
    lambda g: f'print(float({g.pick(["abc", "1e", "", "1.2.3"])!r}))',
    lambda g: f'print({g.str_lit()} * {g.str_lit()})',
    lambda g: f'print(None + {g.int_lit()})',
    lambda g: f'print([1, 2] < {g.str_lit()})',
    lambda g: f'print({g.pick(["hash([])", "hash({})", "{[]: 1}", "{{1}, [2]}", "hash(set())"])})',
    lambda g: f'print({g.pick(["max([])", "min(())", "max()", "min(1)", "sum(1)", "sum([[1]])", "sum([], [])"])})',
    lambda g: f'print(dict([(1, 2, 3)]))',
    lambda g: f'a, b = {g.pick(["[1, 2, 3]", "[1]", "(1,)", "range(5)", "1", repr("xyz")])}',
    lambda g: f'print({g.pick(["int(None)", "float(None)", "float([])", "int([])", "str(1, 2)"])})',
    lambda g: f'print({g.pick(["abs", "-", "~", "+"])}({g.str_lit()}))',
    lambda g: f'print(~{g.float_lit()})',
    lambda g: f'print(1 << -{g.r.randint(1, 5)})',
    lambda g: f'print(10 ** 400 * {g.float_lit()})',
    lambda g: f'print(float(10 ** {g.r.randint(309, 400)}))',
    lambda g: f'print({g.str_lit()}.join([1, 2]))',
    lambda g: f'print("{{}} {{}}".format({g.int_lit()}))',
    lambda g: f'print("%d" % {g.str_lit()})',
    lambda g: f'print("%s %s" % ({g.int_lit()},))',
    lambda g: f'print({g.lit_tuple()}[{g.r.randint(6, 9)}])',
    lambda g: f'print({g.str_lit()}[{g.r.randint(30, 40)}])',
    lambda g: 'print(next(iter([])))',
    lambda g: f'print(chr({g.pick(["-1", "1114112", "0x110000"])}))',
    lambda g: f'print(ord({g.pick(["ab", "", "xyz"])!r}))',
    lambda g: f'print(divmod({g.int_lit()}, 0))',
    lambda g: f'print(pow({g.pick(["2", "3", "0"])}, -1, {g.pick(["4", "6", "1"])}))',
    lambda g: f'print({g.str_lit()}.split(""))',
    lambda g: f'print(list(range(5))[::0])',
    lambda g: f'print(int("10", {g.pick(["1", "37", "-1"])}))',
    lambda g: 'print(undefined_name_xyz)',
    lambda g: f'print(({g.int_lit()}).nope)',
    lambda g: f'print({g.str_lit()}.nope())',
    lambda g: f'print(sorted([1, {g.str_lit()}, 2]))',
    lambda g: f'print({g.pick(["round", "abs", "len"])}())',
    lambda g: f'print((lambda a, b: a)({g.pick(["1", "1, 2, 3", "b=1", "1, a=2", "1, 2, c=3"])}))',
    lambda g: f'print({g.int_lit()}({g.int_lit()}))',
    lambda g: f'print({g.str_lit()}[1:2:0])',
    lambda g: f'print({g.lit_ilist()}.index({g.r.randint(50, 99)}))',
    lambda g: 'print(' + g.pick(["[1, 2][1.0]", "[1][None]", "(1,)[\'a\']", "\'ab\'[1.5]"]) + ')',
    lambda g: 'print(' + g.pick(["{1: 2} + {3: 4}", "[1] - [1]", "(1,) * (2,)", "{1} + {2}", "\'a\' - \'b\'", "[1] * 1.5"]) + ')',
    lambda g: f'print(iter({g.int_lit()}))',
    lambda g: f'for q in {g.int_lit()}:\n    pass',
    lambda g: 'print(' + g.pick(["1 < \'a\'", "None < None", "[1] > (1,)", "{1} < [1]", "{} < {}"]) + ')',
    lambda g: f'print({g.pick(["math_x", "print.nope", "len.x", "[].nope", "{}.x", "None.x"])})',
    lambda g: f'raise {g.pick(BUILTIN_EXC)}({g.str_lit()})',
    lambda g: f'assert {g.int_lit()} == {g.int_lit()}, {g.str_lit()}',
    lambda g: 'print(' + g.pick(["round(1.5, \'a\')", "isinstance(1, 2)", "getattr(1)", "zip(1)", "enumerate(1)", "sorted(1)", "reversed(1)", "list(1)", "tuple(1)", "set(1)", "dict(1)"]) + ')',
    lambda g: 'print(' + g.pick(["int(\'9\' * 5000)", "str(10 ** 5000)", "f\'{10 ** 5000}\'"]) + ')',
    lambda g: f'print({g.pick(["[1, 2, 3].pop(7)", "[].pop(0)", "[1].insert()", "[].index()", "[3, 1].sort(1)", "[1].sort(key=1)"])})',
    lambda g: 'print(' + g.pick(["\'abc\'.center()", "\'a\'.replace(1, 2)", "\'abc\'.startswith(1)", "\'a\'.zfill(\'b\')", "\'x\'.split(1)", "\'%\' % ()", "\'%z\' % 1", "\'{0}{}\'.format(1, 2)", "\'{x}\'.format(1)", "format(1, \'q\')", "format(\'a\', \'d\')", "format(1.5, \'d\')", "f\'{1:abc}\'"]) + ')',
    lambda g: 'print(' + g.pick(["{}.fromkeys(1)", "{1: 2}.update(1)", "dict(a=1)[\'b\']", "{}.setdefault()", "{1}.remove(2)", "set().union(1)", "frozenset().add(1)"]) + ')',
    lambda g: f'print({g.pick(["1 / 0.0", "0.0 ** -1", "10.0 ** 400", "2 ** 10000 / 1", "1e308 * 10"])})',
]
ERROR_ZOO.extend(_z)


def parse_features(text):
    out = {}
    for part in (text or '').split(','):
        part = part.strip()
        if not part:
            continue
        on = not part.startswith('-')
        name = part.lstrip('-+')
        if name not in FEATURES and name not in UNSUPPORTED and name not in KNOWN:
            raise SystemExit(f'gen.py: unknown feature {name!r}')
        out[name] = on
    return out


def generate(seed, size=40, features=None):
    return Gen(seed, size, features).program()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('seed', type=int)
    ap.add_argument('--size', type=int, default=40, help='top-level statements (default 40)')
    ap.add_argument('--features', default='', help='comma list: name to switch on, -name off')
    args = ap.parse_args()
    print(generate(args.seed, args.size, parse_features(args.features)), end='')


if __name__ == '__main__':
    main()
