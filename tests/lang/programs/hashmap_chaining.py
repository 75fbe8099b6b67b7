class HashMap:
    def __init__(self, capacity=4):
        self.buckets = [[] for _ in range(capacity)]
        self.size = 0
        self.resizes = 0

    def _hash(self, key):
        h = 0
        for ch in str(key):
            h = (h * 31 + ord(ch)) & 0xFFFFFFFF
        return h

    def _bucket(self, key):
        return self.buckets[self._hash(key) % len(self.buckets)]

    def __setitem__(self, key, value):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                b[i] = (key, value)
                return
        b.append((key, value))
        self.size += 1
        if self.size > len(self.buckets) * 0.75:
            self._resize()

    def __getitem__(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)

    def __delitem__(self, key):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                del b[i]
                self.size -= 1
                return
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def _resize(self):
        items = [kv for b in self.buckets for kv in b]
        self.buckets = [[] for _ in range(len(self.buckets) * 2)]
        self.size = 0
        self.resizes += 1
        for k, v in items:
            self[k] = v

    def __len__(self):
        return self.size

    def items(self):
        return sorted((kv for b in self.buckets for kv in b), key=lambda kv: str(kv[0]))

    def load_stats(self):
        lengths = [len(b) for b in self.buckets]
        return len(self.buckets), max(lengths), sum(1 for l in lengths if l == 0)

m = HashMap()
for i, word in enumerate("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()):
    m[word] = i
m["beta"] = 100
print(len(m), m.resizes, m.load_stats())              # expect: 12 2 (16, 3, 8)
print(m["beta"], m["mu"], "zeta" in m, "omega" in m)  # expect: 100 11 True False
del m["alpha"]
try:
    del m["alpha"]
except KeyError as e:
    print("KeyError", e)      # expect: KeyError 'alpha'
print(m.items()[:4], len(m))  # expect: [('beta', 100), ('delta', 3), ('epsilon', 4), ('eta', 6)] 11
nums = HashMap()
for n in range(100):
    nums[n] = n * n
print(nums[99], len(nums), nums.resizes, nums.load_stats())  # expect: 9801 100 6 (256, 2, 158)
print(m._hash("abc"), m._hash(""), m._hash(12345))           # expect: 96354 0 46792755
