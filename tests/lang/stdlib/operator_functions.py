# operator: the operators as functions, and itemgetter, attrgetter, methodcaller.
import operator
from functools import reduce
from operator import attrgetter, itemgetter, methodcaller

print(operator.add(1, 2), operator.mul("a", 3), operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2))
# expect: 3 aaa 2 3.5 3
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3), operator.abs(-2), operator.invert(5))
# expect: 1 1024 -3 -3 2 -6
print(operator.not_(0), operator.truth([]), operator.lt(1, 2), operator.le(2, 2), operator.eq([1], [1]), operator.ne(1, 1))
# expect: True False True True True False
print(operator.gt(1, 2), operator.ge(2, 1), operator.is_(None, None), operator.is_not(1, None))
# expect: False True True True
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
# expect: 2 7 5 16 4
print(operator.contains([1], 1), operator.getitem({"k": 1}, "k"), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1))
# expect: True 1 [1, 2] 2
print(operator.index(5), operator.indexOf([1, 2], 2), operator.length_hint([1, 2]), operator.length_hint(5, 7))
# expect: 5 1 2 7
seq = [1, 2, 3]
operator.setitem(seq, 0, 9)
operator.delitem(seq, 1)
print(seq, operator.iadd([1], [2]), operator.iadd(1, 2), operator.imul("ab", 2), operator.call(max, 1, 5))
# expect: [9, 3] [1, 2] 3 abab 5
print(reduce(operator.mul, range(1, 8)), list(map(operator.sub, [10, 20], [1, 2])))
# expect: 5040 [9, 18]

g = itemgetter(1)
print(g([1, 2]), g("xyz"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 7}), g, itemgetter(1, "a"))
# expect: 2 y ('a', 'c') 7 operator.itemgetter(1) operator.itemgetter(1, 'a')
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=itemgetter(1, 0)), itemgetter(slice(1, 3))("abcd"))
# expect: [('c', 1), ('a', 2), ('b', 2)] bc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def greet(self, greeting, end="."):
        return greeting + " " + self.name + end


root = Node("root")
leaf = Node("leaf", root)
print(attrgetter("name")(leaf), attrgetter("parent.name")(leaf), attrgetter("name", "parent.name")(leaf))
# expect: leaf root ('leaf', 'root')
print(attrgetter("name"), attrgetter("a.b", "c"), [n.name for n in sorted([leaf, root], key=attrgetter("name"))])
# expect: operator.attrgetter('name') operator.attrgetter('a.b', 'c') ['leaf', 'root']
print(methodcaller("greet", "hi")(leaf), methodcaller("greet", "yo", end="!")(root), methodcaller("greet", "hi", end="?"))
# expect: hi leaf. yo root! operator.methodcaller('greet', 'hi', end='?')
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b"))
# expect: ['A', 'B'] ['a', 'b']
for f in [lambda: operator.indexOf([1], 5), lambda: operator.index(1.5), lambda: itemgetter(), lambda: attrgetter(1),
          lambda: attrgetter("missing")(root), lambda: operator.concat(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: sequence.index(x): x not in sequence
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: itemgetter expected 1 argument, got 0
# expect: TypeError: attribute name must be a string
# expect: AttributeError: 'Node' object has no attribute 'missing'
# expect: TypeError: 'int' object can't be concatenated
