class RunningStats:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.lo = None
        self.hi = None

    def push(self, x):
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (x - self.mean)
        self.lo = x if self.lo is None else min(self.lo, x)
        self.hi = x if self.hi is None else max(self.hi, x)
        return self

    def extend(self, xs):
        for x in xs:
            self.push(x)
        return self

    @property
    def variance(self):
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0

    @property
    def stdev(self):
        return self.variance ** 0.5

    def __add__(self, other):
        merged = RunningStats()
        merged.n = self.n + other.n
        delta = other.mean - self.mean
        merged.mean = self.mean + delta * other.n / merged.n
        merged.m2 = self.m2 + other.m2 + delta ** 2 * self.n * other.n / merged.n
        merged.lo = min(self.lo, other.lo)
        merged.hi = max(self.hi, other.hi)
        return merged

    def __repr__(self):
        return f"n={self.n} mean={self.mean:.4f} sd={self.stdev:.4f} range=[{self.lo}, {self.hi}]"

a = RunningStats().extend([2, 4, 4, 4, 5, 5, 7, 9])
b = RunningStats().extend([10.5, 11.25, 9.75])
print(a)      # expect: n=8 mean=5.0000 sd=2.1381 range=[2, 9]
print(b)      # expect: n=3 mean=10.5000 sd=0.7500 range=[9.75, 11.25]
print(a + b)  # expect: n=11 mean=6.5000 sd=3.1484 range=[2, 11.25]
print(RunningStats().extend([2, 4, 4, 4, 5, 5, 7, 9, 10.5, 11.25, 9.75]))
# expect: n=11 mean=6.5000 sd=3.1484 range=[2, 11.25]
print(RunningStats().push(3), RunningStats().variance)
# expect: n=1 mean=3.0000 sd=0.0000 range=[3, 3] 0.0
big = RunningStats().extend(1e9 + x for x in (4, 7, 13, 16))
print(f"{big.mean:.1f} {big.variance:.1f}")  # expect: 1000000010.0 30.0
