# Big results that become small again behave like ordinary ints.
n = 2 ** 100
m = n - (2 ** 100 - 7)
print(m, m * 6, m == 7)    # expect: 7 42 True
print(n // n, n % 7)       # expect: 1 2
print(hash(m) == hash(7))  # expect: True
