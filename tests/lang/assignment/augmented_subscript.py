d = {"a": 1}
d["a"] += 1
d["a"] *= 10
print(d)  # expect: {'a': 20}
lst = [1, 2, 3]
lst[1] *= 2
lst[-1] += 100
lst[0] -= 5
print(lst)  # expect: [-4, 4, 103]
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)  # expect: [[0, 0], [7, 0]]
