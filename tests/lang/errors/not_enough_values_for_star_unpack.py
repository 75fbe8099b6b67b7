a, *b, c = [1, 2]
print(a, b, c)  # expect: 1 [] 2
a, *b, c = [1]
# expect runtime error: ValueError: not enough values to unpack (expected at least 2, got 1)
