d = {"a": 1}
print(d.setdefault("a", 100))  # expect: 1
print(d.setdefault("b", 2))    # expect: 2
print(d.setdefault("c"))       # expect: None
print(d)                       # expect: {'a': 1, 'b': 2, 'c': None}
groups = {}
for word in ["ant", "bee", "ape"]:
    groups.setdefault(word[0], []).append(word)
print(groups)  # expect: {'a': ['ant', 'ape'], 'b': ['bee']}
