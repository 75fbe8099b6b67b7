class Polynomial:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, o):
        o = o if isinstance(o, Polynomial) else Polynomial([o])
        n = max(len(self.c), len(o.c))
        return Polynomial([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o)

    def __mul__(self, o):
        o = o if isinstance(o, Polynomial) else Polynomial([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Polynomial([i * a for i, a in enumerate(self.c)][1:])

    def __eq__(self, o):
        return isinstance(o, Polynomial) and self.c == o.c

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i > 0 else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        s = " ".join(f"{sg} {t}" for sg, t in terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]

x = Polynomial([0, 1])
p = 3 * x ** 2 - 2 * x + 5
q = x ** 3 - 1
print(p, "|", q, "|", p.degree, q.degree)  # expect: 3x^2 - 2x + 5 | x^3 - 1 | 2 3
print(p + q, "|", p - q, "|", p * q)
# expect: x^3 + 3x^2 - 2x + 4 | -x^3 + 3x^2 - 2x + 6 | 3x^5 - 2x^4 + 5x^3 - 3x^2 + 2x - 5
print((x + 1) ** 5)                                 # expect: x^5 + 5x^4 + 10x^3 + 10x^2 + 5x + 1
print([p(v) for v in range(-2, 3)], q(10), p(0.5))  # expect: [21, 10, 5, 6, 13] 999 4.75
print(p.derivative(), "|", q.derivative().derivative(), "|", Polynomial([7]).derivative())
# expect: 6x - 2 | 6x | 0
print((x - 1) * (x + 1) == x ** 2 - 1, p == q, Polynomial([0, 0, 0]).c)  # expect: True False [0]
print(-x, "|", x - x, "|", 2 + x, "|", Polynomial([-1, 0, -4]))
# expect: -x | 0 | x + 2 | -4x^2 - 1
def newton_root(poly, guess, steps=30):
    d = poly.derivative()
    for _ in range(steps):
        guess -= poly(guess) / d(guess)
    return guess
print(round(newton_root(x ** 2 - 2, 1.0), 12), round(newton_root(x ** 3 - 2 * x - 5, 2.0), 10))
# expect: 1.414213562373 2.0945514815
