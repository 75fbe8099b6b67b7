inf = float("inf")
print(inf, -inf)
print(inf + 1, inf * -2)
print(inf > 10 ** 100, -inf < -1e308)
print(1e308 * 10)
print(float("-inf") == -inf, float("Infinity"))
# expect: inf -inf
# expect: inf -inf
# expect: True True
# expect: inf
# expect: True inf
