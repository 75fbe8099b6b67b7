def row(n):
    return (n * i for i in range(1, 4))

print(sum(sum(row(n)) for n in range(1, 4)))  # expect: 36
