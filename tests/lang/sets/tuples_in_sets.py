visited = set()
visited.add((0, 0))
visited.add((0, 1))
visited.add((0, 0))
print(len(visited), (0, 1) in visited, (1, 0) in visited)  # expect: 2 True False
print(sorted(visited))                                     # expect: [(0, 0), (0, 1)]
