class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = 0.0

    def allow(self, now, cost=1):
        elapsed = now - self.last
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.events = []

    def allow(self, now):
        self.events = [t for t in self.events if t > now - self.window]
        if len(self.events) < self.limit:
            self.events.append(now)
            return True
        return False

requests = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 1.05, 1.1, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 6.0]
tb = TokenBucket(rate=2.0, capacity=3)
sw = SlidingWindow(limit=3, window=1.0)
print(f"{'t':>5} {'bucket':>7} {'tokens':>7} {'window':>7}")
# expect:     t  bucket  tokens  window
for t in requests:
    a = tb.allow(t)
    b = sw.allow(t)
    print(f"{t:>5.2f} {str(a):>7} {tb.tokens:>7.2f} {str(b):>7}")
# expect:  0.00    True    2.00    True
# expect:  0.10    True    1.20    True
# expect:  0.20    True    0.40    True
# expect:  0.30   False    0.60   False
# expect:  0.40   False    0.80   False
# expect:  0.50    True    0.00   False
# expect:  1.00    True    0.00    True
# expect:  1.05   False    0.10   False
# expect:  1.10   False    0.20    True
# expect:  2.50    True    2.00    True
# expect:  2.60    True    1.20    True
# expect:  2.70    True    0.40    True
# expect:  2.80   False    0.60   False
# expect:  2.90   False    0.80   False
# expect:  3.00    True    0.00   False
# expect:  6.00    True    2.00    True
print(sum(TokenBucket(1, 5).allow(t / 10) for t in range(100)))  # expect: 100
