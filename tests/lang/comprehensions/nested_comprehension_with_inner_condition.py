m = [[1, -2, 3], [-4, 5, -6]]
print([[x for x in row if x > 0] for row in m])     # expect: [[1, 3], [5]]
print([sum(x for x in row if x < 0) for row in m])  # expect: [-2, -10]
