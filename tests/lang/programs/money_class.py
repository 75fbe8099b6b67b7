class CurrencyMismatch(ValueError):
    pass

class Money:
    def __init__(self, amount, currency="USD"):
        if isinstance(amount, float):
            amount = round(amount * 100)
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            amount = int(whole) * 100 + sign * int((frac + "00")[:2])
        else:
            amount = amount * 100
        self.cents = amount
        self.currency = currency

    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        m.cents = cents
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money and {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")

    def __add__(self, other):
        if other == 0:
            return self
        self._check(other)
        return Money.from_cents(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money.from_cents(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        return Money.from_cents(round(self.cents * factor), self.currency)

    __rmul__ = __mul__

    def split(self, n):
        base, extra = divmod(self.cents, n)
        return [Money.from_cents(base + (1 if i < extra else 0), self.currency) for i in range(n)]

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        return self.cents == 0 and other == 0

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}{d:,}.{c:02d} {self.currency}"

    def __repr__(self):
        return f"Money('{self}')"

prices = [Money("19.99"), Money(5), Money(0.1), Money("-2.50"), Money("1000000.01")]
for p in prices:
    print(p)
# expect: 19.99 USD
# expect: 5.00 USD
# expect: 0.10 USD
# expect: -2.50 USD
# expect: 1,000,000.01 USD
total = sum(prices)
print("total:", total)                                       # expect: total: 1,000,022.60 USD
print(Money("10.00") * 1.075, 3 * Money("0.33"), -Money(7))  # expect: 10.75 USD 0.99 USD -7.00 USD
print([str(m) for m in Money("100.00").split(3)])  # expect: ['33.34 USD', '33.33 USD', '33.33 USD']
print(sorted(prices)[0], max(prices))              # expect: -2.50 USD 1,000,000.01 USD
for a, b in [(Money(1), Money(1, "EUR")), (Money(1), 5)]:
    try:
        print(a + b)
    except (CurrencyMismatch, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
# expect: CurrencyMismatch USD vs EUR True
# expect: TypeError cannot combine Money and int False
print(Money(3) == Money("3.00"), Money(3) == Money(3, "EUR"), repr(Money("0.05")))
# expect: True False Money('0.05 USD')
