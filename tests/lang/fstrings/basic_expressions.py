name = "Ada"
n = 3
print(f"Hello, {name}!")                          # expect: Hello, Ada!
print(f"{n} + {n} = {n + n}")                     # expect: 3 + 3 = 6
print(f"{name.upper()} has {len(name)} letters")  # expect: ADA has 3 letters
print(f"{[1, 2][0]} {'x' * 3} {n > 2}")           # expect: 1 xxx True
