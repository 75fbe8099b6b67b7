inf = float("inf")
print(inf, -inf)                                 # expect: inf -inf
print(inf + 1, inf * -2)                         # expect: inf -inf
print(inf > 10 ** 100, -inf < -1e308)            # expect: True True
print(1e308 * 10)                                # expect: inf
print(float("-inf") == -inf, float("Infinity"))  # expect: True inf
