d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)  # expect: {'a': 1, 'b': 20, 'c': 30}
d.update([("d", 4)])
d.update(e=5)
print(d)  # expect: {'a': 1, 'b': 20, 'c': 30, 'd': 4, 'e': 5}
