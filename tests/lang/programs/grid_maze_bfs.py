MAZE = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########
"""

def parse(text):
    grid = [list(row) for row in text.strip().splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end

def solve(grid, start, end):
    q = [start]
    came = {start: None}
    head = 0
    while head < len(q):
        cur = q[head]
        head += 1
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if grid[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = cur
                q.append((nr, nc))
    if end not in came:
        return None, len(came)
    path, node = [], end
    while node:
        path.append(node)
        node = came[node]
    return path[::-1], len(came)

def flood_regions(grid):
    seen, regions = set(), []
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            if grid[r][c] != "#" and (r, c) not in seen:
                stack, size = [(r, c)], 0
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    size += 1
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if grid[ny][nx] != "#" and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
                regions.append(size)
    return regions

grid, start, end = parse(MAZE)
print(start, end, len(grid), len(grid[0]))  # expect: (1, 1) (8, 8) 10 10
path, explored = solve(grid, start, end)
print("length:", len(path) - 1, "explored:", explored)  # expect: length: 14 explored: 41
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
# expect: ##########
# expect: #S*****#.#
# expect: #.##.#*#.#
# expect: #.#..#***#
# expect: #.#.####*#
# expect: #...#..#*#
# expect: ###.#.##*#
# expect: #.....#.*#
# expect: #.###...E#
# expect: ##########
print(flood_regions(grid))  # expect: [41]
grid2, s2, e2 = parse(MAZE.replace("#.###...E#", "#.###..#E#").replace("#.....#..#", "#.....#.##"))
print(solve(grid2, s2, e2))  # expect: (None, 37)
