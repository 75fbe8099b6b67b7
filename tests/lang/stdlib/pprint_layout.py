# pprint: CPython's layout — a repr that fits is written whole, else a container opens
# one item per line; width, indent, depth, compact and sort_dicts change the layout.
import pprint

data = {"name": "Edge Python", "tags": ["compact", "embeddable", "fast", "safe"], "version": (0, 1, 0),
        "nested": {"z": [1, 2, 3] * 8, "a": {"deep": {"deeper": {"deepest": list(range(12))}}}}, "empty": {}}
pprint.pprint(data)
# expect: {'empty': {},
# expect:  'name': 'Edge Python',
# expect:  'nested': {'a': {'deep': {'deeper': {'deepest': [0,
# expect:                                                   1,
# expect:                                                   2,
# expect:                                                   3,
# expect:                                                   4,
# expect:                                                   5,
# expect:                                                   6,
# expect:                                                   7,
# expect:                                                   8,
# expect:                                                   9,
# expect:                                                   10,
# expect:                                                   11]}}},
# expect:             'z': [1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3]},
# expect:  'tags': ['compact', 'embeddable', 'fast', 'safe'],
# expect:  'version': (0, 1, 0)}
pprint.pprint(data, width=40)
# expect: {'empty': {},
# expect:  'name': 'Edge Python',
# expect:  'nested': {'a': {'deep': {'deeper': {'deepest': [0,
# expect:                                                   1,
# expect:                                                   2,
# expect:                                                   3,
# expect:                                                   4,
# expect:                                                   5,
# expect:                                                   6,
# expect:                                                   7,
# expect:                                                   8,
# expect:                                                   9,
# expect:                                                   10,
# expect:                                                   11]}}},
# expect:             'z': [1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3,
# expect:                   1,
# expect:                   2,
# expect:                   3]},
# expect:  'tags': ['compact',
# expect:           'embeddable',
# expect:           'fast',
# expect:           'safe'],
# expect:  'version': (0, 1, 0)}
pprint.pprint(data, indent=4, width=60, sort_dicts=False)
# expect: {   'name': 'Edge Python',
# expect:     'tags': ['compact', 'embeddable', 'fast', 'safe'],
# expect:     'version': (0, 1, 0),
# expect:     'nested': {   'z': [   1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3,
# expect:                            1,
# expect:                            2,
# expect:                            3],
# expect:                   'a': {   'deep': {   'deeper': {   'deepest': [   0,
# expect:                                                                     1,
# expect:                                                                     2,
# expect:                                                                     3,
# expect:                                                                     4,
# expect:                                                                     5,
# expect:                                                                     6,
# expect:                                                                     7,
# expect:                                                                     8,
# expect:                                                                     9,
# expect:                                                                     10,
# expect:                                                                     11]}}}},
# expect:     'empty': {}}
pprint.pprint(data, depth=2)
# expect: {'empty': {},
# expect:  'name': 'Edge Python',
# expect:  'nested': {'a': {...}, 'z': [...]},
# expect:  'tags': ['compact', 'embeddable', 'fast', 'safe'],
# expect:  'version': (0, 1, 0)}
pprint.pprint(list(range(40)), compact=True, width=50)
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
# expect:  15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
# expect:  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
# expect:  39]
pprint.pprint([list(range(i)) for i in range(9)], compact=True, width=30)
# expect: [[], [0], [0, 1], [0, 1, 2],
# expect:  [0, 1, 2, 3],
# expect:  [0, 1, 2, 3, 4],
# expect:  [0, 1, 2, 3, 4, 5],
# expect:  [0, 1, 2, 3, 4, 5, 6],
# expect:  [0, 1, 2, 3, 4, 5, 6, 7]]
pprint.pp({"b": 1, "a": [2] * 30})
# expect: {'b': 1,
# expect:  'a': [2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2,
# expect:        2]}
print(pprint.pformat(("one",), width=5), pprint.pformat((), width=1), pprint.pformat([[]], width=1))
# expect: ('one',) () [[]]
print(pprint.pformat({"key": "a long string with many words that must be split across lines"}, width=30))
# expect: {'key': 'a long string with '
# expect:         'many words that '
# expect:         'must be split '
# expect:         'across lines'}
pprint.pprint("a long string with many words that must be split across lines\nand a second line", width=25)
# expect: ('a long string with '
# expect:  'many words that must '
# expect:  'be split across '
# expect:  'lines\n'
# expect:  'and a second line')
pprint.pprint([frozenset(range(20, 0, -1)), set(range(15))], width=40)
# expect: [frozenset({1,
# expect:             2,
# expect:             3,
# expect:             4,
# expect:             5,
# expect:             6,
# expect:             7,
# expect:             8,
# expect:             9,
# expect:             10,
# expect:             11,
# expect:             12,
# expect:             13,
# expect:             14,
# expect:             15,
# expect:             16,
# expect:             17,
# expect:             18,
# expect:             19,
# expect:             20}),
# expect:  {0,
# expect:   1,
# expect:   2,
# expect:   3,
# expect:   4,
# expect:   5,
# expect:   6,
# expect:   7,
# expect:   8,
# expect:   9,
# expect:   10,
# expect:   11,
# expect:   12,
# expect:   13,
# expect:   14}]
pprint.pprint([10 ** 12, 123456789], underscore_numbers=True)
# expect: [1_000_000_000_000, 123_456_789]
pprint.pprint({(2, "b"): 1, (1, "a"): 2, 3: [None, True, 1.5]}, width=20)
# expect: {3: [None,
# expect:      True,
# expect:      1.5],
# expect:  (1, 'a'): 2,
# expect:  (2, 'b'): 1}
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable([1, "x"]), pprint.isreadable(pprint))
# expect: {'a': (3,), 'b': [1, 2]} True False
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isrecursive([loop[:2]]), pprint.pformat([[1]] * 2, depth=1))
# expect: True False [[...], [...]]
printer = pprint.PrettyPrinter(width=20, indent=2)
print(printer.pformat({"alpha": 1, "beta": [1, 2, 3, 4, 5, 6], "gamma": "g"}))
# expect: { 'alpha': 1,
# expect:   'beta': [ 1,
# expect:             2,
# expect:             3,
# expect:             4,
# expect:             5,
# expect:             6],
# expect:   'gamma': 'g'}
printer.pprint(list("abcdefgh"))
# expect: [ 'a',
# expect:   'b',
# expect:   'c',
# expect:   'd',
# expect:   'e',
# expect:   'f',
# expect:   'g',
# expect:   'h']
for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(e)
# expect: indent must be >= 0
# expect: depth must be > 0
# expect: width must be != 0
