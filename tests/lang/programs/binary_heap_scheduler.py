class Heap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key
    def push(self, x):
        self.items.append(x)
        i = len(self.items) - 1
        while i and self.key(self.items[(i - 1) // 2]) > self.key(self.items[i]):
            p = (i - 1) // 2
            self.items[p], self.items[i] = self.items[i], self.items[p]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(items)]
            if not kids:
                break
            c = min(kids, key=lambda k: self.key(items[k]))
            if self.key(items[c]) >= self.key(items[i]):
                break
            items[c], items[i] = items[i], items[c]
            i = c
        return top
    def __len__(self):
        return len(self.items)

events = Heap(key=lambda e: (e[0], e[1]))
seq = 0
def schedule(t, what):
    global seq
    events.push((t, seq, what))
    seq += 1
schedule(5, "boil water")
schedule(1, "get cup")
schedule(5, "add tea")
schedule(3, "fill kettle")
schedule(9, "drink")
now = 0
while events:
    t, _, what = events.pop()
    now = t
    print(f"t={t}: {what}")
    if what == "add tea":
        schedule(t + 3, "remove teabag")
# expect: t=1: get cup
# expect: t=3: fill kettle
# expect: t=5: boil water
# expect: t=5: add tea
# expect: t=8: remove teabag
# expect: t=9: drink
print("finished at", now)  # expect: finished at 9
h = Heap(key=lambda w: (-len(w), w))
for w in "the quick brown fox jumps over lazy dogs".split():
    h.push(w)
print([h.pop() for _ in range(len(h))])
# expect: ['brown', 'jumps', 'quick', 'dogs', 'lazy', 'over', 'fox', 'the']
