def f(table=[x * 2 for x in range(3)]):
    return table

print(f(), f([1]))  # expect: [0, 2, 4] [1]
