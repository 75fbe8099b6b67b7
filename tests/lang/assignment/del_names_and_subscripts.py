x = 10
y = 20
del x
print(y)  # expect: 20
d = {"a": 1, "b": 2}
del d["a"]
lst = [1, 2, 3]
del lst[0], lst[-1]
print(d, lst)  # expect: {'b': 2} [2]
