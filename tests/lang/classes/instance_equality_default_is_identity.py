class P:
    pass

a = P()
b = P()
print(a == a, a == b, a != b)
print([a] == [a], [a] == [b])
# expect: True False True
# expect: True False
