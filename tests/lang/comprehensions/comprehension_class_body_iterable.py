class Table:
    size = 3
    rows = [r * 2 for r in range(size)]

print(Table.rows)  # expect: [0, 2, 4]
