print(f"{65:c}{97:c}{9731:c}")  # expect: Aa☃
print(f"{1234:n}")              # expect: 1234
print(f"{1234:d}")              # expect: 1234
