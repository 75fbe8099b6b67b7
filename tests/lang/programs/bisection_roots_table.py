def bisection(f, a, b, tol=1e-12):
    fa = f(a)
    if fa * f(b) > 0:
        raise ValueError(f"no sign change on [{a}, {b}]")
    n = 0
    while b - a > tol:
        m = (a + b) / 2
        fm = f(m)
        if fa * fm <= 0:
            b = m
        else:
            a, fa = m, fm
        n += 1
    return (a + b) / 2, n

def secant(f, x0, x1, tol=1e-12, limit=100):
    for i in range(limit):
        f0, f1 = f(x0), f(x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < tol:
            return x1, i + 1
    return x1, limit

def cos(x, terms=20):
    total, term = 1.0, 1.0
    for k in range(1, terms):
        term *= -x * x / ((2 * k - 1) * (2 * k))
        total += term
    return total

problems = [
    ("x^2 - 2", lambda x: x * x - 2, 0, 2),
    ("x^3 - x - 1", lambda x: x ** 3 - x - 1, 1, 2),
    ("cos(x) - x", lambda x: cos(x) - x, 0, 1),
    ("x^5 - 3", lambda x: x ** 5 - 3, 1, 2),
    ("x^2 + 1", lambda x: x * x + 1, -1, 1),
]
print(f"{'f(x)':<12} {'bisection':>18} {'it':>3} {'secant':>18} {'it':>3}")
# expect: f(x)                  bisection  it             secant  it
for name, f, a, b in problems:
    try:
        r1, n1 = bisection(f, a, b)
        r2, n2 = secant(f, a, b)
        print(f"{name:<12} {r1:>18.12f} {n1:>3} {r2:>18.12f} {n2:>3}")
    except ValueError as e:
        print(f"{name:<12} error: {e}")
# expect: x^2 - 2          1.414213562373  41     1.414213562373   8
# expect: x^3 - x - 1      1.324717957245  40     1.324717957245   8
# expect: cos(x) - x       0.739085133215  40     0.739085133215   6
# expect: x^5 - 3          1.245730939615  40     1.245730939616   9
# expect: x^2 + 1      error: no sign change on [-1, 1]
print(round(cos(0), 12), round(cos(3.141592653589793), 12), round(cos(1.0471975511965976), 12))
# expect: 1.0 -1.0 0.5
