x = 10
y = 20
del x
print(y)
d = {"a": 1, "b": 2}
del d["a"]
lst = [1, 2, 3]
del lst[0], lst[-1]
print(d, lst)
# expect: 20
# expect: {'b': 2} [2]
