class MinHeap:
    def __init__(self, items=None):
        self.a = []
        for x in items or []:
            self.push(x)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[smallest]:
                    smallest = l
                if r < len(a) and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top

    def __len__(self):
        return len(self.a)

    def __bool__(self):
        return bool(self.a)

def heapsort(xs):
    h = MinHeap(xs)
    return [h.pop() for _ in range(len(h))]

def k_smallest(xs, k):
    h = MinHeap(xs)
    return [h.pop() for _ in range(min(k, len(h)))]

def merge_sorted(*lists):
    h = MinHeap()
    for idx, lst in enumerate(lists):
        if lst:
            h.push((lst[0], idx, 0))
    out = []
    while h:
        val, li, pos = h.pop()
        out.append(val)
        if pos + 1 < len(lists[li]):
            h.push((lists[li][pos + 1], li, pos + 1))
    return out

data = [9, 4, 7, 1, 8, 2, 2, 6, 5, 3, 0]
print(heapsort(data))                          # expect: [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]
print(k_smallest(data, 4), k_smallest([], 3))  # expect: [0, 1, 2, 2] []
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))  # expect: [0, 1, 2, 3, 4, 5, 9, 10, 11]
tasks = MinHeap()
for prio, name in [(3, "write report"), (1, "fix bug"), (2, "review PR"), (1, "deploy"), (5, "lunch")]:
    tasks.push((prio, name))
while tasks:
    p, n = tasks.pop()
    print(f"[{p}] {n}")
# expect: [1] deploy
# expect: [1] fix bug
# expect: [2] review PR
# expect: [3] write report
# expect: [5] lunch
try:
    tasks.pop()
except IndexError as e:
    print("error:", e)  # expect: error: pop from empty heap
words = "pear apple fig banana kiwi cherry".split()
print(heapsort([(len(w), w) for w in words]))
# expect: [(3, 'fig'), (4, 'kiwi'), (4, 'pear'), (5, 'apple'), (6, 'banana'), (6, 'cherry')]
