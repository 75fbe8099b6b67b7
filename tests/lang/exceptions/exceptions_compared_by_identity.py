a = ValueError("x")
b = ValueError("x")
print(a == b, a == a)  # expect: False True
