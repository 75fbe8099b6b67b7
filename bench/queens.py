# queens.py — recursion: the N-queens puzzle by backtracking, and Takeuchi's function.


def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            count += solve(n, row + 1, cols, diag1, diag2)
            cols[c] = diag1[row + c] = diag2[row - c + n] = False
    return count


def queens(n):
    return solve(n, 0, [False] * n, [False] * (2 * n), [False] * (2 * n + 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


solutions = [queens(n) for n in range(4, 12)]
print(solutions, tak(22, 16, 8), tak(24, 16, 8), tak(25, 17, 8))
