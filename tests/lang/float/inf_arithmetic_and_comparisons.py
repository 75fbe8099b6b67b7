inf = float("inf")
print(inf, -inf, inf + 1, inf * 2, -inf * -1)  # expect: inf -inf inf inf inf
print(inf > 10 ** 400, inf == inf, -inf < 0)   # expect: True True True
print(inf - inf, inf * 0, 1 / inf)             # expect: nan nan 0.0
