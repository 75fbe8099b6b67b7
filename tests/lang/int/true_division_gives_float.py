print(10 / 2)
print(1 / 4)
print(-9 / 4)
print(type(4 / 2))
print(2 ** 60 / 2)
# expect: 5.0
# expect: 0.25
# expect: -2.25
# expect: <class 'float'>
# expect: 5.764607523034235e+17
