class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        return Range2DIter(self)
    def __len__(self):
        return self.rows * self.cols

class Range2DIter:
    def __init__(self, src):
        self.src = src
        self.k = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.k >= len(self.src):
            raise StopIteration
        r, c = divmod(self.k, self.src.cols)
        self.k += 1
        return r, c

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b

class Peekable:
    _EMPTY = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._EMPTY
    def peek(self, default=None):
        if self.buf is self._EMPTY:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not self._EMPTY:
            v, self.buf = self.buf, self._EMPTY
            return v
        return next(self.it)

def chunked(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk

def group_runs(seq):
    p = Peekable(seq)
    for x in p:
        run = [x]
        while p.peek() == x:
            run.append(next(p))
        yield x, len(run)

grid = Range2D(2, 3)
print(list(grid), len(grid))  # expect: [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)] 6
it = iter(grid)
print(next(it), next(it), list(it), list(it))
# expect: (0, 0) (0, 1) [(0, 2), (1, 0), (1, 1), (1, 2)] []
print(list(Fib(100)), sum(Fib(10 ** 6)))
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89] 2178308
f = Fib(20)
print(list(zip(f, f)))  # expect: [(0, 0), (1, 1), (1, 1), (2, 2), (3, 3), (5, 5), (8, 8), (13, 13)]
p = Peekable("abc")
print(p.peek(), p.peek(), next(p), list(p), p.peek("end"))  # expect: a a a ['b', 'c'] end
print(list(chunked(range(10), 4)), list(chunked([], 3)))
# expect: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]] []
print(list(group_runs("aaabccdddd")))  # expect: [('a', 3), ('b', 1), ('c', 2), ('d', 4)]
print("".join(f"{c}{n}" for c, n in group_runs("wwwwaaadexxxxxx")))  # expect: w4a3d1e1x6
e = enumerate(Fib(5))
print(next(e), list(e))  # expect: (0, 0) [(1, 1), (2, 1), (3, 2), (4, 3), (5, 5)]
print(dict(Range2D(2, 2)), sorted(Range2D(2, 2), reverse=True))
# expect: {0: 1, 1: 1} [(1, 1), (1, 0), (0, 1), (0, 0)]
print(max(Fib(1000)), min(Fib(1000)), 21 in Fib(30), 22 in Fib(30))  # expect: 987 0 True False
