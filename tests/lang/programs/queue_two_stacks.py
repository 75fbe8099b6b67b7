class QueueFromStacks:
    def __init__(self):
        self.inbox, self.outbox = [], []
        self.transfers = 0

    def push(self, x):
        self.inbox.append(x)

    def _shift(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
                self.transfers += 1

    def pop(self):
        self._shift()
        if not self.outbox:
            raise IndexError("pop from empty queue")
        return self.outbox.pop()

    def peek(self):
        self._shift()
        return self.outbox[-1] if self.outbox else None

    def __len__(self):
        return len(self.inbox) + len(self.outbox)

class MinStack:
    def __init__(self):
        self.items = []
    def push(self, x):
        cur_min = min(x, self.items[-1][1]) if self.items else x
        self.items.append((x, cur_min))
    def pop(self):
        return self.items.pop()[0]
    def min(self):
        return self.items[-1][1]

q = QueueFromStacks()
for i in range(5):
    q.push(i)
print(q.pop(), q.pop(), len(q), q.peek())  # expect: 0 1 3 2
for i in range(5, 8):
    q.push(i)
print([q.pop() for _ in range(len(q))], q.transfers)  # expect: [2, 3, 4, 5, 6, 7] 8
try:
    q.pop()
except IndexError as e:
    print(e)  # expect: pop from empty queue
ms = MinStack()
for v in [5, 3, 7, 3, 1, 8]:
    ms.push(v)
    print(f"push {v}: min={ms.min()}")
# expect: push 5: min=5
# expect: push 3: min=3
# expect: push 7: min=3
# expect: push 3: min=3
# expect: push 1: min=1
# expect: push 8: min=1
while ms.items:
    m = ms.min()
    print(f"pop {ms.pop()} (min was {m})")
# expect: pop 8 (min was 1)
# expect: pop 1 (min was 1)
# expect: pop 3 (min was 3)
# expect: pop 7 (min was 3)
# expect: pop 3 (min was 3)
# expect: pop 5 (min was 5)
