# pprint opens the collections types, types.SimpleNamespace and dict/list subclasses
# that keep their base's repr, and writes everything else with its repr.
import pprint
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from types import MappingProxyType, SimpleNamespace

words = "the quick brown fox jumps over the lazy dog the end of the story".split()
pprint.pprint(Counter(words), width=40)
# expect: Counter({'the': 4,
# expect:          'quick': 1,
# expect:          'brown': 1,
# expect:          'fox': 1,
# expect:          'jumps': 1,
# expect:          'over': 1,
# expect:          'lazy': 1,
# expect:          'dog': 1,
# expect:          'end': 1,
# expect:          'of': 1,
# expect:          'story': 1})
pprint.pprint(OrderedDict((w, len(w)) for w in words[:6]), width=40)
# expect: OrderedDict([('the', 3),
# expect:              ('quick', 5),
# expect:              ('brown', 5),
# expect:              ('fox', 3),
# expect:              ('jumps', 5),
# expect:              ('over', 4)])
dd = defaultdict(list)
for w in words[:8]:
    dd[len(w)].append(w)
pprint.pprint(dd, width=40)
# expect: defaultdict(<class 'list'>,
# expect:             {3: ['the', 'fox', 'the'],
# expect:              4: ['over', 'lazy'],
# expect:              5: ['quick',
# expect:                  'brown',
# expect:                  'jumps']})
pprint.pprint(deque(range(30), maxlen=40), width=40)
# expect: deque([0,
# expect:        1,
# expect:        2,
# expect:        3,
# expect:        4,
# expect:        5,
# expect:        6,
# expect:        7,
# expect:        8,
# expect:        9,
# expect:        10,
# expect:        11,
# expect:        12,
# expect:        13,
# expect:        14,
# expect:        15,
# expect:        16,
# expect:        17,
# expect:        18,
# expect:        19,
# expect:        20,
# expect:        21,
# expect:        22,
# expect:        23,
# expect:        24,
# expect:        25,
# expect:        26,
# expect:        27,
# expect:        28,
# expect:        29],
# expect:       maxlen=40)
pprint.pprint(deque(words), width=30)
# expect: deque(['the',
# expect:        'quick',
# expect:        'brown',
# expect:        'fox',
# expect:        'jumps',
# expect:        'over',
# expect:        'the',
# expect:        'lazy',
# expect:        'dog',
# expect:        'the',
# expect:        'end',
# expect:        'of',
# expect:        'the',
# expect:        'story'])
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": "x" * 30}), width=40)
# expect: ChainMap({'a': [0,
# expect:                 1,
# expect:                 2,
# expect:                 3,
# expect:                 4,
# expect:                 5,
# expect:                 6,
# expect:                 7,
# expect:                 8,
# expect:                 9]},
# expect:          {'b': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'})
pprint.pprint(SimpleNamespace(name="pprint", items=list(range(25)), inner=SimpleNamespace(x=1)), width=40)
# expect: namespace(name='pprint',
# expect:           items=[0,
# expect:                  1,
# expect:                  2,
# expect:                  3,
# expect:                  4,
# expect:                  5,
# expect:                  6,
# expect:                  7,
# expect:                  8,
# expect:                  9,
# expect:                  10,
# expect:                  11,
# expect:                  12,
# expect:                  13,
# expect:                  14,
# expect:                  15,
# expect:                  16,
# expect:                  17,
# expect:                  18,
# expect:                  19,
# expect:                  20,
# expect:                  21,
# expect:                  22,
# expect:                  23,
# expect:                  24],
# expect:           inner=namespace(x=1))
pprint.pprint(MappingProxyType({"k": list(range(30))}), width=40)
# expect: mappingproxy({'k': [0,
# expect:                     1,
# expect:                     2,
# expect:                     3,
# expect:                     4,
# expect:                     5,
# expect:                     6,
# expect:                     7,
# expect:                     8,
# expect:                     9,
# expect:                     10,
# expect:                     11,
# expect:                     12,
# expect:                     13,
# expect:                     14,
# expect:                     15,
# expect:                     16,
# expect:                     17,
# expect:                     18,
# expect:                     19,
# expect:                     20,
# expect:                     21,
# expect:                     22,
# expect:                     23,
# expect:                     24,
# expect:                     25,
# expect:                     26,
# expect:                     27,
# expect:                     28,
# expect:                     29]})
pprint.pprint([Counter(), OrderedDict(), deque(), defaultdict(int)])
# expect: [Counter(), OrderedDict(), deque([]), defaultdict(<class 'int'>, {})]


class Items(list):
    pass


class Shown(list):
    def __repr__(self):
        return "Shown(" + str(len(self)) + " items)"


pprint.pprint(Items(range(30)), width=40)
# expect: [0,
# expect:  1,
# expect:  2,
# expect:  3,
# expect:  4,
# expect:  5,
# expect:  6,
# expect:  7,
# expect:  8,
# expect:  9,
# expect:  10,
# expect:  11,
# expect:  12,
# expect:  13,
# expect:  14,
# expect:  15,
# expect:  16,
# expect:  17,
# expect:  18,
# expect:  19,
# expect:  20,
# expect:  21,
# expect:  22,
# expect:  23,
# expect:  24,
# expect:  25,
# expect:  26,
# expect:  27,
# expect:  28,
# expect:  29]
pprint.pprint([Shown(range(30))] * 3, width=20)
# expect: [Shown(30 items),
# expect:  Shown(30 items),
# expect:  Shown(30 items)]
