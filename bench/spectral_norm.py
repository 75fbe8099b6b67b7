# spectral_norm.py — the spectral norm of the infinite matrix A with entries
# a(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by the power method: ten rounds of
# v = AᵀA u, u = AᵀA v on an n-vector, then sqrt(uᵀv / vᵀv). Float arithmetic in nested
# loops and calls; the square root is x ** 0.5 (no math import).


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(u, n):
    return [sum(a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_transposed(u, n):
    return [sum(a(j, i) * u[j] for j in range(n)) for i in range(n)]


def at_times(u, n):
    return times_transposed(times(u, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = at_times(u, n)
        u = at_times(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


result = spectral_norm(180)
print(f"{result:.9f}")
