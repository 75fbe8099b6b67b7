print(10 ** 400 // 10 ** 390)  # expect: 10000000000
print(10 ** 400 / 3)
# expect runtime error: OverflowError: integer division result too large for a float
