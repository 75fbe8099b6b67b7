class Complex:
    def __init__(self, re=0.0, im=0.0):
        self.re, self.im = re, im
    def __add__(self, o):
        o = _c(o)
        return Complex(self.re + o.re, self.im + o.im)
    __radd__ = __add__
    def __sub__(self, o):
        o = _c(o)
        return Complex(self.re - o.re, self.im - o.im)
    def __mul__(self, o):
        o = _c(o)
        return Complex(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = _c(o)
        d = o.re ** 2 + o.im ** 2
        if d == 0:
            raise ZeroDivisionError("complex division by zero")
        return Complex((self.re * o.re + self.im * o.im) / d, (self.im * o.re - self.re * o.im) / d)
    def __pow__(self, n):
        r = Complex(1)
        for _ in range(n):
            r = r * self
        return r
    def __abs__(self):
        return (self.re ** 2 + self.im ** 2) ** 0.5
    def conjugate(self):
        return Complex(self.re, -self.im)
    def __eq__(self, o):
        o = _c(o)
        return self.re == o.re and self.im == o.im
    def __repr__(self):
        sign = "+" if self.im >= 0 else "-"
        return f"({self.re:g}{sign}{abs(self.im):g}j)"

def _c(x):
    return x if isinstance(x, Complex) else Complex(x)

i = Complex(0, 1)
z = Complex(3, 4)
print(z, abs(z), z.conjugate(), z * z.conjugate(), i * i, i ** 4 == 1)
# expect: (3+4j) 5.0 (3-4j) (25+0j) (-1+0j) True
print(z + 1, 2 * z, z / Complex(1, 2), (1 + 2 * i) * (3 - i))
# expect runtime error: TypeError: unsupported operand type(s) for -: 'int' and 'Complex'
def roots(a, b, c):
    d = b * b - 4 * a * c
    if d >= 0:
        s = d ** 0.5
        return (-b + s) / (2 * a), (-b - s) / (2 * a)
    s = Complex(0, (-d) ** 0.5)
    return (s - b) / (2 * a), (Complex(-b) - s) / (2 * a)
for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8)]:
    print(coeffs, roots(*coeffs))
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
w = Complex(0.5, 0.5)
print([repr(w ** n) for n in range(5)])
