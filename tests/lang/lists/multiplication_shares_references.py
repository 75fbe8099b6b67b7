rows = [[0]] * 3
rows[0].append(1)
print(rows)                # expect: [[0, 1], [0, 1], [0, 1]]
print(rows[0] is rows[2])  # expect: True
