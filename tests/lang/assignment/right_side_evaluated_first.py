# The whole right-hand side is evaluated before any target is assigned;
# then targets are assigned left to right.
a = 1
b = 2
a, b = a + b, a * 10
print(a, b)  # expect: 3 10
n = [0, 0]
i = 0
i, n[i] = 1, 5
print(i, n)  # expect: 1 [0, 5]
