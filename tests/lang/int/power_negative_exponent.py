# A negative exponent on ints gives a float.
print(2 ** -1)
print(10 ** -2)
print((-2) ** -2)
print(type(2 ** -1))
# expect: 0.5
# expect: 0.01
# expect: 0.25
# expect: <class 'float'>
