# copy.copy and copy.deepcopy of the collections types keep their type and settings.
import copy
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[1].append(3)
print(dq2, dq2.maxlen, copy.copy(dq), copy.copy(dq)[1] is dq[1])
# expect: deque([1, [2]], maxlen=5) 5 deque([1, [2, 3]], maxlen=5) True
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd["a"].append(2)
dd2["b"].append(0)
print(dd2, copy.copy(dd))
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': [0]}) defaultdict(<class 'list'>, {'a': [1, 2]})
cn = Counter("aab")
print(copy.deepcopy(cn), copy.copy(cn), type(copy.copy(cn)).__name__)
# expect: Counter({'a': 2, 'b': 1}) Counter({'a': 2, 'b': 1}) Counter
od = OrderedDict(a=[1])
od2 = copy.deepcopy(od)
od["a"].append(2)
print(od2, copy.copy(od))  # expect: OrderedDict([('a', [1])]) OrderedDict([('a', [1, 2])])
Pair = namedtuple("Pair", "a b")
pr = Pair(1, [2])
pr2 = copy.deepcopy(pr)
pr.b.append(3)
print(pr2, copy.copy(pr) == pr, type(pr2).__name__)  # expect: Pair(a=1, b=[2]) True Pair
cm = ChainMap({"a": 1}, {"b": 2})
cm2 = copy.copy(cm)
cm2["c"] = 3
print(cm, cm2)  # expect: ChainMap({'a': 1}, {'b': 2}) ChainMap({'a': 1, 'c': 3}, {'b': 2})
