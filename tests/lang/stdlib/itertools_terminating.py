# itertools that end with their shortest input: accumulate, chain, compress, dropwhile,
# takewhile, filterfalse, starmap, pairwise, zip_longest, tee.
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, pairwise, starmap,
                       takewhile, tee, zip_longest)

print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
# expect: [1, 3, 6, 10] [3, 3, 4, 4, 5] []
print(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)))
# expect: [1, 2, 6] [100, 101, 103] [5]
print(list(chain("ab", [1], ())), list(chain()), list(chain.from_iterable(["xy", "z", []])))
# expect: ['a', 'b', 1] [] ['x', 'y', 'z']
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress(range(10), [True] * 3)))
# expect: ['a', 'c', 'e'] [0, 1, 2]
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
# expect: [3, 1] [1, 2]
it = iter([1, 2, 3, 10, 4])
print(list(takewhile(lambda x: x < 3, it)), list(it))  # expect: [1, 2] [10, 4]
print(list(filterfalse(None, [0, 1, "", "a", None])), list(filterfalse(lambda x: x % 2, range(6))))
# expect: [0, '', None] [0, 2, 4]
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1, 2, 3)])))
# expect: [8, 9] [0, 6]
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
# expect: [('a', 'b'), ('b', 'c'), ('c', 'd')] [] []
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
# expect: [('a', 'x'), ('b', 'y'), ('-', 'z')] [] [(1, None)]
a, b = tee(range(4))
print(next(a), list(b), list(a), tee("x", 0), len(tee("ab", 3)))
# expect: 0 [0, 1, 2, 3] [1, 2, 3] () 3
x, y, z = tee(iter("hello"), 3)
print("".join(x), "".join(zip(*[y, z]).__next__()), "".join(z))  # expect: hello hh ello
