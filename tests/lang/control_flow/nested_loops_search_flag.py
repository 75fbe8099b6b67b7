matrix = [[1, 2], [3, 4], [5, 6]]
target = 4
found = None
for r, row in enumerate(matrix):
    for c, value in enumerate(row):
        if value == target:
            found = (r, c)
            break
    if found:
        break
print(found)  # expect: (1, 1)
