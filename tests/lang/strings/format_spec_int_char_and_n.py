print(f"{65:c}{97:c}{9731:c}")
print(f"{1234:n}")
print(f"{1234:d}")
# expect: Aa☃
# expect: 1234
# expect: 1234
