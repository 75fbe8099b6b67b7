class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        return self._items.pop()

    def is_empty(self):
        return not self._items

s = Stack()
for x in "abc":
    s.push(x)
out = ""
while not s.is_empty():
    out += s.pop()
print(out)  # expect: cba
