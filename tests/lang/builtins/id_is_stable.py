# id() values themselves are never printed: only compared.
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(x), id(x) == id(y))  # expect: True True
print(id(x) == id(z), x == z)          # expect: False True
