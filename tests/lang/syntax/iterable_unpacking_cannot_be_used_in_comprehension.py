x = [*a for a in b]  # expect syntax error: 1:6 iterable unpacking cannot be used in comprehension
