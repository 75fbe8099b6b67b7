big = 2 ** 100
print(big // 3)  # expect: 422550200076076467165567735125
print(big / 0)   # expect runtime error: ZeroDivisionError: division by zero
