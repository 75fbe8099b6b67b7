class Stack:
    def __init__(self):
        self._data = []
    def push(self, x):
        self._data.append(x)
    def pop(self):
        if not self._data:
            raise IndexError("pop from empty stack")
        return self._data.pop()
    def peek(self):
        return self._data[-1] if self._data else None
    def __len__(self):
        return len(self._data)
    def __repr__(self):
        return f"Stack({self._data})"

class Queue:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.head = self.tail = self.count = 0
    def enqueue(self, x):
        if self.count == len(self.buf):
            raise OverflowError("queue full")
        self.buf[self.tail] = x
        self.tail = (self.tail + 1) % len(self.buf)
        self.count += 1
    def dequeue(self):
        if self.count == 0:
            raise IndexError("dequeue from empty queue")
        x = self.buf[self.head]
        self.buf[self.head] = None
        self.head = (self.head + 1) % len(self.buf)
        self.count -= 1
        return x
    def __iter__(self):
        for k in range(self.count):
            yield self.buf[(self.head + k) % len(self.buf)]

def eval_rpn(expr):
    st = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(float(tok) if "." in tok else int(tok))
    return st.pop()

def to_rpn(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok.isdigit():
            out.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and prec[ops[-1]] >= prec[tok]:
                out.append(ops.pop())
            ops.append(tok)
    return " ".join(out + ops[::-1])

s = Stack()
for c in "abc":
    s.push(c)
print(s, len(s), s.peek(), s.pop(), s)  # expect: Stack(['a', 'b']) 3 c c Stack(['a', 'b'])
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2.5 2 *", "1 2 3 4 5 + + + +"]:
    print(e, "=", eval_rpn(e))
# expect: 3 4 + 2 * = 14
# expect: 5 1 2 + 4 * + 3 - = 14
# expect: 2.5 2 * = 5.0
# expect: 1 2 3 4 5 + + + + = 15
for infix in ["3 + 4 * 2", "(1 + 2) * (3 + 4)", "10 / 4 - 1", "2 * (3 + 4) * 5"]:
    r = to_rpn(infix)
    print(f"{infix:<20} => {r:<20} = {eval_rpn(r)}")
# expect: 3 + 4 * 2            => 3 4 2 * +            = 11
# expect: (1 + 2) * (3 + 4)    => 1 2 + 3 4 + *        = 21
# expect: 10 / 4 - 1           => 10 4 / 1 -           = 1.5
# expect: 2 * (3 + 4) * 5      => 2 3 4 + * 5 *        = 70
q = Queue(3)
for i in range(3):
    q.enqueue(i * 10)
try:
    q.enqueue(99)
except OverflowError as e:
    print("OverflowError:", e)  # expect: OverflowError: queue full
print(q.dequeue(), list(q))     # expect: 0 [10, 20]
q.enqueue(7); q.enqueue(8) if q.count < 3 else None
print(list(q), q.buf)  # expect: [10, 20, 7] [7, 10, 20]
try:
    Stack().pop()
except IndexError as e:
    print(e)  # expect: pop from empty stack
