print(3 * 1.5, 2 ** 70 * 0.5, (2 ** 70) * 1.0 == 2.0 ** 70)
# expect: 4.5 5.902958103587057e+20 True
print(10 ** 20 + 0.5)                 # expect: 1e+20
print(type(10 ** 30 + 0.0).__name__)  # expect: float
