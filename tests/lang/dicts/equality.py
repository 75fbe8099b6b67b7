a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b)
print(a == {"x": 1}, a != b)
print(list(a) == list(b))
# expect: True
# expect: False False
# expect: False
