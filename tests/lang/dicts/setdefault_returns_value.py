d = {}
print(d.setdefault("a", 1))   # expect: 1
print(d.setdefault("a", 99))  # expect: 1
d.setdefault("list", []).append("x")
d.setdefault("list", []).append("y")
print(d)                        # expect: {'a': 1, 'list': ['x', 'y']}
print(d.setdefault("none"), d)  # expect: None {'a': 1, 'list': ['x', 'y'], 'none': None}
