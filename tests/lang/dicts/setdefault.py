d = {"a": 1}
print(d.setdefault("a", 100))
print(d.setdefault("b", 2))
print(d.setdefault("c"))
print(d)
groups = {}
for word in ["ant", "bee", "ape"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
# expect: 1
# expect: 2
# expect: None
# expect: {'a': 1, 'b': 2, 'c': None}
# expect: {'a': ['ant', 'ape'], 'b': ['bee']}
