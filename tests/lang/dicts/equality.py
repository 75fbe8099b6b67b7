a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b)                 # expect: True
print(a == {"x": 1}, a != b)  # expect: False False
print(list(a) == list(b))     # expect: False
