print(10 / 2)       # expect: 5.0
print(1 / 4)        # expect: 0.25
print(-9 / 4)       # expect: -2.25
print(type(4 / 2))  # expect: <class 'float'>
print(2 ** 60 / 2)  # expect: 5.764607523034235e+17
