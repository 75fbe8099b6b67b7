# Big results that become small again behave like ordinary ints.
n = 2 ** 100
m = n - (2 ** 100 - 7)
print(m, m * 6, m == 7)
print(n // n, n % 7)
print(hash(m) == hash(7))
# expect: 7 42 True
# expect: 1 2
# expect: True
