a = [1, [2, 3]]
b = [1, [2, 3]]
print(a == b, a is b)  # expect: True False
b[1].append(4)
print(a == b)  # expect: False
