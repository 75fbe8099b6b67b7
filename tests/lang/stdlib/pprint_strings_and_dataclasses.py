# pprint: long strings cut after white space (at the top level in parentheses, inside a
# container as adjacent literals), dataclasses opened as name=value, indent > 1, and a
# recursive list named as such.
import pprint
from dataclasses import dataclass, field

text = "Beautiful is better than ugly. Explicit is better than implicit. Simple is better than complex."
pprint.pprint(text, width=40)
pprint.pprint({"zen": text, "n": 1}, width=50)
pprint.pprint(["line one\nline two is a little longer\n", "   leading spaces count too   "], width=24)
pprint.pprint("averyveryverylongwordwithoutanyspaceatall" * 2, width=30)


@dataclass
class Point:
    x: int
    y: int
    label: str = "origin"
    hidden: list = field(default_factory=list, repr=False)


@dataclass
class Shape:
    name: str
    points: list


shape = Shape("triangle", [Point(0, 0), Point(10, 0, "right corner"), Point(5, 8, "top of the triangle")])
pprint.pprint(shape, width=50)
pprint.pprint(shape)
pprint.pprint([shape.points[0]], width=10)
pprint.pprint({"a": [1, 2, {"b": (3, 4)}], "c": "d" * 30}, indent=4, width=30)
pprint.pprint([[1, 2, 3]] * 3, indent=3, width=12)
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.saferepr(loop).startswith("[1, 2, <Recursion on list with id="))
printer = pprint.PrettyPrinter(width=20, compact=True)
printer.pprint(list(range(25)))
print(printer.pformat(("x" * 10,)), printer.isreadable(Point(1, 2)))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)


# A subclass's format() is used for every item, as CPython's PrettyPrinter does.
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return pprint.PrettyPrinter.format(self, object, context, maxlevels, level)


Upper(width=20).pprint({"key": ["some", "words", "here", 1]})
# expect: ('Beautiful is better than ugly. '
# expect:  'Explicit is better than implicit. '
# expect:  'Simple is better than complex.')
# expect: {'n': 1,
# expect:  'zen': 'Beautiful is better than ugly. Explicit '
# expect:         'is better than implicit. Simple is '
# expect:         'better than complex.'}
# expect: ['line one\n'
# expect:  'line two is a little '
# expect:  'longer\n',
# expect:  '   leading spaces '
# expect:  'count too   ']
# expect: 'averyveryverylongwordwithoutanyspaceatallaveryveryverylongwordwithoutanyspaceatall'
# expect: Shape(name='triangle',
# expect:       points=[Point(x=0, y=0, label='origin'),
# expect:               Point(x=10,
# expect:                     y=0,
# expect:                     label='right corner'),
# expect:               Point(x=5,
# expect:                     y=8,
# expect:                     label='top of the triangle')])
# expect: Shape(name='triangle',
# expect:       points=[Point(x=0, y=0, label='origin'),
# expect:               Point(x=10, y=0, label='right corner'),
# expect:               Point(x=5, y=8, label='top of the triangle')])
# expect: [Point(x=0,
# expect:        y=0,
# expect:        label='origin')]
# expect: {   'a': [   1,
# expect:              2,
# expect:              {'b': (3, 4)}],
# expect:     'c': 'dddddddddddddddddddddddddddddd'}
# expect: [  [  1,
# expect:       2,
# expect:       3],
# expect:    [  1,
# expect:       2,
# expect:       3],
# expect:    [  1,
# expect:       2,
# expect:       3]]
# expect: True True
# expect: [0, 1, 2, 3, 4, 5,
# expect:  6, 7, 8, 9, 10, 11,
# expect:  12, 13, 14, 15, 16,
# expect:  17, 18, 19, 20, 21,
# expect:  22, 23, 24]
# expect: ('xxxxxxxxxx',) True
# expect: indent must be >= 0
# expect: depth must be > 0
# expect: width must be != 0
# expect: {'KEY': ['SOME',
# expect:          'WORDS',
# expect:          'HERE',
# expect:          1]}
