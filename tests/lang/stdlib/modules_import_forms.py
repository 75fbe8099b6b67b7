# The standard modules import as modules, by name, with `as` and with `from ... import`,
# and import one another (functools uses collections, copy is used by collections).
import collections
import collections as col
import functools, itertools
import heapq as hq
from bisect import *
from keyword import iskeyword, kwlist

print(collections.deque([1]), col.Counter("aa"), functools.reduce(lambda a, b: a + b, itertools.repeat(2, 3)))
# expect: deque([1]) Counter({'a': 2}) 6
print(hq.nsmallest(1, [3, 1]), bisect_left([1, 2], 2), insort is insort_right, iskeyword("class"), iskeyword("klass"))
# expect: [1] 1 True True False
print(len(kwlist), kwlist[:3], collections.namedtuple("T", "a")(1), col.OrderedDict(a=1))
# expect: 35 ['False', 'None', 'True'] T(a=1) OrderedDict([('a', 1)])
