def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)
    __radd__ = __add__

    def __sub__(self, other):
        other = self._coerce(other)
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        return Fraction._coerce(other) - self

    def __mul__(self, other):
        other = self._coerce(other)
        return Fraction(self.num * other.num, self.den * other.den)
    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __eq__(self, other):
        other = self._coerce(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

a, b = Fraction(1, 3), Fraction(-2, 4)
print(a, b, repr(b))                                    # expect: 1/3 -1/2 Fraction(-1, 2)
print(a + b, a - b, a * b, a / b, -a, a ** 3, b ** -2)  # expect: -1/6 5/6 -1/6 -2/3 -1/3 1/27 4
print(1 + a, 2 - a, 3 * b, a + 1)                       # expect: 4/3 5/3 -3/2 4/3
print(a == Fraction(2, 6), a < b, b < a, a <= a, sorted([a, b, Fraction(0)]))
# expect: True False True True [Fraction(-1, 2), Fraction(0, 1), Fraction(1, 3)]
h = sum([Fraction(1, n) for n in range(1, 11)], Fraction(0))
print(h, float(h), round(float(h), 4))  # expect: 7381/2520 2.9289682539682538 2.929
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))   # expect: 1
print(max([Fraction(5, 7), Fraction(2, 3), Fraction(7, 10)]))  # expect: 5/7
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)  # expect: ZeroDivisionError: Fraction(1, 0)
x = Fraction(1)
for _ in range(5):
    x = (x + Fraction(2) / x) / 2
print(x, f"{float(x):.12f}")  # expect: 886731088897/627013566048 1.414213562373
