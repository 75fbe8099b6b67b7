def make(n):
    return (i * n for i in range(3))

g2 = make(2)
g5 = make(5)
print(list(g2), list(g5))  # expect: [0, 2, 4] [0, 5, 10]
