rows = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
rows.sort()
print(rows)  # expect: [[1, 'a'], [1, 'z'], [2, 'a'], [2, 'b']]
rows.sort(key=lambda r: r[1])
print(rows)  # expect: [[1, 'a'], [2, 'a'], [2, 'b'], [1, 'z']]
