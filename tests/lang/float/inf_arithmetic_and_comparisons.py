inf = float("inf")
print(inf, -inf, inf + 1, inf * 2, -inf * -1)
print(inf > 10 ** 400, inf == inf, -inf < 0)
print(inf - inf, inf * 0, 1 / inf)
# expect: inf -inf inf inf inf
# expect: True True True
# expect: nan nan 0.0
