d = {}
print(d.setdefault("a", 1))
print(d.setdefault("a", 99))
d.setdefault("list", []).append("x")
d.setdefault("list", []).append("y")
print(d)
print(d.setdefault("none"), d)
# expect: 1
# expect: 1
# expect: {'a': 1, 'list': ['x', 'y']}
# expect: None {'a': 1, 'list': ['x', 'y'], 'none': None}
