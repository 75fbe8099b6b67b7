rows = [[0]] * 3
rows[0].append(1)
print(rows)
print(rows[0] is rows[2])
# expect: [[0, 1], [0, 1], [0, 1]]
# expect: True
