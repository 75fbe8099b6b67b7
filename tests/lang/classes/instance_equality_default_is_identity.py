class P:
    pass

a = P()
b = P()
print(a == a, a == b, a != b)  # expect: True False True
print([a] == [a], [a] == [b])  # expect: True False
