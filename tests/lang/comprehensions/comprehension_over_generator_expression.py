evens = (n for n in range(10) if n % 2 == 0)
squares = [e * e for e in evens]
print(squares)             # expect: [0, 4, 16, 36, 64]
print([e for e in evens])  # expect: []
