def newton(f, df, x0, tol=1e-12, max_iter=50):
    x = x0
    for i in range(max_iter):
        fx = f(x)
        if abs(fx) < tol:
            return x, i
        x = x - fx / df(x)
    raise ArithmeticError(f"no convergence after {max_iter} iterations")

def sqrt(a):
    return newton(lambda x: x * x - a, lambda x: 2 * x, a or 1.0)[0]

def bisect(f, lo, hi, tol=1e-10):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps

def integrate(f, a, b, n=1000):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += f(a + i * h) * (4 if i % 2 else 2)
    return s * h / 3

def exp(x, terms=30):
    total, term = 1.0, 1.0
    for n in range(1, terms):
        term *= x / n
        total += term
    return total

def pi_leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))

for a in (2, 9, 10, 0.25, 1e6):
    print(f"sqrt({a}) = {sqrt(a):.12f}")
# expect: sqrt(2) = 1.414213562373
# expect: sqrt(9) = 3.000000000000
# expect: sqrt(10) = 3.162277660168
# expect: sqrt(0.25) = 0.500000000000
# expect: sqrt(1000000.0) = 1000.000000000000
root, its = newton(lambda x: x ** 3 - 2 * x - 5, lambda x: 3 * x ** 2 - 2, 2.0)
print(f"root={root:.15f} iterations={its}")  # expect: root=2.094551481542327 iterations=4
r2, steps = bisect(lambda x: x ** 3 - 2 * x - 5, 2, 3)
print(round(r2, 9), steps)                                   # expect: 2.094551482 34
print(f"{integrate(lambda x: x * x, 0, 3):.10f}")            # expect: 9.0000000000
print(f"{integrate(lambda x: 4 / (1 + x * x), 0, 1):.12f}")  # expect: 3.141592653590
print(exp(1), exp(0), f"{exp(-2):.10f}", exp(10))
# expect: 2.7182818284590455 1.0 0.1353352832 22026.46026627129
print(f"{pi_leibniz(1000):.8f}", round(pi_leibniz(100000), 4))  # expect: 3.14059265 3.1416
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 1.0)
except ArithmeticError as e:
    print(type(e).__name__, e)  # expect: ZeroDivisionError float division by zero
golden = newton(lambda x: x * x - x - 1, lambda x: 2 * x - 1, 1.0)[0]
print(golden, 1 / golden, golden - 1)
# expect: 1.618033988749989 0.6180339887498588 0.618033988749989
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e16 + 1 == 1e16, 2 ** 0.5 * 2 ** 0.5)
# expect: False True True 2.0000000000000004
