name = "Ada"
n = 3
print(f"Hello, {name}!")
print(f"{n} + {n} = {n + n}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{[1, 2][0]} {'x' * 3} {n > 2}")
# expect: Hello, Ada!
# expect: 3 + 3 = 6
# expect: ADA has 3 letters
# expect: 1 xxx True
