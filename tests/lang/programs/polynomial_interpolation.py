def lagrange(points):
    def f(x):
        total = 0.0
        for i, (xi, yi) in enumerate(points):
            term = yi
            for j, (xj, _) in enumerate(points):
                if i != j:
                    term *= (x - xj) / (xi - xj)
            total += term
        return total
    return f

def divided_differences(points):
    n = len(points)
    coef = [y for _, y in points]
    xs = [x for x, _ in points]
    for j in range(1, n):
        for i in range(n - 1, j - 1, -1):
            coef[i] = (coef[i] - coef[i - 1]) / (xs[i] - xs[i - j])
    return coef

def newton_eval(coef, xs, x):
    result = coef[-1]
    for k in range(len(coef) - 2, -1, -1):
        result = result * (x - xs[k]) + coef[k]
    return result

pts = [(0, 1), (1, 3), (2, 11), (3, 31)]
f = lagrange(pts)
print([round(f(x), 6) for x in range(-1, 6)])  # expect: [-1.0, 1.0, 3.0, 11.0, 31.0, 69.0, 131.0]
coef = divided_differences(pts)
print(coef)  # expect: [1, 2.0, 3.0, 1.0]
xs = [p[0] for p in pts]
print([round(newton_eval(coef, xs, x), 6) for x in range(-1, 6)])
# expect: [-1.0, 1.0, 3.0, 11.0, 31.0, 69.0, 131.0]
squares = [(x, x * x) for x in (1, 4, 9)]
g = lagrange(squares)
print(round(g(5), 6), round(g(16), 6))  # expect: 25.0 256.0
def trapezoid(fn, a, b, n):
    h = (b - a) / n
    return h * (fn(a) / 2 + sum(fn(a + k * h) for k in range(1, n)) + fn(b) / 2)
for n in (4, 16, 64, 256):
    print(n, f"{trapezoid(lambda x: x ** 3, 0, 2, n):.8f}")
# expect: 4 4.25000000
# expect: 16 4.01562500
# expect: 64 4.00097656
# expect: 256 4.00006104
