d = {"a": 1, "b": 2}
print(f"{d['a']} {len(d)} {', '.join(d)}")        # expect: 1 2 a, b
print(f"{'-'.join(str(v) for v in d.values())}")  # expect: 1-2
