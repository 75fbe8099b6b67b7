d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(a=10)
print(d)  # expect: {'a': 10, 'b': 2, 'c': 3, 'd': 4}
