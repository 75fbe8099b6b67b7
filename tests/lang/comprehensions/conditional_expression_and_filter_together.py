values = [-2, 5, -1, 3]
clipped = [x if x > 0 else 0 for x in values if x != 3]
print(clipped)  # expect: [0, 5, 0]
