# A negative exponent on ints gives a float.
print(2 ** -1)        # expect: 0.5
print(10 ** -2)       # expect: 0.01
print((-2) ** -2)     # expect: 0.25
print(type(2 ** -1))  # expect: <class 'float'>
