print({x: x * x for x in range(4)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9}
words = ["apple", "banana", "cherry"]
print({w: len(w) for w in words if "a" in w})  # expect: {'apple': 5, 'banana': 6}
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()})  # expect: {1: 'a', 2: 'b'}
