def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True

def ulam(size):
    grid = [[0] * size for _ in range(size)]
    r = c = size // 2
    n, step = 1, 1
    grid[r][c] = n
    dirs = [(0, 1), (-1, 0), (0, -1), (1, 0)]
    d = 0
    while n < size * size:
        for _ in range(2):
            dr, dc = dirs[d % 4]
            for _ in range(step):
                if n >= size * size:
                    break
                r, c = r + dr, c + dc
                n += 1
                grid[r][c] = n
            d += 1
        step += 1
    return grid

g = ulam(11)
for row in g:
    print("".join("#" if is_prime(v) else "." for v in row))
# expect: #...#......
# expect: .....#.#...
# expect: #.#.....#.#
# expect: .#.#...#...
# expect: ....#.#.#..
# expect: ...#..##.#.
# expect: #.#.#......
# expect: .#...#.....
# expect: #.#...#...#
# expect: .#.....#...
# expect: ..#........
print(g[5][5], g[0][0], g[10][10], g[0][10], g[10][0])  # expect: 1 101 121 91 111
diag = [g[i][i] for i in range(11)] + [g[i][10 - i] for i in range(11)]
print(sorted(set(diag)))
# expect: [1, 3, 5, 7, 9, 13, 17, 21, 25, 31, 37, 43, 49, 57, 65, 73, 81, 91, 101, 111, 121]
ratio = sum(is_prime(v) for v in set(diag)) / len(set(diag))
print(f"prime ratio on diagonals: {ratio:.3f}")  # expect: prime ratio on diagonals: 0.476
side = 1
primes_on_diag, total = 0, 1
while True:
    side += 2
    corners = [side * side - k * (side - 1) for k in range(4)]
    primes_on_diag += sum(is_prime(x) for x in corners)
    total += 4
    if primes_on_diag / total < 0.3:
        break
print("side length where ratio < 30%:", side, primes_on_diag, total)
# expect: side length where ratio < 30%: 49 28 97
