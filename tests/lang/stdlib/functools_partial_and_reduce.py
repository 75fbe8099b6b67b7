# functools.partial (arguments frozen ahead of the call) and functools.reduce.
import operator
from functools import partial, reduce


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
print(square(5), square(5, exp=3), partial(power, 2)(10), square.func is power, square.args, square.keywords)
# expect: 25 125 1024 True () {'exp': 2}
p = partial(max, 1, key=abs)
print(p, p(-5), p(-5, 3))
# expect: functools.partial(<built-in function max>, 1, key=<built-in function abs>) -5 -5
pp = partial(p, 2)
print(pp, pp.args, pp(-7), pp.func)
# expect: functools.partial(<built-in function max>, 1, 2, key=<built-in function abs>) (1, 2) -7 <built-in function max>
base2 = partial(int, base=2)
print(base2("1010"), list(map(partial(operator.mul, 3), [1, 2, 3])), partial(print, "a", sep="-")("b"))
# expect: a-b
# expect: 10 [3, 6, 9] None
try:
    partial(1)
except TypeError as e:
    print(e)  # expect: the first argument must be callable

print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 5), reduce(lambda a, b: a * b, range(1, 6), 10))
# expect: 6 5 1200
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(max, [3, 9, 2]), reduce(operator.add, ["x"]))
# expect: 5 9 x
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)  # expect: reduce() of empty iterable with no initial value
