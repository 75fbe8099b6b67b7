print(3 * 1.5, 2 ** 70 * 0.5, (2 ** 70) * 1.0 == 2.0 ** 70)
print(10 ** 20 + 0.5)
print(type(10 ** 30 + 0.0).__name__)
# expect: 4.5 5.902958103587057e+20 True
# expect: 1e+20
# expect: float
