# scimark.py — the SciMark kernels (NIST's numerical benchmark) as classes whose methods
# keep their work in local variables: successive over-relaxation on a grid, LU
# factorization with partial pivoting, a sparse matrix times a vector in compressed-row
# form, and Monte Carlo integration of a quarter circle. A seeded linear congruential
# generator stands in for SciMark's own random numbers (the program imports nothing).


class Random:
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return state / 2147483648.0

    def vector(self, n):
        return [self.next_float() for _ in range(n)]

    def matrix(self, m, n):
        return [self.vector(n) for _ in range(m)]


class SOR:
    def __init__(self, grid, omega):
        self.grid = grid
        self.omega = omega

    def execute(self, cycles):
        g = self.grid
        omega = self.omega
        omega_over_four = omega * 0.25
        one_minus_omega = 1.0 - omega
        m = len(g)
        n = len(g[0])
        for _ in range(cycles):
            for i in range(1, m - 1):
                gi = g[i]
                gim1 = g[i - 1]
                gip1 = g[i + 1]
                for j in range(1, n - 1):
                    gi[j] = omega_over_four * (gim1[j] + gip1[j] + gi[j - 1] + gi[j + 1]) + one_minus_omega * gi[j]
        return g


class LU:
    def __init__(self, a):
        self.a = [row[:] for row in a]
        self.pivot = list(range(len(a)))

    def factor(self):
        a = self.a
        pivot = self.pivot
        n = len(a)
        for j in range(n):
            jp = j
            t = abs(a[j][j])
            for i in range(j + 1, n):
                ab = abs(a[i][j])
                if ab > t:
                    jp = i
                    t = ab
            pivot[j] = jp
            if a[jp][j] == 0:
                raise ZeroDivisionError("singular matrix")
            if jp != j:
                a[j], a[jp] = a[jp], a[j]
            if j < n - 1:
                recp = 1.0 / a[j][j]
                for k in range(j + 1, n):
                    a[k][j] *= recp
            if j < n - 1:
                aj = a[j]
                for ii in range(j + 1, n):
                    aii = a[ii]
                    aiij = aii[j]
                    for jj in range(j + 1, n):
                        aii[jj] -= aiij * aj[jj]
        return self


class SparseMatrix:
    def __init__(self, n, nz, rng):
        # Compressed rows: each row holds about nz / n entries at random columns.
        per_row = nz // n
        self.n = n
        self.row = [0] * (n + 1)
        self.col = []
        self.val = []
        for r in range(n):
            self.row[r + 1] = self.row[r] + per_row
            step = r // per_row + 1 if r >= per_row else 1
            for i in range(per_row):
                self.col.append((i * step) % n)
                self.val.append(rng.next_float())

    def times(self, x, cycles):
        row = self.row
        col = self.col
        val = self.val
        n = self.n
        y = [0.0] * n
        for _ in range(cycles):
            for r in range(n):
                total = 0.0
                for i in range(row[r], row[r + 1]):
                    total += x[col[i]] * val[i]
                y[r] = total
        return y


class MonteCarlo:
    def __init__(self, rng):
        self.rng = rng

    def integrate(self, samples):
        rng = self.rng
        under = 0
        for _ in range(samples):
            x = rng.next_float()
            y = rng.next_float()
            if x * x + y * y <= 1.0:
                under += 1
        return under / samples * 4.0


rng = Random(101010)
grid = SOR(rng.matrix(100, 100), 1.25).execute(40)
sor_sum = sum(sum(row) for row in grid)
lu = LU(rng.matrix(100, 100)).factor()
lu_sum = sum(lu.a[i][i] for i in range(100))
sparse = SparseMatrix(1000, 5000, rng)
y = sparse.times(rng.vector(1000), 80)
pi = MonteCarlo(rng).integrate(400_000)
print(f"SOR {sor_sum:.6f}  LU {lu_sum:.6f}  sparse {sum(y):.6f}  pi {pi:.6f}")
print(round(sor_sum * 1000) + round(lu_sum * 1000) + round(sum(y) * 1000) + round(pi * 1000))
