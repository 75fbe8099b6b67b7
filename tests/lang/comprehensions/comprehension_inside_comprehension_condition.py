groups = [[1, 2], [3, 4, 5], [6]]
big = [g for g in groups if len([x for x in g if x > 2]) >= 2]
print(big)  # expect: [[3, 4, 5]]
