class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
    def random(self):
        return self.next() / 2 ** 31

class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = None

def simulate(n_tellers, customers):
    tellers = [0] * n_tellers
    waits = []
    log = []
    for c in customers:
        i = min(range(n_tellers), key=lambda k: (tellers[k], k))
        c.start = max(tellers[i], c.arrival)
        tellers[i] = c.start + c.service
        waits.append(c.start - c.arrival)
        log.append((c.cid, i, c.arrival, c.start, tellers[i]))
    return waits, log, max(tellers)

rng = LCG(42)
t = 0
customers = []
for cid in range(12):
    t += rng.randint(0, 4)
    customers.append(Customer(cid, t, rng.randint(2, 7)))
print([(c.arrival, c.service) for c in customers])
# expect: [(2, 4), (5, 6), (5, 2), (8, 2), (12, 4), (12, 2), (15, 6), (18, 4), (22, 4), (25, 6), (29, 2), (32, 6)]
for n in (1, 2, 3):
    for c in customers:
        c.start = None
    waits, log, end = simulate(n, customers)
    avg = sum(waits) / len(waits)
    print(f"tellers={n} avg_wait={avg:.2f} max_wait={max(waits)} finish={end}")
# expect: tellers=1 avg_wait=7.42 max_wait=13 finish=50
# expect: tellers=2 avg_wait=0.08 max_wait=1 finish=38
# expect: tellers=3 avg_wait=0.00 max_wait=0 finish=38
waits, log, end = simulate(2, customers)
print(f"{'id':>3} {'teller':>6} {'arr':>4} {'start':>5} {'done':>4}")
# expect:  id teller  arr start done
for row in log[:6]:
    print("{:>3} {:>6} {:>4} {:>5} {:>4}".format(*row))
# expect:   0      0    2     2    6
# expect:   1      1    5     5   11
# expect:   2      0    5     6    8
# expect:   3      0    8     8   10
# expect:   4      0   12    12   16
# expect:   5      1   12    12   14
print([round(rng.random(), 4) for _ in range(5)])  # expect: [0.4096, 0.0327, 0.5662, 0.804, 0.1482]
