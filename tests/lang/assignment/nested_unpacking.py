(a, (b, c)) = (1, (2, 3))
print(a, b, c)  # expect: 1 2 3
[d, [e, f], g] = [4, "ef", 6]
print(d, e, f, g)  # expect: 4 e f 6
((h, i), j) = [[7, 8], 9]
print(h + i + j)  # expect: 24
