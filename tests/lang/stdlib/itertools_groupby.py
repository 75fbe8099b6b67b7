# itertools.groupby: runs of equal keys. The groups share the underlying iterator: moving
# to the next key ends the previous group.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
# expect: [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
# expect: [(1, 2), (0, 2), (1, 1)]
print([k for k, g in groupby(sorted("mississippi"))], list(groupby([])))
# expect: ['i', 'm', 'p', 's'] []
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])  # expect: [('a', []), ('b', []), ('c', [])]
it = groupby("aaabbb")
k1, g1 = next(it)
print(k1, next(g1))  # expect: a a
k2, g2 = next(it)
print(k2, list(g2), list(g1))  # expect: b ['b', 'b', 'b'] []
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
for age, members in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(age, [name for name, _ in members])
# expect: 25 ['bob', 'dan']
# expect: 30 ['ann', 'cat']
print(["".join(g) for _, g in groupby("112223")], max(len(list(g)) for _, g in groupby("abbbcc")))
# expect: ['11', '222', '3'] 3
