class RingBuffer:
    def __init__(self, size):
        self.size = size
        self.data = [None] * size
        self.start = 0
        self.count = 0

    def append(self, x):
        end = (self.start + self.count) % self.size
        self.data[end] = x
        if self.count < self.size:
            self.count += 1
        else:
            self.start = (self.start + 1) % self.size

    def __iter__(self):
        for i in range(self.count):
            yield self.data[(self.start + i) % self.size]

    def __len__(self):
        return self.count

    def __getitem__(self, i):
        if not -self.count <= i < self.count:
            raise IndexError("ring index out of range")
        return self.data[(self.start + i % self.count) % self.size]

    def __repr__(self):
        return f"RingBuffer({list(self)}, size={self.size})"

rb = RingBuffer(4)
for v in range(1, 8):
    rb.append(v)
    print(v, rb, f"avg={sum(rb) / len(rb):.2f}")
# expect: 1 RingBuffer([1], size=4) avg=1.00
# expect: 2 RingBuffer([1, 2], size=4) avg=1.50
# expect: 3 RingBuffer([1, 2, 3], size=4) avg=2.00
# expect: 4 RingBuffer([1, 2, 3, 4], size=4) avg=2.50
# expect: 5 RingBuffer([2, 3, 4, 5], size=4) avg=3.50
# expect: 6 RingBuffer([3, 4, 5, 6], size=4) avg=4.50
# expect: 7 RingBuffer([4, 5, 6, 7], size=4) avg=5.50
print(rb[0], rb[-1], rb[2], list(reversed(list(rb))))  # expect: 4 7 6 [7, 6, 5, 4]
try:
    rb[4]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: ring index out of range
window = RingBuffer(3)
signal = [1, 5, 2, 8, 3, 9, 4, 7]
smoothed = []
for s in signal:
    window.append(s)
    smoothed.append(round(sum(window) / len(window), 2))
print(smoothed)  # expect: [1.0, 3.0, 2.67, 5.0, 4.33, 6.67, 5.33, 6.67]
print(max(window), min(window), 9 in window, sorted(window))  # expect: 9 4 True [4, 7, 9]
