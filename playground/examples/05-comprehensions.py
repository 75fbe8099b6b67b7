# Comprehensions: list, dict and set comprehensions, nested loops and filters.
squares = [x * x for x in range(10)]
print(squares)

odd_squares = [x * x for x in range(10) if x % 2]
print(odd_squares)

pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)

lengths = {word: len(word) for word in ["edge", "python", "wasm"]}
print(lengths)

letters = {c for c in "mississippi"}
print(sorted(letters))

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
