# collections.defaultdict: a dict subclass whose __missing__ calls default_factory for a
# missing key and stores the result; get() and `in` never call it.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
# expect: defaultdict(<class 'list'>, {'a': ['apple', 'avocado'], 'b': ['bob', 'banana'], 'c': ['cat']})
print(groups["z"], len(groups), "q" in groups, groups.get("y"), groups.default_factory)
# expect: [] 4 False None <class 'list'>

counts = defaultdict(int)
for w in "the cat the hat the".split():
    counts[w] += 1
print(counts, dict(counts), isinstance(counts, dict), type(counts).__name__)
# expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'hat': 1}) {'the': 3, 'cat': 1, 'hat': 1} True defaultdict
print(sorted(counts.items(), key=lambda kv: -kv[1])[0], list(counts.keys()), sum(counts.values()))
# expect: ('the', 3) ['the', 'cat', 'hat'] 5

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] -= 1
print(dict(nested["x"]), list(nested))  # expect: {'y': 2, 'z': -1} ['x']

plain = defaultdict(None, {1: 2})
print(plain, defaultdict(), defaultdict(set, a={1}))
# expect: defaultdict(None, {1: 2}) defaultdict(None, {}) defaultdict(<class 'set'>, {'a': {1}})
try:
    plain[3]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 3
try:
    defaultdict(5)
except TypeError as e:
    print(e)  # expect: first argument must be callable or None

c = counts.copy()
c["new"] += 1
print(type(c).__name__, c.default_factory, len(c), len(counts))
# expect: defaultdict <class 'int'> 4 3
merged = counts | {"dog": 7}
print(type(merged).__name__, merged["dog"], merged["missing"])  # expect: defaultdict 7 0
counts.default_factory = lambda: -1
print(counts["unknown"], counts.pop("unknown"))  # expect: -1 -1
sets = defaultdict(set)
sets["a"].add(1)
sets["a"].add(1)
sets.setdefault("b", {9})
print(sets)  # expect: defaultdict(<class 'set'>, {'a': {1}, 'b': {9}})
